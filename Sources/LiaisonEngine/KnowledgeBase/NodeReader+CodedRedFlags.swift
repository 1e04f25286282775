import LiaisonModel
import LiaisonYAML
import Yams

extension NodeReader {
    /// One entry of `red-flag-codes:`: codes of one system and what they raise.
    mutating func codedRedFlag(_ node: Node, citations: inout VocabularyCitations) -> CodedRedFlagRule? {
        let keys: Set<String> = [
            "system", "codes", "flag", "review", "never", "new-injury", "even-if-resolved", "source", "notes",
        ]
        guard
            let map = mapping(
                node, what: "a red-flag code rule", allowed: keys, required: ["system", "codes", "source"]),
            let system = string(map["system"], what: "system"), let source = located(map["source"], what: "source")
        else { return nil }
        guard CodePattern.systems.contains(system) else {
            let known = CodePattern.systems.sorted().joined(separator: ", ")
            error("unknown code system '\(system)'", at: map["system"], notes: ["known systems: \(known)"])
            return nil
        }
        citations.sources.append((source.value, "red-flag codes \(system)", source.location))
        let effects = ["flag", "review", "never"].filter { map[$0] != nil }
        guard effects.count == 1 else {
            error("a red-flag code rule needs exactly one of flag, review or never", at: node)
            return nil
        }
        let effect: CodedRedFlagRule.Effect
        if map["never"] != nil {
            guard bool(map["never"], what: "never") == true else { return nil }
            effect = .never
        } else {
            let key = effects[0]
            guard let name = string(map[key], what: key) else { return nil }
            guard let kind = RedFlag.Kind(rawValue: name) else {
                let known = RedFlag.Kind.allCases.map(\.rawValue).joined(separator: ", ")
                error("unknown red flag '\(name)'", at: map[key], notes: ["known flags: \(known)"])
                return nil
            }
            effect = key == "flag" ? .redFlag(kind) : .review(kind)
        }
        var codes: [String] = []
        for code in strings(map["codes"], what: "codes") {
            let prefix = code.value.hasSuffix("*")
            let key = CodeSystem.normalize(prefix ? String(code.value.dropLast()) : code.value)
            if key.isEmpty || key.contains("*") {
                error("'\(code.value)' is not a code or a prefix ending in *", at: map["codes"])
                continue
            }
            codes.append(prefix ? key + "*" : key)
        }
        var newInjury = Set<Character>()
        for letter in strings(map["new-injury"], what: "new-injury") {
            guard letter.value.count == 1, let character = letter.value.uppercased().first else {
                error("new-injury lists single 7th characters such as A", at: map["new-injury"])
                continue
            }
            newInjury.insert(character)
        }
        return CodedRedFlagRule(
            system: system, codes: codes, effect: effect, newInjury: newInjury,
            evenIfResolved: bool(map["even-if-resolved"], what: "even-if-resolved") ?? false, source: source.value)
    }

    /// `language-markers:`: ISO 639-1 code to common words of that language.
    mutating func languageMarkers(_ node: Node) -> [String: Set<String>] {
        guard let map = mapping(node, what: "language-markers", allowed: nil) else { return [:] }
        var markers: [String: Set<String>] = [:]
        for (language, list) in map {
            markers[language, default: []].formUnion(strings(list, what: "words of \(language)").map(\.value))
        }
        return markers
    }

    /// `section-defaults:`: section kind to the assertion its mentions get without a cue.
    mutating func sectionDefaults(_ node: Node) -> [SectionKind: Assertion] {
        guard let map = mapping(node, what: "section-defaults", allowed: nil) else { return [:] }
        var defaults: [SectionKind: Assertion] = [:]
        for (name, value) in map.sorted(by: { $0.key < $1.key }) {
            guard let kind = SectionKind(rawValue: name) else {
                let known = SectionKind.allCases.map(\.rawValue).joined(separator: ", ")
                error("unknown section kind '\(name)'", at: value, notes: ["known: \(known)"])
                continue
            }
            guard let text = string(value, what: "an assertion"), let assertion = Assertion(rawValue: text) else {
                let known = Assertion.allCases.map(\.rawValue).joined(separator: ", ")
                error("a section default is one of \(known)", at: value)
                continue
            }
            defaults[kind] = assertion
        }
        return defaults
    }
}
