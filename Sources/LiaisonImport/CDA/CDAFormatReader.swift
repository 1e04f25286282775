import Foundation
import LiaisonModel
import LiaisonXML

/// HL7 CDA R2 (C-CDA and other realms, namespace-less "CDA-like" documents, and the French
/// documents wrapped in their XSL stylesheet) as a ``FormatReader``.
struct CDAFormatReader: FormatReader {
    var format: SourceDocument.Format { .cda }

    func sniff(_ head: Data) -> Bool {
        switch InputSniffer.rootName(in: head) {
        case "ClinicalDocument", "stylesheet", "transform": true
        default: false
        }
    }

    func read(_ input: ReaderInput) throws -> Referral {
        let document = try XMLReading.document(input, in: format)
        return CDAReader.read(document, source: input.source(format), options: input.options)
    }
}
