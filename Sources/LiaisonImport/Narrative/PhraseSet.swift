/// A set of word phrases indexed by first word, each carrying a value, so matching at a token
/// costs one dictionary look-up however long the lexicon grows.
struct PhraseSet<Value: Sendable>: Sendable {
    private let byFirstWord: [String: [(phrase: [String], value: Value)]]

    init(_ entries: [(phrase: [String], value: Value)]) {
        var table: [String: [(phrase: [String], value: Value)]] = [:]
        for entry in entries where !entry.phrase.isEmpty {
            table[entry.phrase[0], default: []].append(entry)
        }
        byFirstWord = table.mapValues { $0.sorted { $0.phrase.count > $1.phrase.count } }
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
