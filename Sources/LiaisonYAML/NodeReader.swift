import Foundation
import LiaisonModel
import Yams

/// Reads composed YAML nodes into typed values, collecting every problem as a ``Diagnostic``
/// with file, line and column instead of stopping at the first one: the knowledge base and the
/// records (client profile, practice profile, progress record) are read with it.
public struct NodeReader {
    public let file: String
    public var diagnostics: [Diagnostic] = []

    public init(file: String) { self.file = file }

    /// Where `node` was written (the file alone when there is no node).
    public func location(_ node: Node?) -> SourceLocation {
        guard let mark = node?.mark else { return SourceLocation(file: file) }
        return SourceLocation(file: file, line: mark.line, column: mark.column)
    }

    /// Records an error at `node`.
    public mutating func error(_ message: String, at node: Node?, notes: [String] = []) {
        diagnostics.append(Diagnostic(.error, message, at: location(node), notes: notes))
    }

    /// Reports an explicit YAML tag (`!python/object`, `!include`) that the knowledge base does
    /// not understand; standard tags (`!!str`) are fine.
    public mutating func checkTag(_ node: Node) {
        let name = node.tag.rawValue
        if name.isEmpty || name == "!" || name.hasPrefix("tag:yaml.org,2002:") { return }
        error("unknown tag '\(name)'", at: node, notes: ["remove the tag; the knowledge base uses plain YAML"])
    }

    /// The mapping's entries by key; reports unknown keys (unless `allowed` is nil, for maps whose
    /// keys are names) and missing required ones.
    public mutating func mapping(
        _ node: Node?, what: String, allowed: Set<String>?, required: [String] = []
    ) -> [String: Node]? {
        guard let node else { return nil }
        checkTag(node)
        guard case .mapping(let mapping) = node else {
            error("\(what) must be a mapping (key: value lines)", at: node)
            return nil
        }
        var entries: [String: Node] = [:]
        for (key, value) in mapping {
            checkTag(value)
            guard let name = key.scalar?.string else {
                error("\(what) has a key that is not text", at: key)
                continue
            }
            if let allowed, !allowed.contains(name) {
                let known = allowed.sorted().joined(separator: ", ")
                error("unknown key '\(name)' in \(what)", at: key, notes: ["known keys: \(known)"])
                continue
            }
            if entries[name] != nil { error("'\(name)' is given twice in \(what)", at: key) }
            entries[name] = value
        }
        for key in required where entries[key] == nil {
            error("\(what) is missing '\(key)'", at: node)
        }
        return entries
    }

    /// The elements of a sequence; a missing node is an empty list.
    public mutating func sequence(_ node: Node?, what: String) -> [Node] {
        guard let node else { return [] }
        checkTag(node)
        guard case .sequence(let sequence) = node else {
            error("\(what) must be a list", at: node)
            return []
        }
        for element in sequence { checkTag(element) }
        return Array(sequence)
    }

    /// The text of a scalar; an error for a list or a mapping.
    public mutating func string(_ node: Node?, what: String) -> String? {
        guard let node else { return nil }
        checkTag(node)
        guard case .scalar(let scalar) = node else {
            error("\(what) must be text", at: node)
            return nil
        }
        return scalar.string
    }

    /// The text of a scalar with where it was written.
    public mutating func located(_ node: Node?, what: String) -> Located<String>? {
        string(node, what: what).map { Located($0, at: location(node)) }
    }

    /// A list of text values (a single value is accepted as a list of one).
    public mutating func strings(_ node: Node?, what: String) -> [Located<String>] {
        guard let node else { return [] }
        if case .scalar = node { return located(node, what: what).map { [$0] } ?? [] }
        return sequence(node, what: what).compactMap { located($0, what: what) }
    }

    /// `true` or `false` (or YAML 1.1's yes/no, on/off), unquoted. Read from the scalar's text,
    /// so it does not matter which resolver composed the node.
    public mutating func bool(_ node: Node?, what: String) -> Bool? {
        guard let node else { return nil }
        checkTag(node)
        guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any,
            let value = Self.booleans[scalar.string]
        else {
            error("\(what) must be true or false", at: node)
            return nil
        }
        return value
    }

    /// YAML 1.1's boolean words, as Yams's default resolver knows them.
    static let booleans: [String: Bool] = {
        var table: [String: Bool] = [:]
        for (words, value) in [(["true", "yes", "on"], true), (["false", "no", "off"], false)] {
            for word in words {
                for form in [word, word.prefix(1).uppercased() + word.dropFirst(), word.uppercased()] {
                    table[form] = value
                }
            }
        }
        return table
    }()

    /// A number of zero or more.
    public mutating func number(_ node: Node?, what: String) -> Double? {
        guard let node else { return nil }
        guard let text = string(node, what: what), let value = Double(text), value >= 0 else {
            error("\(what) must be a number of zero or more", at: node)
            return nil
        }
        return value
    }

    /// A `YYYY-MM-DD` date; an error naming the value's key for anything else.
    public mutating func date(_ node: Node?, what: String) -> CalendarDate? {
        guard let node, let text = string(node, what: what) else { return nil }
        guard let date = CalendarDate(text), text.count == 10 else {
            error("\(what) '\(text)' is not a date", at: node, notes: ["write YYYY-MM-DD, e.g. 2026-11-24"])
            return nil
        }
        return date
    }

    /// A YAML syntax error as a diagnostic at its line and column.
    public static func yamlError(_ error: Error, file: String) -> Diagnostic {
        var mark: Mark?
        var problem = "\(error)"
        if let yaml = error as? YamlError {
            switch yaml {
            case .scanner(_, let text, let at, _), .parser(_, let text, let at, _), .composer(_, let text, let at, _):
                mark = at
                problem = text
            case .duplicatedKeysInMapping(let keys, let context):
                mark = context.mark
                problem = "duplicated key(s) \(keys.sorted().joined(separator: ", "))"
            default: break
            }
        }
        let location = SourceLocation(file: file, line: mark?.line, column: mark?.column)
        return Diagnostic(.error, "YAML syntax: \(problem.replacingOccurrences(of: "\n", with: " "))", at: location)
    }
}
