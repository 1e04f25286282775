/// Decides which language a narrative is written in, so that word rules run only on text of
/// their own language (issue 9, item 6: French "dont" is not English "don't").
///
/// The declared language (a CDA `languageCode` on the section or document) counts unless the
/// text's common words show plainly that it is another; with none declared the common words
/// decide, and English is assumed when they say nothing.
enum LanguageDetector {
    /// ISO 639-2 codes of the languages Liaison names, to their ISO 639-1 codes.
    static let threeLetter: [String: String] = [
        "eng": "en", "deu": "de", "ger": "de", "fra": "fr", "fre": "fr", "ita": "it", "spa": "es", "nld": "nl",
        "dut": "nl", "por": "pt", "roh": "rm",
    ]

    /// An ISO 639-1 code from a language tag: `de-CH` is `de`, `FR` is `fr`, `eng` is `en`.
    static func code(_ tag: String?) -> String? {
        guard let tag, let first = tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).first else { return nil }
        let code = first.lowercased()
        if code.count == 3 { return threeLetter[code] ?? code }
        return code.count == 2 ? code : nil
    }

    /// The language of `text`: each language scores the number of its different marker words the
    /// text contains, so one word repeated ("IM" in "Influenza vaccine, IM" rows, "EST" in times)
    /// does not make an English table German or French.
    static func language(of text: String, declared: String?, markers: [String: Set<String>]) -> String {
        let declared = code(declared)
        let seen = markersSeen(in: text, markers: markers)
        let counts = seen.mapValues(\.count)
        let ranked = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
        guard let best = ranked.first else { return declared ?? "en" }
        let second = ranked.dropFirst().first?.value ?? 0
        let plain = best.value >= 3 && best.value >= 2 * second
        if let declared {
            let declaredCount = counts[declared] ?? 0
            return plain && best.key != declared && declaredCount * 2 < best.value
                ? best.key : declared
        }
        return plain ? best.key : "en"
    }

    /// Whether `text` holds at least one marker word of `language` that no other language shares
    /// ("patient" is English, German and French): a cell or a note without one ("Bladder normal;
    /// legs progressively weaker", "MRI showing L1 fracture reviewed with patient") does not show
    /// what language it is in.
    static func shows(_ language: String, in text: String, markers: [String: Set<String>]) -> Bool {
        guard var words = markers[language] else { return false }
        for (other, theirs) in markers where other != language { words.subtract(theirs) }
        return !markersSeen(in: text, markers: [language: words]).isEmpty
    }

    /// The different marker words of each language that `text` contains.
    private static func markersSeen(in text: String, markers: [String: Set<String>]) -> [String: Set<String>] {
        var seen: [String: Set<String>] = [:]
        var word = ""
        func count() {
            guard !word.isEmpty else { return }
            for (language, words) in markers where words.contains(word) { seen[language, default: []].insert(word) }
            word = ""
        }
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar == "'" {
                word.unicodeScalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else {
                count()
            }
        }
        count()
        return seen
    }
}
