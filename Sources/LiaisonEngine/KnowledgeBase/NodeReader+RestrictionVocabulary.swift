import LiaisonModel
import LiaisonYAML
import Yams

extension NodeReader {
    /// The `restrictions:` part of a language's vocabulary: word lists by role, the words of each
    /// movement, position, weight-bearing order, unit and duration unit, and number words, month
    /// names and duration fractions, each with its source.
    mutating func restrictionVocabulary(_ node: Node, citations: inout VocabularyCitations) -> RestrictionVocabulary? {
        let typed = ["movements", "positions", "weight-bearing", "units", "duration-units"]
        let valued = ["numbers", "months", "fractions"]
        let keys = Set(RestrictionVocabulary.Role.allCases.map(\.rawValue) + typed + valued + ["notes"])
        guard let map = mapping(node, what: "restrictions", allowed: keys) else { return nil }
        var vocabulary = RestrictionVocabulary()
        for role in RestrictionVocabulary.Role.allCases {
            if let entry = map[role.rawValue], let list = termClass(role.rawValue, entry, citations: &citations) {
                vocabulary.lists[role] = list
            }
        }
        vocabulary.movements = keyed(map["movements"], what: "movements", citations: &citations)
        vocabulary.positions = keyed(map["positions"], what: "positions", citations: &citations)
        vocabulary.weightBearing = keyed(map["weight-bearing"], what: "weight-bearing", citations: &citations)
        vocabulary.units = keyed(map["units"], what: "units", citations: &citations)
        vocabulary.durationUnits = keyed(map["duration-units"], what: "duration-units", citations: &citations)
        for (key, text, at) in values(map["numbers"], what: "numbers", citations: &citations) {
            guard let number = Double(text) else {
                error("the number word \(key) must have a number", at: at)
                continue
            }
            vocabulary.numbers[key] = number
        }
        for (key, text, at) in values(map["months"], what: "months", citations: &citations) {
            guard let month = Int(text), (1...12).contains(month) else {
                error("the month \(key) must have a number from 1 to 12", at: at)
                continue
            }
            vocabulary.months[key] = month
        }
        for (key, text, at) in values(map["fractions"], what: "fractions", citations: &citations) {
            guard let denominator = Int(key), let unit = RestrictionVocabulary.DurationUnit(rawValue: text) else {
                error("a fraction maps a denominator to days, weeks or months (52: weeks)", at: at)
                continue
            }
            vocabulary.fractions[denominator] = unit
        }
        return vocabulary
    }

    /// Word lists keyed by a closed set of names (`flexion:`, `prone:`, `PWB:`).
    private mutating func keyed<Key: RawRepresentable & CaseIterable & Hashable>(
        _ node: Node?, what: String, citations: inout VocabularyCitations
    ) -> [Key: TermClass] where Key.RawValue == String {
        guard let map = mapping(node, what: what, allowed: nil) else { return [:] }
        var result: [Key: TermClass] = [:]
        for (name, entry) in map.sorted(by: { $0.key < $1.key }) {
            guard let key = Key(rawValue: name) else {
                let known = Key.allCases.map(\.rawValue).joined(separator: ", ")
                error("unknown name '\(name)' in \(what)", at: entry, notes: ["known: \(known)"])
                continue
            }
            result[key] = termClass("\(what) \(name)", entry, citations: &citations)
        }
        return result
    }

    /// A `{source:, values: {word: value}}` entry: each key with its value as text and its node.
    private mutating func values(
        _ node: Node?, what: String, citations: inout VocabularyCitations
    ) -> [(String, String, Node)] {
        guard let node,
            let map = mapping(
                node, what: what, allowed: ["source", "values", "notes"], required: ["source", "values"]),
            let source = located(map["source"], what: "source"),
            let values = mapping(map["values"], what: "values of \(what)", allowed: nil)
        else { return [] }
        citations.sources.append((source.value, what, source.location))
        return values.sorted { $0.key < $1.key }.compactMap { key, value in
            string(value, what: "\(what) \(key)").map { (key, $0, value) }
        }
    }
}
