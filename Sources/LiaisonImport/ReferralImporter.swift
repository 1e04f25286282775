import Foundation
import LiaisonModel
import LiaisonXML

/// Limits and context for reading one referral document.
public struct ImportOptions: Sendable {
    /// The narrative reader's vocabulary and the coded red flags, compiled from the knowledge
    /// base (``NarrativeVocabulary``). Required: without it no red flag could be found.
    public var vocabulary: NarrativeVocabulary
    /// Files larger than this are refused before parsing (default 20 MB).
    public var maxBytes: Int
    /// Element nesting deeper than this is refused (default 256).
    public var maxDepth: Int
    /// The date relative durations ("for 6 weeks") count from when the document has no date.
    public var referenceDate: CalendarDate?

    public init(
        vocabulary: NarrativeVocabulary, maxBytes: Int = 20 * 1024 * 1024, maxDepth: Int = 256,
        referenceDate: CalendarDate? = nil
    ) {
        self.vocabulary = vocabulary
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
        self.referenceDate = referenceDate
    }

    var xmlOptions: XMLParseOptions { XMLParseOptions(maxBytes: maxBytes, maxDepth: maxDepth) }
}

/// Reads a referral document of any supported format into a ``Referral``.
///
/// The entry point for every command and the pipeline: the reader registry (``ReaderRegistry``)
/// picks the format's reader from the first bytes, the reader reads the document into the model,
/// and diagnosis codes that are red flags in themselves are applied. Errors are
/// ``LiaisonError``s that name the file, line and column.
public enum ReferralImporter {
    /// Reads the file at `url`.
    public static func read(contentsOf url: URL, options: ImportOptions) throws -> Referral {
        let path = url.relativePath  // as the user wrote it, in messages and `source.path`
        return try read(data: contents(of: url, maxBytes: options.maxBytes), path: path, options: options)
    }

    /// The bytes of the document file at `url`, with the checks every reader wants first: it
    /// exists, is readable, is not a folder, and is within `maxBytes` (checked before reading).
    public static func contents(of url: URL, maxBytes: Int) throws -> Data {
        try XMLDocument.readFile(url, path: url.relativePath, maxBytes: maxBytes)
    }

    /// Reads a document already in memory; `path` names it in errors and in `source.path`.
    /// `sha256` is the content hash (``ContentHash``) when the caller has already computed it.
    public static func read(
        data: Data, path: String, sha256: String? = nil, options: ImportOptions
    ) throws -> Referral {
        let input = ReaderInput(data: data, path: path, sha256: sha256 ?? ContentHash.sha256(data), options: options)
        var referral = try ReaderRegistry.read(input)
        DiagnosisRedFlags.apply(to: &referral, vocabulary: options.vocabulary)
        return referral
    }
}
