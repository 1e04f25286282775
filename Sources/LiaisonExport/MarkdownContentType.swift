import Mustache

/// `{{% CONTENT_TYPE: MARKDOWN}}`: Markdown output where values from the referral stay text.
///
/// Mustache's `TEXT` type passes values through unchanged, so a diagnosis named
/// `<img src=x onerror=…>` or `![](http://…)` would become live HTML or a remote image once the
/// Markdown is rendered. This type backslash-escapes the characters that open HTML (`<`), links
/// and images (`[`, `]`), emphasis, code and table cells, and folds line breaks so a value
/// cannot open a new block. `>` and `#` stay as they are (`>= 5 days/week` must read well);
/// they only matter at the start of a line, where no value is placed mid-block.
struct MarkdownContentType: MustacheContentType {
    /// Markdown's special characters, all ASCII.
    static let special: Set<UInt8> = Set("\\`*_[]<|".utf8)

    func escapeText(_ text: String) -> String {
        // Most values need nothing; answer those without building a new string.
        if !text.utf8.contains(where: { Self.special.contains($0) || (0x0A...0x0D).contains($0) || $0 >= 0xC2 }) {
            return text
        }
        var result = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            switch scalar {
            case "\n" where previous == "\r":
                continue  // CRLF is one line break, one space
            case "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}":
                result.append(" ")
            default:
                if scalar.isASCII, Self.special.contains(UInt8(scalar.value)) { result.append("\\") }
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Appends `text` to `out` escaped as ``escapeText(_:)`` escapes it, byte by byte (what the
    /// render plan calls: no String in between).
    static func escape(_ text: String, into out: inout [UInt8]) {
        var previous: UInt8 = 0
        var bytes = text.utf8.makeIterator()
        var pending: UInt8? = nil
        while let byte = pending ?? bytes.next() {
            pending = nil
            defer { previous = byte }
            switch byte {
            case 0x0A where previous == 0x0D:
                continue  // CRLF is one line break, one space
            case 0x0A, 0x0B, 0x0C, 0x0D:
                out.append(0x20)
            case 0xC2:
                guard let next = bytes.next() else { return out.append(byte) }
                if next == 0x85 { out.append(0x20) } else { out.append(byte); pending = next }
            case 0xE2:
                guard let second = bytes.next() else { return out.append(byte) }
                guard second == 0x80, let third = bytes.next() else {
                    out.append(byte)
                    pending = second
                    continue
                }
                if third == 0xA8 || third == 0xA9 {
                    out.append(0x20)
                } else {
                    out.append(contentsOf: [byte, second, third])
                }
            default:
                if isSpecial[Int(byte)] { out.append(UInt8(ascii: "\\")) }
                out.append(byte)
            }
        }
    }

    /// `special` as a table by byte value.
    private static let isSpecial: [Bool] = (0...255).map { special.contains(UInt8($0)) }

    /// Registers the type under the name `MARKDOWN` (idempotent).
    static func register() { _ = registration }

    private static let registration: Void = MustacheContentTypes.register(MarkdownContentType(), named: "MARKDOWN")
}
