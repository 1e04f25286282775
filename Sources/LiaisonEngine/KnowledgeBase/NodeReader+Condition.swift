import LiaisonModel
import LiaisonYAML
import Yams

extension NodeReader {
    /// One entry of `conditions:`.
    mutating func condition(_ node: Node) -> Condition? {
        guard
            let map = mapping(
                node, what: "a condition", allowed: ["id", "name", "protocols", "codes", "keywords", "notes"],
                required: ["id", "name", "protocols"])
        else { return nil }
        guard let id = string(map["id"], what: "id"), let name = string(map["name"], what: "name") else { return nil }
        var codes: [CodePattern] = []
        if let codesNode = map["codes"] {
            let systems = Set(CodePattern.systems)
            if let bySystem = mapping(codesNode, what: "the codes of \(id)", allowed: systems) {
                for (system, list) in bySystem.sorted(by: { $0.key < $1.key }) {
                    codes += sequence(list, what: "\(system) codes").compactMap { code($0, system: system) }
                }
            }
        }
        let keywords = strings(map["keywords"], what: "keywords").map { $0.value.lowercased() }
        if codes.isEmpty && keywords.isEmpty {
            error("condition \(id) has neither codes nor keywords, so nothing can select it", at: node)
        }
        return Condition(
            id: id, name: name, protocols: strings(map["protocols"], what: "protocols"), codes: codes,
            keywords: keywords, location: location(node))
    }

    /// A code: `M51.26`, a prefix `M51.36*`, or `{code: X, verified: false, note: "..."}`.
    private mutating func code(_ node: Node, system: String) -> CodePattern? {
        var written: String?
        var verified = true
        var note: String?
        if case .mapping = node {
            guard let map = mapping(node, what: "a code", allowed: ["code", "verified", "note"], required: ["code"])
            else { return nil }
            written = string(map["code"], what: "code")
            verified = bool(map["verified"], what: "verified") ?? true
            note = string(map["note"], what: "note")
            if !verified && note == nil { error("an unverified code needs a 'note' saying why", at: node) }
        } else {
            written = string(node, what: "a code")
        }
        guard let written, !written.isEmpty else { return nil }
        let isPrefix = written.hasSuffix("*")
        let key = CodePattern.normalize(isPrefix ? String(written.dropLast()) : written)
        if key.isEmpty || key.contains("*") {
            error("'\(written)' is not a code or a prefix ending in *", at: node)
            return nil
        }
        return CodePattern(
            system: system, key: key, isPrefix: isPrefix, written: written, verified: verified, note: note,
            location: location(node))
    }
}
