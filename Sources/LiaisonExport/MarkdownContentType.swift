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
    static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", "|"]

    func escapeText(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.count)
        for character in text {
            if character.isNewline {
                result.append(" ")
            } else {
                if Self.special.contains(character) { result.append("\\") }
                result.append(character)
            }
        }
        return result
    }

    /// Registers the type under the name `MARKDOWN` (idempotent).
    static func register() { _ = registration }

    private static let registration: Void = MustacheContentTypes.register(MarkdownContentType(), named: "MARKDOWN")
}
