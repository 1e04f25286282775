import Foundation

/// Small helpers that keep absent facts out of a Mustache context.
enum Values {
    /// Drops nil values and empty strings, so a template section on the key renders nothing when
    /// there is nothing to say. `false` and empty lists are kept: an absent key would make
    /// Mustache look the name up in the enclosing context (a red flag's `emergency` would take
    /// the letter's), and `{{^empty(list)}}` needs the list to exist.
    static func compact(_ values: [String: Any?]) -> [String: Any] {
        var result: [String: Any] = [:]
        for (key, value) in values {
            switch value {
            case .none: continue
            // (allSatisfy stops at the first letter; Foundation's trimming copied every string
            // and was 7% of a batch.)
            case .some(let text as String) where text.allSatisfy(\.isWhitespace): continue
            case .some(let value): result[key] = value
            }
        }
        return result
    }

    /// A list, kept even when empty (see ``compact(_:)``).
    static func list<T>(_ items: [T]) -> [T] { items }

    /// Non-empty lines of a multi-line text.
    static func lines(_ text: String?) -> [String] {
        (text ?? "").split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }
}
