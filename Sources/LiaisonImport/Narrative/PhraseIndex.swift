/// A ``PhraseSet``'s phrases compiled for matching lemmas: every phrase word is a number
/// (interned once) or a placeholder read once, and the candidates of a word, the phrases that
/// can start there longest first, are lists of phrase numbers worked out when the set is built.
/// A run of lemmas is interned once (``PhraseSet/prepared(_:)``), after which a match compares
/// integers, not Strings. A class: it is built once and only read.
final class PhraseIndex: Sendable {
    /// One word of a phrase: an exact lemma, or a placeholder (``PhraseSet/anyNumber``,
    /// ``PhraseSet/febrile``, ``PhraseSet/olderAge``, a number range).
    enum Pattern: Sendable {
        case word(Int)
        case anyNumber
        case febrile
        case olderAge
        /// "<n:50-1000>"; nil when the pattern does not give two numbers.
        case range((lower: Double, upper: Double)?)
    }

    /// Every phrase's words, by phrase number.
    let patterns: [[Pattern]]
    /// The number of every exact word of a phrase, and the words by number.
    let ids: [String: Int]
    let words: [String]
    /// By word number: the phrases starting with that word, longest first.
    let first: [[Int]]
    /// By word number, for a word that is a number: those phrases and the phrases starting with
    /// a number placeholder, longest first.
    let firstForNumber: [[Int]]
    /// The phrases starting with a number placeholder, longest first, for a number that starts
    /// no phrase itself.
    let numberOnly: [Int]

    /// `byFirstWord` gives each first word's phrases, longest first, as phrase numbers into
    /// `phrases`; `numericFirstWords` the "<n:…>" first words in the order their phrases are tried.
    /// Words already numbered in `sharing` keep their numbers, so that one run of lemmas interned
    /// for the set with the most words serves the others too.
    init(
        phrases: [[String]], byFirstWord: [String: [Int]], numericFirstWords: [String], sharing: PhraseIndex? = nil
    ) {
        var ids = sharing?.ids ?? [:]
        var words = sharing?.words ?? []
        func pattern(_ word: String) -> Pattern {
            if word.hasPrefix("<n:"), word.hasSuffix(">") {
                let bounds = word.dropFirst(3).dropLast().split(separator: "-").compactMap { Double($0) }
                return .range(bounds.count == 2 ? (bounds[0], bounds[1]) : nil)
            }
            switch word {
            case PhraseSet<Void>.anyNumber: return .anyNumber
            case PhraseSet<Void>.febrile: return .febrile
            case PhraseSet<Void>.olderAge: return .olderAge
            default:
                if let id = ids[word] { return .word(id) }
                ids[word] = words.count
                words.append(word)
                return .word(words.count - 1)
            }
        }
        let patterns = phrases.map { $0.map(pattern) }
        let lists = byFirstWord
        let lengths = patterns.map(\.count)
        func longestFirst(_ list: [Int]) -> [Int] {
            var list = list
            list.sort { lengths[$0] > lengths[$1] }
            return list
        }
        let placeholders =
            (lists[PhraseSet<Void>.anyNumber] ?? []) + (lists[PhraseSet<Void>.febrile] ?? [])
            + (lists[PhraseSet<Void>.olderAge] ?? []) + numericFirstWords.flatMap { lists[$0] ?? [] }
        var first: [[Int]] = Array(repeating: [], count: words.count)
        var firstForNumber: [[Int]] = Array(repeating: [], count: words.count)
        for (word, id) in ids {
            first[id] = lists[word] ?? []
            if Self.isNumber(word) { firstForNumber[id] = longestFirst(first[id] + placeholders) }
        }
        self.patterns = patterns
        self.ids = ids
        self.words = words
        self.first = first
        self.firstForNumber = firstForNumber
        numberOnly = longestFirst(placeholders)
    }

    /// Whether a lemma is a number for the placeholders: its first scalar has a numeric type,
    /// as `Character.isNumber` decides.
    static func isNumber(_ word: String) -> Bool {
        guard let byte = word.utf8.first else { return false }
        if byte < 0x80 { return byte >= 0x30 && byte <= 0x39 }
        return word.first?.isNumber == true
    }

    /// The candidates at a word with number `id` (nil, or a number of a set sharing this one's:
    /// no phrase word here).
    func candidates(id: Int?, isNumber: Bool) -> [Int] {
        guard let id, id < first.count else { return isNumber ? numberOnly : [] }
        return isNumber ? firstForNumber[id] : first[id]
    }

    /// Whether phrase `number` occurs at `index` of `words`; `same(k, id, word)` tells whether
    /// the lemma at `k` is that exact phrase word.
    @inline(__always)
    func fits(
        _ number: Int, at index: Int, count: Int, value: (Int) -> Double?, isNumber: (Int) -> Bool,
        same: (Int, Int) -> Bool
    ) -> Bool {
        let phrase = patterns[number]
        guard index + phrase.count <= count else { return false }
        for (offset, pattern) in phrase.enumerated() {
            let k = index + offset
            switch pattern {
            case .word(let id): if !same(k, id) { return false }
            case .anyNumber: if !isNumber(k) { return false }
            case .febrile:
                guard let value = value(k), (37.8...42.5).contains(value) || (100.0...108).contains(value)
                else { return false }
            case .olderAge:
                guard let value = value(k), (65...120).contains(value), value == value.rounded() else {
                    return false
                }
            case .range(let bounds):
                guard let bounds, let value = value(k), (bounds.lower...bounds.upper).contains(value) else {
                    return false
                }
            }
        }
        return true
    }
}

/// A run of lemmas interned for one ``PhraseSet``.
struct PreparedWords {
    let words: [String]
    /// Each lemma's word number in the set, nil where it is no phrase word.
    let ids: [Int?]
    let isNumber: [Bool]
    /// `Double(word)` of each lemma.
    let values: [Double?]

    init(words: [String], ids: [Int?]) {
        self.words = words
        self.ids = ids
        isNumber = words.map(PhraseIndex.isNumber)
        values = words.map(Self.value)
    }

    /// `Double(word)`, without asking it for a word that starts with a letter no number can
    /// start with (only "inf", "infinity" and "nan" are letters to `Double`).
    static func value(_ word: String) -> Double? {
        if let first = word.utf8.first, (first | 0x20) >= 0x61, (first | 0x20) <= 0x7A, (first | 0x20) != 0x69,
            (first | 0x20) != 0x6E
        {
            return nil
        }
        return Double(word)
    }
}
