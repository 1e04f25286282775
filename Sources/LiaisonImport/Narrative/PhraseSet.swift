/// A set of word phrases indexed by first word, each carrying a value, so matching at a token
/// costs one dictionary look-up however long the lexicon grows.
struct PhraseSet<Value: Sendable>: Sendable {
    let byFirstWord: [String: [(phrase: [String], value: Value)]]
    /// First words that are number ranges ("<n:50-1000>").
    let numericFirstWords: [String]

    init(_ entries: [(phrase: [String], value: Value)]) {
        var table: [String: [(phrase: [String], value: Value)]] = [:]
        for entry in entries where !entry.phrase.isEmpty {
            table[entry.phrase[0], default: []].append(entry)
        }
        byFirstWord = table.mapValues { $0.sorted { $0.phrase.count > $1.phrase.count } }
        numericFirstWords = table.keys.filter { $0.hasPrefix("<n:") }.sorted()
    }

    /// The words a phrase of the set can start with.
    var firstWords: Set<String> { Set(byFirstWord.keys) }

    /// The longest phrase that occurs at `index`, with its value.
    func match(in tokens: [Token], at index: Int) -> (phrase: [String], value: Value)? {
        guard index < tokens.count, let candidates = byFirstWord[tokens[index].text] else { return nil }
        return candidates.first { tokens.matches($0.phrase, at: index) }
    }

    /// Every non-overlapping match, left to right.
    func matches(in tokens: [Token]) -> [(index: Int, phrase: [String], value: Value)] {
        var found: [(index: Int, phrase: [String], value: Value)] = []
        var i = 0
        while i < tokens.count {
            if let hit = match(in: tokens, at: i) {
                found.append((i, hit.phrase, hit.value))
                i += hit.phrase.count
            } else {
                i += 1
            }
        }
        return found
    }

    func contains(in tokens: [Token]) -> Bool { tokens.indices.contains { match(in: tokens, at: $0) != nil } }
}

extension PhraseSet where Value == Void {
    init(_ phrases: [[String]]) { self.init(phrases.map { ($0, ()) }) }
}

extension PhraseSet {
    /// Stands for any number in a phrase ("<number> mets").
    static var anyNumber: String { "<number>" }
    /// Stands for a febrile temperature, 37.8 to 42.5 °C or 100.0 to 108 °F ("temp <febrile>").
    static var febrile: String { "<febrile>" }
    /// Stands for an age of 65 or more ("<age65> years old"): an older client (R1).
    static var olderAge: String { "<age65>" }

    /// Whether `word` (a lemma) fits the phrase word `pattern`.
    static func fits(_ word: String, _ pattern: String) -> Bool {
        // "<n:50-1000>": a number in that range ("crp <n:50-1000>").
        if pattern.hasPrefix("<n:"), pattern.hasSuffix(">") {
            let bounds = pattern.dropFirst(3).dropLast().split(separator: "-").compactMap { Double($0) }
            guard bounds.count == 2, let value = Double(word) else { return false }
            return (bounds[0]...bounds[1]).contains(value)
        }
        switch pattern {
        case anyNumber: return word.first?.isNumber == true
        case febrile:
            guard let value = Double(word) else { return false }
            return (37.8...42.5).contains(value) || (100.0...108).contains(value)
        case olderAge:
            guard let value = Double(word) else { return false }
            return (65...120).contains(value) && value == value.rounded()
        default: return word == pattern
        }
    }

    /// Every phrase that occurs at `index` of `words` (lemmas), longest first.
    func matches(in words: [String], at index: Int) -> [(phrase: [String], value: Value)] {
        guard index < words.count else { return [] }
        let word = words[index]
        let isNumber = word.first?.isNumber == true
        var candidates = byFirstWord[word] ?? []
        if isNumber {
            candidates +=
                (byFirstWord[Self.anyNumber] ?? []) + (byFirstWord[Self.febrile] ?? [])
                + (byFirstWord[Self.olderAge] ?? []) + numericFirstWords.flatMap { byFirstWord[$0] ?? [] }
            candidates.sort { $0.phrase.count > $1.phrase.count }
        }
        return candidates.filter { entry in
            guard index + entry.phrase.count <= words.count else { return false }
            for (offset, pattern) in entry.phrase.enumerated() {
                let word = words[index + offset]
                if !Self.fits(word, pattern) { return false }
            }
            return true
        }
    }

    /// The longest phrase that occurs at `index` of `words` (lemmas), with its value.
    func match(in words: [String], at index: Int) -> (phrase: [String], value: Value)? {
        matches(in: words, at: index).first
    }
}
