/// The marker words of every language, compiled once per vocabulary for ``LanguageDetector``:
/// each word with the languages that list it, so a text costs one look-up per word whatever the
/// number of languages.
struct LanguageMarkers: Sendable {
    /// The languages, sorted; a word's languages are bits in this order.
    let languages: [String]
    /// Each marker word: its number and the languages (bits) that list it.
    let words: [String: (id: Int, languages: UInt64)]

    init(_ markers: [String: Set<String>]) {
        let languages = markers.keys.sorted()
        precondition(languages.count <= 64, "at most 64 languages have marker words")
        var words: [String: (id: Int, languages: UInt64)] = [:]
        for (bit, language) in languages.enumerated() {
            for word in markers[language] ?? [] {
                let known = words[word]
                words[word] = (known?.id ?? words.count, (known?.languages ?? 0) | 1 << UInt64(bit))
            }
        }
        self.languages = languages
        self.words = words
    }

    /// The bit of `language`, 0 for a language without marker words.
    func bit(of language: String) -> UInt64 {
        languages.firstIndex(of: language).map { 1 << UInt64($0) } ?? 0
    }

    /// The different marker words a text contains, each (by number) with its languages.
    struct Seen {
        private(set) var words: [Int: UInt64] = [:]

        mutating func insert(id: Int, languages: UInt64) { words[id] = languages }

        mutating func formUnion(_ other: Seen) { words.merge(other.words) { first, _ in first } }

        /// How many of the words each language (by bit) lists.
        func counts(languages: Int) -> [Int] {
            var counts = [Int](repeating: 0, count: languages)
            for mask in words.values {
                var rest = mask
                while rest != 0 {
                    counts[rest.trailingZeroBitCount] += 1
                    rest &= rest - 1
                }
            }
            return counts
        }
    }
}
