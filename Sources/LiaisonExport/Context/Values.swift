import Foundation

/// Small helpers that keep absent facts out of a letter context.
enum Values {
    /// An object of `values` without the nil ones and empty strings, so a template section on
    /// the key renders nothing when there is nothing to say. `false` and empty lists are kept: an
    /// absent key would make Mustache look the name up in the enclosing context (a red flag's
    /// `emergency` would take the letter's), and `{{^empty(list)}}` needs the list to exist.
    static func compact(_ values: [String: (any TemplateConvertible)?]) -> TemplateValue {
        var result: [String: TemplateValue] = [:]
        result.reserveCapacity(values.count)
        for (key, value) in values {
            guard let value else { continue }
            let converted = value.templateValue
            // (allSatisfy stops at the first letter; Foundation's trimming copied every string
            // and was 7% of a batch.)
            if case .text(let text) = converted, text.allSatisfy(\.isWhitespace) { continue }
            result[key] = converted
        }
        return .object(result)
    }

    /// A list, kept even when empty (see ``compact(_:)``).
    static func list(_ items: [TemplateValue]) -> TemplateValue { .list(items) }

    /// A list of texts, kept even when empty.
    static func list(_ items: [String]) -> TemplateValue { .list(items.map(TemplateValue.text)) }

    /// Non-empty lines of a multi-line text.
    static func lines(_ text: String?) -> [String] {
        (text ?? "").split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }
}
