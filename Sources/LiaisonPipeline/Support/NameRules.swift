/// Which file names the pipeline takes, and which it leaves alone.
public enum NameRules {
    /// Suffixes of files still being written by browsers, editors, copy and upload tools:
    /// Firefox and many (`.part`), WinSCP (`.filepart`), Chromium (`.crdownload`, `.crswap`),
    /// Safari (`.download`), Opera (`.opdownload`), aria2 (`.aria2`), uTorrent (`.!ut`), vim
    /// (`.swp`), and editors' backups (`~`).
    public static let temporarySuffixes = [
        ".part", ".partial", ".filepart", ".tmp", ".temp", ".crdownload", ".crswap", ".download", ".opdownload",
        ".aria2", ".!ut", ".swp", "~",
    ]

    /// Extensions a referral file has when a folder is walked (case-insensitive).
    public static let referralExtensions: Set<String> = ["xml", "cda", "ccd", "ccda"]

    /// Hidden (dot) files and names of files still being written are never taken.
    public static func isIgnored(_ name: String) -> Bool {
        if name.hasPrefix(".") { return true }
        let lower = name.lowercased()
        return temporarySuffixes.contains { lower.hasSuffix($0) }
    }

    /// A name that looks like a referral document when walking a folder.
    public static func looksLikeReferral(_ name: String) -> Bool {
        guard !isIgnored(name), let dot = name.lastIndex(of: ".") else { return false }
        return referralExtensions.contains(name[name.index(after: dot)...].lowercased())
    }
}
