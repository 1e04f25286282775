/// The words of person names that are not names: titles (shown first), civilities (shown first
/// only when there is no title) and credentials (shown last), in the languages of the realms
/// Liaison reads; and how name parts are cased for display.
enum NameWords {
    /// Academic and professional titles, compared without case and without a final dot.
    static let titles: Set<String> = [
        "dr", "doctor", "docteur", "doktor", "dr. med", "dr med", "dr. med. dent", "dr. phil", "prof", "pr",
        "professor", "professeur", "prof. dr", "dott", "dott.ssa", "dottore", "dottoressa",
    ]
    /// Civilities ("Mr", "Mme", "Herr"), compared the same way.
    static let civilities: Set<String> = [
        "m", "mr", "mrs", "ms", "miss", "mx", "mme", "mlle", "madame", "monsieur", "mademoiselle", "herr", "frau",
        "sig", "sig.ra", "signor", "signora",
    ]
    /// Upper-case forms written out as the realm writes them in running text.
    static let displayForms: [String: String] = [
        "DR": "Dr.", "DR.": "Dr.", "PR": "Pr", "PROF": "Prof.", "PROF.": "Prof.", "M": "M.", "MME": "Mme",
        "MLLE": "Mlle", "MR": "Mr", "MRS": "Mrs", "MS": "Ms",
    ]

    /// One name part, classified.
    struct Word {
        let text: String
        private let key: String

        init(_ text: String) {
            self.text = text
            var key = text.lowercased()
            while key.hasSuffix(".") { key.removeLast() }
            self.key = key
        }

        var isTitle: Bool { NameWords.titles.contains(key) }
        var isCivility: Bool { NameWords.civilities.contains(key) }
        /// The title as shown: "DR" becomes "Dr.", "Dr. med." stays as written.
        var title: String { NameWords.displayForms[text] ?? text }
        var civility: String { NameWords.displayForms[text] ?? text }
    }

    /// Whether a suffix is a credential or generation ("MD", "M.D.", "RN", "Jr", "III",
    /// "CSCS, CMES"), shown after the name, rather than a description of the person's post
    /// ("Facharzt für Allgemeine Medizin"), shown after a comma: every word is short or all
    /// capitals.
    static func isCredential(_ suffix: String) -> Bool {
        let words = suffix.split { $0 == " " || $0 == "," }
        return words.allSatisfy { word in word.count <= 6 || word.allSatisfy { !$0.isLowercase } }
    }

    /// A part written all in capitals ("BIDEAULT", "PAT-TROIS") in title case ("Bideault",
    /// "Pat-Trois"); any other part as written. Initials ("J", "J.") are kept.
    static func displayCase(_ part: String) -> String {
        let letters = part.filter(\.isLetter)
        guard letters.count >= 2, letters.allSatisfy({ !$0.isLowercase }) else { return part }
        var out = ""
        var startOfWord = true
        for character in part {
            out += startOfWord ? character.uppercased() : character.lowercased()
            startOfWord = !character.isLetter
        }
        return out
    }

    /// `words` without repeats, compared without case.
    static func uniqued(_ words: [String]) -> [String] {
        var seen: Set<String> = []
        return words.filter { seen.insert($0.lowercased()).inserted }
    }

    /// Titles without repeats, a title that a longer one starts with left out ("Dr" beside
    /// "Dr. med.").
    static func uniquedTitles(_ titles: [String]) -> [String] {
        let keys = titles.map { $0.lowercased().filter(\.isLetter) }
        return uniqued(
            titles.enumerated().filter { index, _ in
                !keys.enumerated().contains { other, key in
                    other != index && key.count > keys[index].count && key.hasPrefix(keys[index])
                }
            }.map(\.element))
    }
}
