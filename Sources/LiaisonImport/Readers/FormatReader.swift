import Foundation
import LiaisonModel

/// A reader: one input format into the model.
///
/// Every reader has the same shape (pandoc's `Readers.hs`): a format name, a sniff over the
/// document's first bytes, and a read of the whole document. Readers of XML formats parse with
/// ``XMLReading``; a JSON format (FHIR) would sniff `{` and parse JSON. Adding a format is a
/// folder of its own and one line in ``ReaderRegistry/readers``.
public protocol FormatReader: Sendable {
    /// The format it reads, as `source.format` records it.
    var format: SourceDocument.Format { get }
    /// Whether `head` (the document's first bytes, up to 4 KB) looks like this format.
    func sniff(_ head: Data) -> Bool
    /// Reads the document; what is wrong with it is a ``LiaisonError`` naming its file, line and
    /// column.
    func read(_ input: ReaderInput) throws -> Referral
}

/// What every reader gets: the document's bytes, where it came from, and the import options.
public struct ReaderInput: Sendable {
    /// The document's bytes.
    public let data: Data
    /// Names the document in errors and in `source.path`.
    public let path: String
    /// The content hash (``ContentHash``).
    public let sha256: String
    /// Limits and the narrative vocabulary.
    public let options: ImportOptions

    /// The ``SourceDocument`` of a referral read in `format`.
    public func source(_ format: SourceDocument.Format) -> SourceDocument {
        SourceDocument(path: path, sha256: sha256, format: format)
    }
}
