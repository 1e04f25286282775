/// The name after "Dear": the title and family name when the provider is a doctor ("Dr. Marsh"
/// for `Helen Marsh MD`, `Dr. Helen Marsh, MD` or `Prof. Dr. Anna Weber`), else the name
/// without credentials ("Helen Marsh" for `Helen Marsh, PT`); nil when the referral gives no
/// person's name, for "Dear colleague".
///
/// The readers give one display name, titles first and credentials last (CDA `prefix`, `given`,
/// `family`, `suffix`; the plain format's free text), so this reads that order back.
enum Salutation {
    /// Titles written before a name, lower-cased without dots; each is kept as written.
    static let titles: Set<String> = [
        "dr", "doctor", "docteur", "doktor", "prof", "professor", "professeur", "pr", "dott", "dottssa",
        "dottore", "dottoressa",
    ]
    /// Titles that mean "Dr." when written out.
    static let writtenOutDoctor: Set<String> = ["doctor", "docteur", "doktor"]
    /// Degrees after a name that make its holder "Dr." (physicians: MD, DO).
    static let doctorDegrees: Set<String> = ["MD", "DO"]
    /// Generations after a name, which a salutation leaves out.
    static let generations: Set<String> = ["JR", "SR", "II", "III", "IV"]
    /// Lower-case words that belong to a family name that follows ("van", "de la").
    static let particles: Set<String> = ["van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "del", "ter"]

    static func name(_ full: String?) -> String? {
        guard let full else { return nil }
        let parts = full.split(separator: ",", maxSplits: 1)
        var words = (parts.first ?? "").split(separator: " ").map(String.init)
        var credentials = parts.count > 1 ? parts[1].split { $0 == " " || $0 == "," }.map(String.init) : []
        var front: [String] = []
        while let first = words.first, titles.contains(key(first)) {
            front.append(writtenOutDoctor.contains(key(first)) ? "Dr." : first)
            words.removeFirst()
        }
        while words.count > 1, let last = words.last, isCredential(last) {
            credentials.insert(last, at: 0)
            words.removeLast()
        }
        guard let family = familyName(words) else { return nil }
        let degrees = Set(credentials.map { key($0).uppercased() })
        if front.isEmpty, !degrees.isDisjoint(with: doctorDegrees) { front = ["Dr."] }
        return front.isEmpty ? words.joined(separator: " ") : (front + [family]).joined(separator: " ")
    }

    /// The last word and the particles before it.
    static func familyName(_ words: [String]) -> String? {
        guard var index = words.indices.last else { return nil }
        while index > 1, particles.contains(words[index - 1]) { index -= 1 }
        return words[index...].joined(separator: " ")
    }

    /// A degree or generation: written in capitals ("MD", "M.D.", "DPT", "III") or a known one.
    static func isCredential(_ word: String) -> Bool {
        let letters = word.filter(\.isLetter)
        if generations.contains(letters.uppercased()) { return true }
        return (2...6).contains(letters.count) && letters.allSatisfy(\.isUppercase)
    }

    /// Lower case, without dots: `Dr.` is `dr`, `M.D.` is `md`.
    static func key(_ word: String) -> String { word.lowercased().filter { $0 != "." } }
}
