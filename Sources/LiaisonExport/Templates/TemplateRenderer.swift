/// Renders compiled templates (``RenderStep``) over ``TemplateValue``s into bytes, with
/// swift-mustache's semantics: names are looked up from the innermost context outwards (a dotted
/// name's first part only), sections repeat over lists and push objects, partials indent every
/// line after a line break and start again with HTML escaping, blocks take the parent's
/// overrides, and the transforms Liaison's templates use (`empty`, `first`, `last`, …) work.
struct TemplateRenderer {
    let library: [String: [RenderStep]]

    /// Where in a list a section is, for `{{#first()}}` and friends.
    struct Sequence {
        var first: Bool
        var last: Bool
        var index: Int
    }

    struct Context {
        var stack: [TemplateValue]
        var sequence: Sequence?
        var indentation: [UInt8]?
        var overrides: [String: [RenderStep]]?
        var escaping: Escaping
    }

    /// Renders the template `name` with `value` as its context; nil when there is no such template.
    func render(_ name: String, _ value: TemplateValue) -> [UInt8]? {
        guard let steps = library[name] else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(16_384)
        render(steps, Context(stack: [value], escaping: .html), into: &out)
        return out
    }

    func render(_ steps: [RenderStep], _ context: Context, into out: inout [UInt8]) {
        var context = context
        let start = out.count
        for step in steps {
            guard let indentation = context.indentation, !indentation.isEmpty else {
                render(step, &context, into: &out)
                continue
            }
            let mark = out.count
            let atLineStart = out.count > start && out[out.count - 1] == 0x0A
            render(step, &context, into: &out)
            if atLineStart, out.count > mark { out.insert(contentsOf: indentation, at: mark) }
        }
    }

    private func render(_ step: RenderStep, _ context: inout Context, into out: inout [UInt8]) {
        switch step {
        case .text(let bytes):
            out.append(contentsOf: bytes)
        case .value(let name, let escaped):
            guard let found = lookUp(name, in: context) else { return }
            write(found.text, escaped ? context.escaping : .none, into: &out)
        case .section(let name, let body, let inverted):
            let found = lookUp(name, in: context)
            inverted ? invertedSection(found, body, context, &out) : section(found, body, context, &out)
        case .partial(let name, let indentation, let overrides):
            guard let steps = library[name] else { return }
            var inner = context
            inner.sequence = nil
            inner.indentation = indented(context.indentation, indentation)
            if let overrides { inner.overrides = (context.overrides ?? [:]).merging(overrides) { outer, _ in outer } }
            inner.escaping = .html
            render(steps, inner, into: &out)
        case .block(let name, let fallback, let indentation):
            var inner = context
            inner.sequence = nil
            inner.indentation = indented(context.indentation, indentation)
            render(context.overrides?[name] ?? fallback, inner, into: &out)
        case .escaping(let escaping):
            context.escaping = escaping
        }
    }

    private func section(_ found: TemplateValue?, _ body: [RenderStep], _ context: Context, _ out: inout [UInt8]) {
        switch found {
        case .list(let items):
            for (index, item) in items.enumerated() {
                var inner = context
                inner.stack.append(item)
                inner.sequence = Sequence(first: index == 0, last: index == items.count - 1, index: index)
                render(body, inner, into: &out)
            }
        case .flag(let flag):
            if flag { render(body, context, into: &out) }
        case .some(let value):
            var inner = context
            inner.stack.append(value)
            inner.sequence = nil
            render(body, inner, into: &out)
        case .none:
            break
        }
    }

    private func invertedSection(
        _ found: TemplateValue?, _ body: [RenderStep], _ context: Context, _ out: inout [UInt8]
    ) {
        switch found {
        case .list(let items) where items.isEmpty:
            var inner = context
            inner.stack.append(.list(items))
            inner.sequence = nil
            render(body, inner, into: &out)
        case .flag(false), .none:
            render(body, context, into: &out)
        default:
            break
        }
    }

    private func indented(_ outer: [UInt8]?, _ more: String?) -> [UInt8]? {
        guard let more else { return outer }
        return (outer ?? []) + Array(more.utf8)
    }

    /// The value `name` names in `context`, transformed; nil when it names nothing.
    func lookUp(_ name: TemplateName, in context: Context) -> TemplateValue? {
        var found: TemplateValue?
        if name.isDot {
            found = context.stack.last
        } else if name.isSequenceContext {
            guard let sequence = context.sequence else { return nil }
            return Self.transform(sequence, name.transforms)
        } else if name.fromTop {
            found = walk(name.path[...], from: context.stack.last)
        } else if let first = name.path.first {
            for value in context.stack.reversed() {
                if let child = value.child(first) {
                    found = walk(name.path.dropFirst(), from: child)
                    break
                }
            }
        }
        guard var value = found else { return nil }
        for transform in name.transforms.reversed() {
            guard let transformed = Self.transform(value, transform) else { return nil }
            value = transformed
        }
        return value
    }

    private func walk(_ path: ArraySlice<String>, from value: TemplateValue?) -> TemplateValue? {
        var current = value
        for part in path { current = current?.child(part) }
        return current
    }

    private func write(_ text: String, _ escaping: Escaping, into out: inout [UInt8]) {
        switch escaping {
        case .none: out.append(contentsOf: text.utf8)
        case .html: HTMLContentType.escape(text, into: &out)
        case .markdown: MarkdownContentType.escape(text, into: &out)
        case .other(let type): out.append(contentsOf: type.escapeText(text).utf8)
        }
    }
}
