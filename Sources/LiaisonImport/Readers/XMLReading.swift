import Foundation
import LiaisonModel
import LiaisonXML

/// What the readers of XML formats share: the hardened parse, a document wrapped in an XSL
/// stylesheet found inside it, and the format its root element names.
public enum XMLReading {
    /// Parses `input` (``XMLDocument``, refusing a DOCTYPE, depth and size beyond the caps) and
    /// returns the CDA document inside an XSL stylesheet where there is one (``WrappedDocument``).
    public static func document(_ input: ReaderInput) throws -> XMLDocument {
        WrappedDocument.unwrap(
            try XMLDocument.parse(data: input.data, path: input.path, options: input.options.xmlOptions))
    }

    /// A parsed document of `format`: the parse, then a check that its root is that format's
    /// (the error names the root element, with its column).
    static func document(_ input: ReaderInput, in format: SourceDocument.Format) throws -> XMLDocument {
        let document = try document(input)
        let found = try self.format(of: document, data: input.data)
        guard found == format else { throw LiaisonError(.unsupportedInput, "not a \(format.rawValue) document") }
        return document
    }

    /// ``FormatDetector/format(of:)`` with the error's column found in the bytes (libxml2 keeps no
    /// columns on nodes).
    static func format(of document: XMLDocument, data: Data) throws -> SourceDocument.Format {
        do {
            return try FormatDetector.format(of: document)
        } catch var error as LiaisonError {
            if let line = error.location?.line { error.location?.column = startTagColumn(in: data, line: line) }
            throw error
        }
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

/// Decides which format a parsed XML document is in, from its root element.
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
