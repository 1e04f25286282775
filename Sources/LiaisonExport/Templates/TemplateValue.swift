/// A value a letter template sees: text, a yes or no, a whole number, a list, or an object of
/// named values. The letter context is built of these, so rendering needs no dynamic casts.
public enum TemplateValue: Sendable, Hashable {
    case text(String)
    case flag(Bool)
    case integer(Int)
    case list([TemplateValue])
    case object([String: TemplateValue])

    /// The named child of an object; nil for anything else or a name it lacks.
    func child(_ name: String) -> TemplateValue? {
        if case .object(let values) = self { return values[name] }
        return nil
    }

    /// The value as swift-mustache's renderer takes it (dictionaries, arrays and scalars), for
    /// templates the render plan cannot take.
    var any: Any {
        switch self {
        case .text(let text): text
        case .flag(let flag): flag
        case .integer(let number): number
        case .list(let items):
            // A list of texts stays `[String]`, which swift-mustache can sort.
            items.allSatisfy { if case .text = $0 { true } else { false } } ? items.map(\.text) : items.map(\.any)
        case .object(let values): values.mapValues(\.any)
        }
    }
}

/// What the letter context is built from: anything that becomes a ``TemplateValue``.
protocol TemplateConvertible {
    var templateValue: TemplateValue { get }
}

extension TemplateValue: TemplateConvertible {
    var templateValue: TemplateValue { self }
}

extension String: TemplateConvertible {
    var templateValue: TemplateValue { .text(self) }
}

extension Bool: TemplateConvertible {
    var templateValue: TemplateValue { .flag(self) }
}

extension Int: TemplateConvertible {
    var templateValue: TemplateValue { .integer(self) }
}

extension Array: TemplateConvertible where Element: TemplateConvertible {
    var templateValue: TemplateValue { .list(map(\.templateValue)) }
}
