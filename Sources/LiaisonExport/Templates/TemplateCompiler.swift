import Mustache

/// One step of a compiled template (see ``TemplateCompiler``).
indirect enum RenderStep: Sendable {
    case text([UInt8])
    /// `{{name}}` (escaped) or `{{{name}}}`.
    case value(TemplateName, escaped: Bool)
    /// `{{#name}}…{{/name}}`, or inverted `{{^name}}…{{/name}}`.
    case section(TemplateName, body: [RenderStep], inverted: Bool)
    /// `{{> name}}`, or `{{<name}}…{{/name}}` with the blocks it overrides.
    case partial(String, indentation: String?, overrides: [String: [RenderStep]]?)
    /// `{{$name}}default{{/name}}`.
    case block(String, default: [RenderStep], indentation: String?)
    /// `{{% CONTENT_TYPE: …}}`.
    case escaping(Escaping)
}

/// How values are escaped: the content types of the built-in templates, byte by byte, or any
/// other registered one through its own function.
enum Escaping: Sendable {
    case html, markdown, none
    case other(any MustacheContentType)
}

/// A name as a template writes it: `.`, `a.b.c`, `.a` (from the current object only), or ``
/// with transforms (the sequence context: `{{#last()}}`), and the transforms around it.
struct TemplateName: Sendable {
    var path: [String]
    var isDot: Bool
    var fromTop: Bool
    var isSequenceContext: Bool
    /// Innermost last, as written: `empty(list)` is `["empty"]`.
    var transforms: [String]

    init(_ name: String, transforms: [String]) {
        isDot = name == "."
        isSequenceContext = name.isEmpty && !transforms.isEmpty
        fromTop = name.first == "."
        path = name.split(separator: ".").map(String.init)
        self.transforms = transforms
    }
}

/// Compiles a template that swift-mustache has parsed into ``RenderStep``s, once per template
/// file, so that rendering a letter walks typed steps over ``TemplateValue``s.
///
/// Why by hand, in one file: swift-mustache parses well (the spec's standalone lines, partials,
/// inheritance, located syntax errors), so trainers' templates are still its Mustache; but it
/// renders by looking every name up through `Any` (dynamic casts, `Mirror`, splitting the name
/// on each use), a quarter of a batch's time, and it keeps its tokens internal. The compiler
/// reads them through `Mirror` once; a template it does not understand (a newer swift-mustache,
/// a dynamic partial name) compiles to nil and is rendered by swift-mustache as before.
enum TemplateCompiler {
    static func compile(_ template: MustacheTemplate) -> [RenderStep]? {
        guard let tokens = field("tokens", of: template) as? [Any] else { return nil }
        var steps: [RenderStep] = []
        for token in tokens {
            guard let step = step(token) else { return nil }
            steps.append(step)
        }
        return steps
    }

    private static func step(_ token: Any) -> RenderStep? {
        let mirror = Mirror(reflecting: token)
        guard mirror.displayStyle == .enum, let (kind, payload) = mirror.children.first.map({ ($0.label, $0.value) })
        else { return nil }
        switch kind {
        case "text":
            return (payload as? String).map { .text(Array($0.utf8)) }
        case "variable", "unescapedVariable":
            return name(payload).map { .value($0, escaped: kind == "variable") }
        case "section", "invertedSection":
            guard let name = name(payload),
                let body = (field("template", of: payload) as? MustacheTemplate).flatMap(compile)
            else { return nil }
            return .section(name, body: body, inverted: kind == "invertedSection")
        case "partial":
            guard let target = field(".0", of: payload) as? String else { return nil }
            var overrides: [String: [RenderStep]]?
            if let blocks = field("inherits", of: payload) as? [String: MustacheTemplate] {
                overrides = [:]
                for (block, template) in blocks {
                    guard let compiled = compile(template) else { return nil }
                    overrides?[block] = compiled
                }
            }
            return .partial(target, indentation: field("indentation", of: payload) as? String, overrides: overrides)
        case "blockExpansion":
            guard let block = field("name", of: payload) as? String,
                let fallback = (field("default", of: payload) as? MustacheTemplate).flatMap(compile)
            else { return nil }
            return .block(block, default: fallback, indentation: field("indentation", of: payload) as? String)
        case "contentType":
            guard let type = payload as? any MustacheContentType else { return nil }
            switch type {
            case is HTMLContentType: return .escaping(.html)
            case is MarkdownContentType: return .escaping(.markdown)
            default: return .escaping(.other(type))
            }
        default:
            return nil  // a dynamic partial name, or a token of a later swift-mustache
        }
    }

    private static func name(_ payload: Any) -> TemplateName? {
        guard let name = field("name", of: payload) as? String,
            let transforms = field("transforms", of: payload) as? [String]
        else { return nil }
        return TemplateName(name, transforms: transforms)
    }

    /// A stored property or tuple element of `value`, by label (an optional that is nil reads nil).
    private static func field(_ label: String, of value: Any) -> Any? {
        guard let child = Mirror(reflecting: value).children.first(where: { $0.label == label })?.value else {
            return nil
        }
        let optional = Mirror(reflecting: child)
        guard optional.displayStyle == .optional else { return child }
        return optional.children.first?.value
    }
}
