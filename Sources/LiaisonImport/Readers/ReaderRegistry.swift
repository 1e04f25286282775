import Foundation
import LiaisonModel
import LiaisonXML

/// The input formats and their readers, in one table (pandoc's `Readers.hs`).
public enum ReaderRegistry {
    /// Every reader, one line each; the first whose sniff accepts a document reads it.
    public static let readers: [any FormatReader] = [CDAFormatReader(), ReferralXMLFormatReader()]

    /// The reader for `format`; an unregistered format is a typed error, not a crash.
    public static func reader(for format: SourceDocument.Format) throws -> any FormatReader {
        guard let reader = readers.first(where: { $0.format == format }) else {
            throw LiaisonError(
                .unsupportedInput, "no reader is registered for the \(format.rawValue) format",
                hint: "this is a bug in Liaison; please report it")
        }
        return reader
    }

    /// Reads `input` with the reader its first bytes show. What is no document at all (empty, a
    /// PDF, a ZIP archive, an e-mail) is refused by name first. XML no reader recognises from its
    /// first bytes (an unknown root, or a long prologue) is parsed to decide from its root
    /// element, which names the root when no reader takes it.
    /// `readers` is the registry's table unless a test gives another.
    public static func read(_ input: ReaderInput, readers: [any FormatReader] = readers) throws -> Referral {
        try InputSniffer.refuseNonDocuments(input.data, path: input.path)
        let head = input.data.prefix(4096)
        if let reader = readers.first(where: { $0.sniff(head) }) { return try reader.read(input) }
        let document = try XMLReading.document(input)
        return try reader(for: XMLReading.format(of: document, data: input.data)).read(input)
    }
}
