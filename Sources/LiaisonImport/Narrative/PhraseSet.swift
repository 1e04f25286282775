/// A set of word phrases indexed by first word, each carrying a value, so matching at a token
/// costs one dictionary look-up however long the lexicon grows (the index: ``PhraseIndex``).
struct PhraseSet<Value: Sendable>: Sendable {
    /// The tables, built once and shared by every copy of the set (readers hand sets around).
    private final class Tables: Sendable {
        let entries: [(phrase: [String], value: Value)]
        let index: PhraseIndex

        init(_ entries: [(phrase: [String], value: Value)], sharing: PhraseIndex?) {
            var table: [String: [(phrase: [String], value: Value)]] = [:]
            for entry in entries where !entry.phrase.isEmpty {
                table[entry.phrase[0], default: []].append(entry)
            }
            let byFirstWord = table.mapValues { $0.sorted { $0.phrase.count > $1.phrase.count } }
            let numericFirstWords = table.keys.filter { $0.hasPrefix("<n:") }.sorted()
            var numbered: [(phrase: [String], value: Value)] = []
            var lists: [String: [Int]] = [:]
            for (word, list) in byFirstWord {
                lists[word] = Array(numbered.count..<(numbered.count + list.count))
                numbered += list
            }
            self.entries = numbered
            index = PhraseIndex(
                phrases: numbered.map(\.phrase), byFirstWord: lists, numericFirstWords: numericFirstWords,
                sharing: sharing)
        }
    }

    private let tables: Tables

    /// Every phrase by number, for ``index``.
    var entries: [(phrase: [String], value: Value)] { tables.entries }
    var index: PhraseIndex { tables.index }

    init(_ entries: [(phrase: [String], value: Value)]) { tables = Tables(entries, sharing: nil) }

    /// A set whose words keep their numbers in `other` (``PhraseIndex``): words ``prepared(_:)``
    /// for this set can then be matched against both.
    init<Other>(_ entries: [(phrase: [String], value: Value)], sharing other: PhraseSet<Other>) {
        tables = Tables(entries, sharing: other.index)
    }

    /// The words a phrase of the set can start with.
    var firstWords: Set<String> { index.firstWords }

    /// The longest phrase that occurs at `index`, with its value. (A token's text is never a
    /// placeholder: those start only phrases of lemmas.)
    func match(in tokens: [Token], at index: Int) -> (phrase: [String], value: Value)? {
        guard index < tokens.count, let id = self.index.ids[tokens[index].text] else { return nil }
        let entries = self.entries
        guard
            let number = self.index.candidates(id: id, isNumber: false).first(where: {
                tokens.matches(entries[Int($0)].phrase, at: index)
            })
        else { return nil }
        return entries[Int(number)]
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

    /// Every phrase that occurs at `index` of `words` (lemmas), longest first.
    func matches(in words: [String], at index: Int) -> [(phrase: [String], value: Value)] {
        var found: [(phrase: [String], value: Value)] = []
        forEachMatch(in: words, at: index) { number in
            found.append(entries[number])
            return true
        }
        return found
    }

    /// The longest phrase that occurs at `index` of `words` (lemmas), with its value.
    func match(in words: [String], at index: Int) -> (phrase: [String], value: Value)? {
        var found: (phrase: [String], value: Value)?
        forEachMatch(in: words, at: index) { number in
            found = entries[number]
            return false
        }
        return found
    }

    /// Calls `body` with the number of every phrase that occurs at `index` of `words` (lemmas),
    /// longest first, until it returns false.
    func forEachMatch(in words: [String], at index: Int, _ body: (Int) -> Bool) {
        guard index < words.count else { return }
        let word = words[index]
        let isNumber = PhraseIndex.isNumber(word)
        let count = words.count
        let phrases = self.index
        for candidate in phrases.candidates(id: phrases.ids[word], isNumber: isNumber) {
            let number = Int(candidate)
            let fits = phrases.fits(
                number, at: index, count: count, value: { Double(words[$0]) },
                isNumber: { PhraseIndex.isNumber(words[$0]) },
                same: { words[$0] == phrases.words[$1] })
            if fits, !body(number) { return }
        }
    }

    /// `words` (lemmas) interned for matching many times, by this set or one sharing its numbers.
    func prepared(_ words: [String]) -> PreparedWords {
        PreparedWords(words: words, ids: words.map { index.ids[$0] })
    }

    /// Calls `body` with the number of every phrase that occurs at `index` of `words`, longest
    /// first, until it returns false.
    func forEachMatch(in words: PreparedWords, at index: Int, _ body: (Int) -> Bool) {
        guard index < words.words.count else { return }
        let ids = words.ids
        let isNumber = words.isNumber
        let values = words.values
        let phrases = self.index
        for candidate in phrases.candidates(id: ids[index], isNumber: isNumber[index]) {
            let number = Int(candidate)
            let fits = phrases.fits(
                number, at: index, count: ids.count, value: { values[$0] }, isNumber: { isNumber[$0] },
                same: { k, id in ids[k] == id })
            if fits, !body(number) { return }
        }
    }
}
