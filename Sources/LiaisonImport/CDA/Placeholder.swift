import Foundation

/// Texts documents put where there is nothing to say ("No information.", "Aucune information",
/// "keine Angaben", "(Texte libre)"): not a reason for referral, not a diagnosis. Compared in lower
/// case, without surrounding punctuation, brackets and white space.
enum Placeholder {
    static let texts: Set<String> = [
        // English
        "no information", "none", "not applicable", "n/a", "na", "no data", "not specified", "unknown",
        "no problem data is applicable", "not available",
        // French
        "aucune information", "aucune", "aucun", "non renseigné", "non renseignée", "non renseigne",
        "non applicable", "sans objet", "néant", "inconnu", "inconnue", "texte libre", "pas d'information",
        // German
        "keine angaben", "keine angabe", "keine", "unbekannt", "nicht bekannt", "nicht angegeben", "freitext",
        // Italian
        "nessuna informazione", "nessuno", "sconosciuto", "non noto", "testo libero",
    ]

    private static let trimmed = CharacterSet.punctuationCharacters.union(.whitespacesAndNewlines)
        .union(CharacterSet(charactersIn: "()[]"))

    /// Openings of a text that says there is nothing ("Aucune information sur plainte
    /// principale.", "No information available on Chief Complaint") or is filler ("Lorem ipsum").
    static let openings = [
        "no information", "no reason for referral data", "aucune information", "pas d'information",
        "keine angaben", "nessuna informazione", "lorem ipsum",
    ]

    static func isPlaceholder(_ text: String) -> Bool {
        let bare = text.lowercased().trimmingCharacters(in: trimmed)
        return bare.isEmpty || texts.contains(bare) || openings.contains { bare.hasPrefix($0) }
    }
}
