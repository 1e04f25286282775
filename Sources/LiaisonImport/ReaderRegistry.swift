import Foundation
import LiaisonModel
import LiaisonXML

/// What every reader gets: the parsed document, where it came from, and the import options.
public struct ReaderInput {
    public let document: XMLDocument
    /// The bytes the document was parsed from (for error columns).
    public let data: Data
    public let source: SourceDocument
    public let options: ImportOptions
}

/// The input formats and their readers, in one table (pandoc's `Readers.hs`): adding a format
/// is one entry here and one detection rule in ``FormatDetector``.
public enum ReaderRegistry {
    /// A reader: a parsed document in, a referral out; fatal problems are ``LiaisonError``s.
    public typealias Reader = @Sendable (ReaderInput) throws -> Referral

    static let readers: [SourceDocument.Format: Reader] = [
        .cda: { input in CDAReader.read(input.document, source: input.source, options: input.options) },
        .referralXML: { input in
            try ReferralXMLReader.read(
                input.document, data: input.data, path: input.source.path, sha256: input.source.sha256,
                options: input.options)
        },
    ]

    /// The reader for `format`.
    public static func reader(for format: SourceDocument.Format) throws -> Reader {
        guard let reader = readers[format] else {
            throw LiaisonError(
                .unsupportedInput, "no reader is registered for the \(format.rawValue) format",
                hint: "this is a bug in Liaison; please report it")
        }
        return reader
    }
}

/// Decides which format a parsed document is in, from its root element.
public enum FormatDetector {
    /// The namespace of Liaison's plain referral format.
    public static let referralNamespace = "urn:liaison:referral:1"

    /// `ClinicalDocument` in any namespace (or none) is CDA; `referral` in the referral namespace
    /// is the plain format; anything else is refused, naming the root element.
    public static func format(of document: XMLDocument) throws -> SourceDocument.Format {
        let root = document.root
        if root.name == "ClinicalDocument" { return .cda }
        if root.name == "referral", root.namespace == referralNamespace { return .referralXML }
        let qualified = root.namespace.map { "<\(root.name)> in namespace \($0)" } ?? "<\(root.name)>"
        var hint =
            "Liaison reads CDA/C-CDA documents (<ClinicalDocument>) and plain referrals (<referral xmlns=\"\(referralNamespace)\">)"
        if root.name == "section" || root.name == "entry" {
            hint = "this looks like a fragment of a CDA document; import the whole <ClinicalDocument>"
        } else if root.namespace == WrappedDocument.xslNamespace {
            hint = "this XSL stylesheet carries no CDA document (<ClinicalDocument> in urn:hl7-org:v3)"
        } else if root.name == "referral" {
            hint = "a plain referral must use xmlns=\"\(referralNamespace)\" (see Samples/referral.xsd)"
        }
        throw LiaisonError(
            .unsupportedInput, "the root element is \(qualified), which is neither CDA nor a plain referral",
            at: SourceLocation(file: document.path, line: root.line, column: 1), hint: hint)
    }
}
