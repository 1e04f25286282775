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
        // Already a code (a block read in its section's language): two lower-case ASCII letters.
        if let tag, tag.utf8.count == 2, tag.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) { return tag }
        guard let tag, let first = tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).first else { return nil }
        let code = first.lowercased()
        if code.count == 3 { return threeLetter[code] ?? code }
        return code.count == 2 ? code : nil
    }

    /// The language of `text`: each language scores the number of its different marker words the
    /// text contains, so one word repeated ("IM" in "Influenza vaccine, IM" rows, "EST" in times)
    /// does not make an English table German or French.
    static func language(of text: String, declared: String?, markers: [String: Set<String>]) -> String {
        language(of: text, declared: declared, markers: LanguageMarkers(markers))
    }

    static func language(of text: String, declared: String?, markers: LanguageMarkers) -> String {
        language(seen: markersSeen(in: text, markers: markers), declared: declared, markers: markers)
    }

    /// The language of a text whose marker words are `seen`.
    static func language(seen: LanguageMarkers.Seen, declared: String?, markers: LanguageMarkers) -> String {
        let declared = code(declared)
        // The most words, the first such language in sorted order; then the next count down.
        let counts = seen.counts(languages: markers.languages.count)
        var best: Int?
        for (bit, count) in counts.enumerated() where count > 0 && count > (best.map { counts[$0] } ?? 0) {
            best = bit
        }
        guard let best else { return declared ?? "en" }
        let most = counts[best]
        let second = counts.enumerated().filter { $0.offset != best }.map(\.element).max() ?? 0
        let plain = most >= 3 && most >= 2 * second
        let bestLanguage = markers.languages[best]
        if let declared {
            let declaredCount = markers.languages.firstIndex(of: declared).map { counts[$0] } ?? 0
            return plain && bestLanguage != declared && declaredCount * 2 < most ? bestLanguage : declared
        }
        return plain ? bestLanguage : "en"
    }

    /// Whether `text` holds at least one marker word of `language` that no other language shares
    /// ("patient" is English, German and French): a cell or a note without one ("Bladder normal;
    /// legs progressively weaker", "MRI showing L1 fracture reviewed with patient") does not show
    /// what language it is in.
    static func shows(_ language: String, in text: String, markers: LanguageMarkers) -> Bool {
        let bit = markers.bit(of: language)
        guard bit != 0 else { return false }
        return markersSeen(in: text, markers: markers).words.values.contains(bit)
    }

    /// The different marker words that `text` contains: words are runs of alphabetic scalars and
    /// apostrophes, lower-cased scalar by scalar, each looked up once.
    static func markersSeen(in text: String, markers: LanguageMarkers) -> LanguageMarkers.Seen {
        var seen = LanguageMarkers.Seen()
        var word: [UInt8] = []
        word.reserveCapacity(32)
        func count() {
            guard !word.isEmpty else { return }
            if let found = markers.words[String(decoding: word, as: UTF8.self)] {
                seen.insert(id: found.id, languages: found.languages)
            }
            word.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                if value >= 0x41 && value <= 0x5A {
                    word.append(UInt8(value + 32))
                } else if (value >= 0x61 && value <= 0x7A) || value == 0x27 {
                    word.append(UInt8(value))
                } else {
                    count()
                }
            } else if scalar.properties.isAlphabetic {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                    UTF8.encode(lower) { word.append($0) }
                }
            } else {
                count()
            }
        }
        count()
        return seen
    }
}
