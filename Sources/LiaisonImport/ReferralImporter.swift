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
/// The entry point for every command and the pipeline: parse safely (``XMLDocument``), find a
/// document wrapped in an XSL stylesheet (``WrappedDocument``), detect the format from the root
/// element (``FormatDetector``), hand the document to that format's
/// reader (``ReaderRegistry``). Errors are ``LiaisonError``s that name the file, line and column.
public enum ReferralImporter {
    /// Reads the file at `url`.
    public static func read(contentsOf url: URL, options: ImportOptions) throws -> Referral {
        let path = url.relativePath  // as the user wrote it, in messages and `source.path`
        let data = try XMLDocument.readFile(url, path: path, maxBytes: options.maxBytes)
        return try read(data: data, path: path, options: options)
    }

    /// Reads a document already in memory; `path` names it in errors and in `source.path`.
    /// `sha256` is the content hash (``ContentHash``) when the caller has already computed it.
    public static func read(
        data: Data, path: String, sha256: String? = nil, options: ImportOptions
    ) throws -> Referral {
        let document = WrappedDocument.unwrap(
            try XMLDocument.parse(data: data, path: path, options: options.xmlOptions))
        let format: SourceDocument.Format
        do {
            format = try FormatDetector.format(of: document)
        } catch var error as LiaisonError {
            // libxml2 keeps no columns on nodes: find the root's start tag in the bytes.
            if let line = error.location?.line { error.location?.column = startTagColumn(in: data, line: line) }
            throw error
        }
        let source = SourceDocument(path: path, sha256: sha256 ?? ContentHash.sha256(data), format: format)
        let reader = try ReaderRegistry.reader(for: format)
        var referral = try reader(ReaderInput(document: document, data: data, source: source, options: options))
        DiagnosisRedFlags.apply(to: &referral, vocabulary: options.vocabulary)
        return referral
    }

    /// The 1-based column of the first start tag (`<` not followed by `?` or `!`) on `line`.
    static func startTagColumn(in data: Data, line: Int) -> Int {
        var currentLine = 1
        var column = 0
        var previousWasOpen = false
        for byte in data {
            if currentLine > line { break }
            if byte == 0x0A {
                currentLine += 1
                column = 0
                previousWasOpen = false
                continue
            }
            column += 1
            if currentLine == line, previousWasOpen, byte != UInt8(ascii: "?"), byte != UInt8(ascii: "!"),
                byte != UInt8(ascii: "/")
            {
                return column - 1
            }
            previousWasOpen = byte == UInt8(ascii: "<")
        }
        return 1
    }
}
