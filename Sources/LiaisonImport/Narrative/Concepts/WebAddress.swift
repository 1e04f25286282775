/// Web and mail addresses in provider text ("www.e-cancer.fr", "info@krebsliga.ch"): a site's
/// name is no word of the narrative ("e-cancer.fr" says nothing about the client's cancer).
enum WebAddress {
    /// Top-level domains of the realms Liaison reads, for addresses written without "www".
    static let domains: Set<String> = [
        "com", "org", "net", "gov", "edu", "info", "eu", "fr", "de", "ch", "at", "it", "be", "lu", "uk", "us", "ca",
        "au", "nl",
    ]

    /// `text` with every web or mail address blanked out. Text without a full stop or an "@"
    /// inside a word (most sentences) is returned as it is, at the cost of one pass over its
    /// bytes.
    static func blanked(_ text: String) -> String {
        var text = text
        let inside = text.withUTF8 { bytes in
            bytes.indices.dropFirst().dropLast().contains { i in
                (bytes[i] == UInt8(ascii: ".") || bytes[i] == UInt8(ascii: "@")) && bytes[i + 1] > 0x20
                    && bytes[i - 1] > 0x20
            }
        }
        guard inside else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        func flush(_ end: String.Index) {
            let piece = Substring(scalars[start..<end])
            if isAddress(piece) {
                out.append(contentsOf: repeatElement(" ", count: piece.unicodeScalars.count))
            } else {
                out += piece
            }
        }
        var i = start
        while i < scalars.endIndex {
            let scalar = scalars[i]
            let next = scalars.index(after: i)
            if scalar.isSpace || "()<>".unicodeScalars.contains(scalar) {
                flush(i)
                out.unicodeScalars.append(scalar)
                start = next
            }
            i = next
        }
        flush(scalars.endIndex)
        return out
    }

    /// A run of text without spaces that is an address: a scheme, "www.", a mail address, or a
    /// host name ending in a known domain written in lower case ("e-cancer.fr", "krebsliga.ch/de";
    /// not "fracture.It", a full stop without its space).
    static func isAddress(_ piece: Substring) -> Bool {
        mayBeAddress(piece.utf8) && isAddress(String(piece))
    }

    /// False only where ``isAddress(_:)`` is false, seen from the bytes alone (lower-casing makes
    /// no colon, "@" or full stop, and only "W" becomes "w"): no "://", no "www." start, no "@"
    /// and no full stop followed by a known domain that ends the ASCII letters and digits there.
    private static func mayBeAddress(_ bytes: Substring.UTF8View) -> Bool {
        guard let first = bytes.first else { return false }
        if first == UInt8(ascii: "w") || first == UInt8(ascii: "W") { return true }
        if bytes.contains(UInt8(ascii: ":")) || bytes.contains(UInt8(ascii: "@")) { return true }
        var i = bytes.startIndex
        while let dot = bytes[i...].firstIndex(of: UInt8(ascii: ".")) {
            let start = bytes.index(after: dot)
            let end = bytes[start...].firstIndex { !isASCIIAlphanumeric($0) } ?? bytes.endIndex
            if start < end, domains.contains(String(decoding: bytes[start..<end], as: UTF8.self)) { return true }
            i = start
        }
        return false
    }

    private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
    }

    static func isAddress(_ piece: String) -> Bool {
        let lower = piece.lowercased()
        if lower.contains("://") || lower.hasPrefix("www.") { return true }
        if lower.contains("@"), lower.contains(".") { return true }
        var host = piece.split(separator: "/", maxSplits: 1).first.map(String.init) ?? piece
        while let last = host.last, ",;:.!?".contains(last) { host.removeLast() }
        let labels = host.split(separator: ".").filter { !$0.isEmpty }
        guard labels.count >= 2, let last = labels.last, domains.contains(String(last)),
            labels.allSatisfy({ $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } }),
            labels.dropLast().contains(where: { $0.contains { $0.isLetter } })
        else { return false }
        return true
    }
}
