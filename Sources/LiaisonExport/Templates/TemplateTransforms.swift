import Foundation

/// The transforms swift-mustache offers (`{{#empty(list)}}`, `{{^last()}}`, `{{lowercased(x)}}`),
/// over ``TemplateValue``s; an unknown one names nothing, as there.
extension TemplateRenderer {
    static func transform(_ value: TemplateValue, _ name: String) -> TemplateValue? {
        switch (value, name) {
        case (.text(let text), "empty"): .flag(text.isEmpty)
        case (.text(let text), "capitalized"): .text(text.capitalized)
        case (.text(let text), "lowercased"): .text(text.lowercased())
        case (.text(let text), "uppercased"): .text(text.uppercased())
        case (.text(let text), "reversed"): .text(String(text.reversed()))
        case (.list(let items), "first"): items.first
        case (.list(let items), "last"): items.last
        case (.list(let items), "reversed"): .list(items.reversed())
        case (.list(let items), "count"): .integer(items.count)
        case (.list(let items), "empty"): .flag(items.isEmpty)
        case (.list(let items), "sorted"): sorted(items)
        case (.object(let values), "count"): .integer(values.count)
        case (.object(let values), "empty"): .flag(values.isEmpty)
        case (.integer(let number), "equalzero"): .flag(number == 0)
        case (.integer(let number), "plusone"): .integer(number + 1)
        case (.integer(let number), "minusone"): .integer(number - 1)
        case (.integer(let number), "even"): .flag(number & 1 == 0)
        case (.integer(let number), "odd"): .flag(number & 1 == 1)
        default: nil
        }
    }

    static func transform(_ sequence: Sequence, _ transforms: [String]) -> TemplateValue? {
        guard let last = transforms.last else { return nil }
        var value: TemplateValue
        switch last {
        case "first": value = .flag(sequence.first)
        case "last": value = .flag(sequence.last)
        case "index": value = .integer(sequence.index)
        case "even": value = .flag(sequence.index & 1 == 0)
        case "odd": value = .flag(sequence.index & 1 == 1)
        default: return nil
        }
        for name in transforms.dropLast().reversed() {
            guard let transformed = transform(value, name) else { return nil }
            value = transformed
        }
        return value
    }

    /// A list of texts in order; anything else cannot be sorted.
    private static func sorted(_ items: [TemplateValue]) -> TemplateValue? {
        var texts: [String] = []
        for item in items {
            guard case .text(let text) = item else { return nil }
            texts.append(text)
        }
        return .list(texts.sorted().map(TemplateValue.text))
    }
}

extension TemplateValue {
    /// How swift-mustache prints a value it has no text for (`String(describing:)`).
    var text: String {
        switch self {
        case .text(let text): text
        case .flag(let flag): String(flag)
        case .integer(let number): String(number)
        case .list, .object: String(describing: any)
        }
    }
}
