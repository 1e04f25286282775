import LiaisonModel

/// A language's restriction words compiled for reading: every list as phrases of lemmas, read
/// through the language's own lemmatizer, so "Sprünge", "Sprung" and "springen" or "éviter" and
/// "évitez" match as the vocabulary says (Protocols/vocabulary/README.md).
///
/// It is the data-driven counterpart of the English ``RestrictionRules``: the same restriction
/// kinds, the same figures, read from a `restrictions:` part of a vocabulary instead of code.
struct RestrictionReader: Sendable {
    typealias Role = RestrictionVocabulary.Role

    /// The cue roles, found together left to right so the longest phrase wins ("nicht erlaubt"
    /// forbids, "erlaubt" permits; "keine Einschränkungen" permits, "keine" forbids).
    static let cueRoles: [Role] = [
        .prohibitionBefore, .weakProhibition, .prohibitionAfter, .notProhibition, .permission, .cancellation, .limit,
        .cap, .scopeEnd,
    ]

    let cues: PhraseSet<Set<Role>>
    /// Every other role's phrases.
    let lists: [Role: PhraseSet<Void>]
    let movements: PhraseSet<Movement>
    let positions: PhraseSet<BodyPosition>
    let weightBearing: PhraseSet<WeightBearingStatus>
    let units: [String: WeightUnit]
    let durationUnits: [String: RestrictionVocabulary.DurationUnit]
    let numbers: [String: Double]
    let months: [String: Int]
    let fractions: [Int: RestrictionVocabulary.DurationUnit]
    /// The unit of a lifting ban without a figure: the first the vocabulary names, kg before lb.
    let defaultUnit: WeightUnit
    let lemmatizer: Lemmatizer
    let shorthand: Bool

    init(_ vocabulary: RestrictionVocabulary, lemmatizer: Lemmatizer, shorthand: Bool) {
        self.lemmatizer = lemmatizer
        self.shorthand = shorthand
        func phrase(_ text: String) -> [String] {
            Words.phrase(text, lemmatizer: lemmatizer, shorthand: shorthand).filter { !$0.isEmpty }
        }
        func phrases<Value>(_ table: [Value: TermClass]) -> PhraseSet<Value> {
            PhraseSet(table.flatMap { value, list in list.terms.map { (phrase($0), value) } })
        }
        var cueTable: [[String]: Set<Role>] = [:]
        for role in Self.cueRoles {
            for text in vocabulary.words(role) { cueTable[phrase(text), default: []].insert(role) }
        }
        cues = PhraseSet(cueTable.map { ($0.key, $0.value) })
        var lists: [Role: PhraseSet<Void>] = [:]
        for role in Role.allCases where !Self.cueRoles.contains(role) {
            lists[role] = PhraseSet(vocabulary.words(role).map(phrase))
        }
        self.lists = lists
        movements = phrases(vocabulary.movements)
        positions = phrases(vocabulary.positions)
        weightBearing = phrases(vocabulary.weightBearing)
        // Units, number words and month names are single words: their last lemma.
        func word(_ text: String) -> String { phrase(text).last ?? text }
        func table<Value>(_ lists: [Value: TermClass]) -> [String: Value] {
            Dictionary(lists.flatMap { value, list in list.terms.map { (word($0), value) } }) { first, _ in first }
        }
        units = table(vocabulary.units)
        durationUnits = table(vocabulary.durationUnits)
        numbers = Dictionary(vocabulary.numbers.map { (word($0.key), $0.value) }) { first, _ in first }
        months = Dictionary(vocabulary.months.map { (word($0.key), $0.value) }) { first, _ in first }
        fractions = vocabulary.fractions
        defaultUnit = vocabulary.units[.kg]?.terms.isEmpty == false ? .kg : .lb
    }

    /// The phrases of a role that is not a cue.
    func list(_ role: Role) -> PhraseSet<Void> { lists[role] ?? PhraseSet([[String]]()) }

    /// Whether a phrase of `role` starts at `index`.
    func starts(_ role: Role, in words: [String], at index: Int) -> Bool {
        list(role).match(in: words, at: index) != nil
    }

    /// Whether a phrase of `role` occurs in `words`.
    func contains(_ role: Role, in words: [String]) -> Bool {
        words.indices.contains { starts(role, in: words, at: $0) }
    }

    /// The number at `index`: a figure, or a number word ("fünf", "cinq").
    func number(_ words: Words, at index: Int) -> Double? {
        guard index >= 0, index < words.lemmas.count else { return nil }
        return words.values[index] ?? numbers[words.lemmas[index]]
    }
}

extension PhraseSet {
    /// Every non-overlapping match in a clause's lemmas, left to right, the longest at each word.
    func hits(in words: [String]) -> [(index: Int, count: Int, value: Value)] {
        var found: [(index: Int, count: Int, value: Value)] = []
        var i = 0
        while i < words.count {
            if let hit = match(in: words, at: i) {
                found.append((i, hit.phrase.count, hit.value))
                i += hit.phrase.count
            } else {
                i += 1
            }
        }
        return found
    }
}
