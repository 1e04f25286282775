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

    /// Registers the type under the name `MARKDOWN` (idempotent).
    static func register() { _ = registration }

    private static let registration: Void = MustacheContentTypes.register(MarkdownContentType(), named: "MARKDOWN")
}
