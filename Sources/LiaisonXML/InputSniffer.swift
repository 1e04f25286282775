import Foundation
import LiaisonModel

/// Recognises inputs that are plainly not XML before libxml2 sees them, so the user gets a
/// message about what the file is ("a PDF") rather than a parser error at 1:1.
enum InputSniffer {
    static func check(_ data: Data, path: String) throws {
        let location = SourceLocation(file: path, line: 1, column: 1)
        // The whole file, which stops at the first byte that is not white space.
        if data.allSatisfy(isSpace) {
            throw LiaisonError(
                .unsupportedInput, "the file is empty", at: location,
                hint: "export the referral again; the copy may have been cut short")
        }
        let prefix = data.prefix(512)
        if prefix.starts(with: Array("%PDF".utf8)) {
            throw LiaisonError(
                .unsupportedInput, "this is a PDF, not an XML referral", at: location,
                hint:
                    "ask the provider for the CDA/C-CDA XML export, or fill in a plain referral (Samples/referral.xsd)")
        }
        if prefix.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            throw LiaisonError(
                .unsupportedInput, "this is a ZIP archive, not an XML referral", at: location,
                hint: "unpack it and import the XML document inside")
        }
        let head = String(decoding: prefix.prefix(200), as: UTF8.self).lowercased()
        if head.hasPrefix("mime-version:") || head.hasPrefix("content-type:") || head.hasPrefix("from:")
            || head.hasPrefix("received:") || head.hasPrefix("message-id:")
        {
            throw LiaisonError(
                .unsupportedInput, "this is an e-mail (MIME) message, not an XML document", at: location,
                hint: "save the XML attachment from the message and import that")
        }
        if let first = firstSignificantByte(data), first != UInt8(ascii: "<") {
            throw LiaisonError(
                .unsupportedInput, "this is not XML (it does not start with '<')", at: location,
                hint: "import a CDA/C-CDA XML document or a plain referral XML file")
        }
    }

    /// The first byte after a UTF-8 BOM and white space; nil for UTF-16/32 input (libxml2
    /// detects those itself).
    private static func firstSignificantByte(_ data: Data) -> UInt8? {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let b = bytes.first, b == 0x00 || b == 0xFE || b == 0xFF { return nil }
        return bytes.first { !isSpace($0) }
    }

    /// XML white space (space, tab, line feed, carriage return).
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
