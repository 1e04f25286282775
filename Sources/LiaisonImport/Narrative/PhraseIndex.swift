/// A ``PhraseSet``'s phrases compiled for matching lemmas: every phrase word is a number
/// (interned once) or a placeholder read once, and the candidates of a word, the phrases that
/// can start there longest first, are lists of phrase numbers worked out when the set is built.
/// A run of lemmas is interned once (``PhraseSet/prepared(_:)``), after which a match compares
/// integers, not Strings. A class: it is built once and only read.
final class PhraseIndex: Sendable {
    /// Every phrase's words, one after the other as codes (phrase `n` is
    /// `codes[starts[n]..<starts[n + 1]]`), compact because every language's vocabulary is held
    /// so: a code of 0 or more is an exact lemma's number; below, a placeholder.
    let codes: [Int32]
    let starts: [Int32]
    static let anyNumber: Int32 = -1
    static let febrile: Int32 = -2
    static let olderAge: Int32 = -3
    /// Code `-4 - k` is the number range `ranges[k]` ("<n:50-1000>"; nil when the pattern does
    /// not give two numbers).
    let ranges: [(lower: Double, upper: Double)?]
    /// The number of every exact word of a phrase, and the words by number.
    let ids: [String: Int]
    let words: [String]
    /// By word number, the phrases starting with that word, longest first:
    /// `firstPhrases[firstStarts[id]..<firstStarts[id + 1]]`.
    let firstPhrases: [Int32]
    let firstStarts: [Int32]
    /// By the number of a word that is a number: those phrases and the phrases starting with a
    /// number placeholder, longest first.
    let firstForNumber: [Int: [Int32]]
    /// The phrases starting with a number placeholder, longest first, for a number that starts
    /// no phrase itself.
    let numberOnly: [Int32]
    /// The placeholders that start a phrase.
    let placeholderFirstWords: [String]

    /// `byFirstWord` gives each first word's phrases, longest first, as phrase numbers into
    /// `phrases`; `numericFirstWords` the "<n:…>" first words in the order their phrases are tried.
    /// Words already numbered in `sharing` keep their numbers, so that one run of lemmas interned
    /// for the set with the most words serves the others too.
    init(
        phrases: [[String]], byFirstWord: [String: [Int]], numericFirstWords: [String], sharing: PhraseIndex? = nil
    ) {
        var ids = sharing?.ids ?? [:]
        var words = sharing?.words ?? []
        var ranges: [(lower: Double, upper: Double)?] = []
        func code(_ word: String) -> Int32 {
            if word.hasPrefix("<n:"), word.hasSuffix(">") {
                let bounds = word.dropFirst(3).dropLast().split(separator: "-").compactMap { Double($0) }
                ranges.append(bounds.count == 2 ? (bounds[0], bounds[1]) : nil)
                return -3 - Int32(ranges.count)
            }
            switch word {
            case PhraseSet<Void>.anyNumber: return Self.anyNumber
            case PhraseSet<Void>.febrile: return Self.febrile
            case PhraseSet<Void>.olderAge: return Self.olderAge
            default:
                if let id = ids[word] { return Int32(id) }
                ids[word] = words.count
                words.append(word)
                return Int32(words.count - 1)
            }
        }
        var codes: [Int32] = []
        var starts: [Int32] = [0]
        for phrase in phrases {
            codes += phrase.map(code)
            starts.append(Int32(codes.count))
        }
        let lists = byFirstWord
        let lengths = phrases.map(\.count)
        func longestFirst(_ list: [Int]) -> [Int32] {
            var list = list
            list.sort { lengths[$0] > lengths[$1] }
            return list.map(Int32.init)
        }
        let placeholders =
            (lists[PhraseSet<Void>.anyNumber] ?? []) + (lists[PhraseSet<Void>.febrile] ?? [])
            + (lists[PhraseSet<Void>.olderAge] ?? []) + numericFirstWords.flatMap { lists[$0] ?? [] }
        var firstPhrases: [Int32] = []
        var firstStarts: [Int32] = [0]
        var firstForNumber: [Int: [Int32]] = [:]
        for (id, word) in words.enumerated() {
            let first = lists[word] ?? []
            firstPhrases += first.map(Int32.init)
            firstStarts.append(Int32(firstPhrases.count))
            if Self.isNumber(word) { firstForNumber[id] = longestFirst(first + placeholders) }
        }
        self.codes = codes
        self.starts = starts
        self.ranges = ranges
        self.ids = ids
        self.words = words
        self.firstPhrases = firstPhrases
        self.firstStarts = firstStarts
        self.firstForNumber = firstForNumber
        numberOnly = longestFirst(placeholders)
        placeholderFirstWords =
            [PhraseSet<Void>.anyNumber, PhraseSet<Void>.febrile, PhraseSet<Void>.olderAge].filter { lists[$0] != nil }
            + numericFirstWords
    }

    /// The words a phrase can start with.
    var firstWords: Set<String> {
        Set(ids.compactMap { candidates(id: $0.value, isNumber: false).isEmpty ? nil : $0.key })
            .union(placeholderFirstWords)
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
    func candidates(id: Int?, isNumber: Bool) -> ArraySlice<Int32> {
        guard let id, id + 1 < firstStarts.count else { return isNumber ? numberOnly[...] : [] }
        if isNumber { return firstForNumber[id]?[...] ?? [] }
        return firstPhrases[Int(firstStarts[id])..<Int(firstStarts[id + 1])]
    }

    /// Whether phrase `number` occurs at `index` of `words`; `same(k, id)` tells whether the
    /// lemma at `k` is the exact phrase word `id`.
    @inline(__always)
    func fits(
        _ number: Int, at index: Int, count: Int, value: (Int) -> Double?, isNumber: (Int) -> Bool,
        same: (Int, Int) -> Bool
    ) -> Bool {
        let first = Int(starts[number])
        let length = Int(starts[number + 1]) - first
        guard index + length <= count else { return false }
        for offset in 0..<length {
            let k = index + offset
            let code = codes[first + offset]
            if code >= 0 {
                if !same(k, Int(code)) { return false }
                continue
            }
            switch code {
            case Self.anyNumber: if !isNumber(k) { return false }
            case Self.febrile:
                guard let value = value(k), (37.8...42.5).contains(value) || (100.0...108).contains(value)
                else { return false }
            case Self.olderAge:
                guard let value = value(k), (65...120).contains(value), value == value.rounded() else {
                    return false
                }
            default:
                guard let bounds = ranges[Int(-4 - code)], let value = value(k),
                    (bounds.lower...bounds.upper).contains(value)
                else { return false }
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
