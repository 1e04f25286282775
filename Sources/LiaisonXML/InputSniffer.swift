import Foundation
import LiaisonModel

/// Recognises inputs that are plainly not XML before libxml2 sees them, so the user gets a
/// message about what the file is ("a PDF") rather than a parser error at 1:1; and, for the
/// reader registry, the root element's name in a document's first bytes.
public enum InputSniffer {
    /// Refuses what is not XML: ``refuseNonDocuments(_:path:)``, then anything that does not
    /// start with `<`.
    public static func check(_ data: Data, path: String) throws {
        try refuseNonDocuments(data, path: path)
        try refuseNonXML(data, path: path)
    }

    /// Refuses what is no referral in any format, naming what it is: an empty file, a Word or
    /// RTF document, a PDF, a scanned image, a ZIP archive, an e-mail message.
    public static func refuseNonDocuments(_ data: Data, path: String) throws {
        let location = SourceLocation(file: path, line: 1, column: 1)
        // The whole file, which stops at the first byte that is not white space.
        if data.allSatisfy(isSpace) {
            throw LiaisonError(
                .unsupportedInput, "the file is empty", at: location,
                hint: "export the referral again; the copy may have been cut short")
        }
        if let kind = FileKind.of(data.prefix(4096)) {
            throw LiaisonError(.unsupportedInput, kind.message, at: location, hint: kind.hint)
        }
        let prefix = data.prefix(512)
        let head = String(decoding: prefix.prefix(200), as: UTF8.self).lowercased()
        if head.hasPrefix("mime-version:") || head.hasPrefix("content-type:") || head.hasPrefix("from:")
            || head.hasPrefix("received:") || head.hasPrefix("message-id:")
        {
            throw LiaisonError(
                .unsupportedInput, "this is an e-mail (MIME) message, not an XML document", at: location,
                hint: "save the XML attachment from the message and import that")
        }
    }

    /// Refuses input that does not start with `<` (after a byte-order mark and white space).
    public static func refuseNonXML(_ data: Data, path: String) throws {
        let location = SourceLocation(file: path, line: 1, column: 1)
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

    /// The local name of the root element as the first bytes show it (`ClinicalDocument` for
    /// `<cda:ClinicalDocument …>`), after the XML declaration, comments and processing
    /// instructions; nil when `head` does not reach it or shows no XML (a DOCTYPE, UTF-16).
    public static func rootName(in head: Data) -> String? {
        let bytes = [UInt8](head)
        var at = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        func skip(past end: [UInt8]) -> Bool {
            while at + end.count <= bytes.count {
                if Array(bytes[at..<at + end.count]) == end {
                    at += end.count
                    return true
                }
                at += 1
            }
            return false
        }
        while at < bytes.count {
            if isSpace(bytes[at]) {
                at += 1
                continue
            }
            guard bytes[at] == UInt8(ascii: "<"), at + 1 < bytes.count else { return nil }
            if bytes[at + 1] == UInt8(ascii: "?") {
                guard skip(past: Array("?>".utf8)) else { return nil }
            } else if bytes[at...].starts(with: Array("<!--".utf8)) {
                guard skip(past: Array("-->".utf8)) else { return nil }
            } else if bytes[at + 1] == UInt8(ascii: "!") {
                return nil  // a DOCTYPE: the parser refuses it with its own message
            } else {
                var end = at + 1
                while end < bytes.count, !isSpace(bytes[end]), bytes[end] != UInt8(ascii: ">"),
                    bytes[end] != UInt8(ascii: "/")
                {
                    end += 1
                }
                guard end < bytes.count else { return nil }
                let name = String(decoding: bytes[(at + 1)..<end], as: UTF8.self)
                return name.split(separator: ":").last.map(String.init)
            }
        }
        return nil
    }
}
