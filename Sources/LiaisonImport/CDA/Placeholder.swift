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

    static func isPlaceholder(_ text: String) -> Bool {
        let bare = text.lowercased().trimmingCharacters(in: trimmed)
        return bare.isEmpty || texts.contains(bare)
    }
}
