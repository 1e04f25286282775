import Foundation
import LiaisonModel
import LiaisonXML

/// Liaison's plain referral XML (`urn:liaison:referral:1`) as a ``FormatReader``.
struct ReferralXMLFormatReader: FormatReader {
    var format: SourceDocument.Format { .referralXML }

    func sniff(_ head: Data) -> Bool { InputSniffer.rootName(in: head) == "referral" }

    func read(_ input: ReaderInput) throws -> Referral {
        let document = try XMLReading.document(input, in: format)
        return try ReferralXMLReader.read(
            document, data: input.data, path: input.path, sha256: input.sha256, options: input.options)
    }
}
