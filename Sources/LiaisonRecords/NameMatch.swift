import Foundation

/// Whether the name a trainer wrote is the name on the referral: the same words whatever their
/// order, case, accents and punctuation ("Delgado, Marcus" is "Marcus A. Delgado"), initials and
/// titles aside, and at least two of them where the referral gives two.
enum NameMatch {
    /// Titles and suffixes that say nothing about who the client is.
    static let ignored: Set<String> = ["mr", "mrs", "ms", "miss", "mx", "dr", "jr", "sr", "ii", "iii"]

    /// The name's words, folded; initials and titles left out.
    static func words(_ name: String) -> Set<String>? {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        let words = folded.split { !$0.isLetter }.map(String.init).filter { $0.count > 1 && !ignored.contains($0) }
        return Set(words)
    }

    /// True when every word of `written` is a word of the referral's name, and enough of them.
    static func matches(_ written: String, _ referral: Set<String>) -> Bool {
        guard let words = words(written), !words.isEmpty else { return false }
        return words.isSubset(of: referral) && words.count >= min(2, referral.count)
    }
}
