import Foundation

/// Web and mail addresses in provider text ("www.e-cancer.fr", "info@krebsliga.ch"): a site's
/// name is no word of the narrative ("e-cancer.fr" says nothing about the client's cancer).
enum WebAddress {
    /// Top-level domains of the realms Liaison reads, for addresses written without "www".
    static let domains: Set<String> = [
        "com", "org", "net", "gov", "edu", "info", "eu", "fr", "de", "ch", "at", "it", "be", "lu", "uk", "us", "ca",
        "au", "nl",
    ]

    /// `text` with every web or mail address blanked out.
    static func blanked(_ text: String) -> String {
        guard text.contains(".") else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var piece = ""
        func flush() {
            out += isAddress(piece) ? String(repeating: " ", count: piece.count) : piece
            piece = ""
        }
        for character in text {
            if character.isWhitespace || character == "(" || character == ")" || character == "<" || character == ">" {
                flush()
                out.append(character)
            } else {
                piece.append(character)
            }
        }
        flush()
        return out
    }

    /// A run of text without spaces that is an address: a scheme, "www.", a mail address, or a
    /// host name ending in a known domain written in lower case ("e-cancer.fr", "krebsliga.ch/de";
    /// not "fracture.It", a full stop without its space).
    static func isAddress(_ piece: String) -> Bool {
        let lower = piece.lowercased()
        if lower.contains("://") || lower.hasPrefix("www.") { return true }
        if lower.contains("@"), lower.contains(".") { return true }
        let host = piece.split(separator: "/", maxSplits: 1).first.map(String.init) ?? piece
        let trimmed = host.trimmingCharacters(in: [".", ",", ";", ":"])
        let labels = trimmed.split(separator: ".")
        guard labels.count >= 2, let last = labels.last, domains.contains(String(last)),
            labels.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } }),
            labels.dropLast().contains(where: { $0.contains { $0.isLetter } })
        else { return false }
        return true
    }
}
