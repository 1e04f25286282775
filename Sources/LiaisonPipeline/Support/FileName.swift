import Foundation

/// File names the pipeline makes from the names users give: always within the file system's
/// 255-byte limit (NAME_MAX), and safe to print on one log line.
public enum FileName {
    /// The longest file name, in bytes, that Linux and macOS file systems accept.
    public static let maxBytes = 255

    /// `name` with `suffix` appended, the name's stem shortened (at a character boundary) when
    /// the whole would pass ``maxBytes``. A short extension (up to 16 bytes) is kept, so
    /// `very-long….xml` still ends in `.xml`.
    public static func fitting(_ name: String, adding suffix: String = "", prefix: String = "") -> String {
        let room = maxBytes - prefix.utf8.count - suffix.utf8.count
        guard name.utf8.count > room else { return prefix + name + suffix }
        let ext = (name as NSString).pathExtension
        let keep = ext.isEmpty || ext.utf8.count > 16 ? "" : "." + ext
        let stem = keep.isEmpty ? name : String(name.dropLast(keep.count))
        return prefix + truncated(stem, toBytes: max(1, room - keep.utf8.count - 1)) + "~" + keep + suffix
    }

    /// `name.xml` for 1, `name-2.xml` for 2, and so on; the extension stays last and the result
    /// fits in ``maxBytes``.
    public static func numbered(_ name: String, _ n: Int) -> String {
        guard n > 1 else { return fitting(name) }
        let ext = (name as NSString).pathExtension
        let stem = ext.isEmpty ? name : String(name.dropLast(ext.count + 1))
        if ext.isEmpty || stem.isEmpty { return fitting(name, adding: "-\(n)") }
        return fitting(stem, adding: "-\(n).\(ext)")
    }

    /// The name of the note beside the failed original `name`: `NAME.error.txt`, or for a name
    /// too long for that, a shortened one made unique by the ledger id (`NAME~.xml~L42.error.txt`).
    public static func errorNote(for name: String, id: Int64?) -> String {
        let plain = name + ".error.txt"
        return plain.utf8.count <= maxBytes ? plain : fitting(name, adding: "~L\(id ?? 0).error.txt")
    }

    /// The longest prefix of `text` of at most `limit` UTF-8 bytes that ends on a character.
    static func truncated(_ text: String, toBytes limit: Int) -> String {
        var result = ""
        var used = 0
        for character in text {
            let size = character.utf8.count
            if used + size > limit { break }
            result.append(character)
            used += size
        }
        return result
    }

    /// `name` as it may appear in a log line or a one-line message: control characters
    /// (newlines, tabs, escape sequences) written as `\n`, `\t`, `\u{1B}`, so a file name can
    /// never split a line or forge another one.
    public static func printable(_ name: String) -> String {
        guard name.unicodeScalars.contains(where: isControl) else { return name }
        var out = ""
        for scalar in name.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where isControl(scalar): out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar == "\u{2028}" || scalar == "\u{2029}"
    }

    /// `raw` as UTF-8 where it is, each byte that is not written `%XX` (and `%` itself `%25`,
    /// so two different names never meet).
    public static func escapingInvalidUTF8(_ raw: [UInt8]) -> String {
        var out = ""
        var i = 0
        while i < raw.count {
            var length = 1
            let lead = raw[i]
            if lead >= 0xC2 && lead <= 0xDF {
                length = 2
            } else if lead >= 0xE0 && lead <= 0xEF {
                length = 3
            } else if lead >= 0xF0 && lead <= 0xF4 {
                length = 4
            }
            if lead < 0x80 || length > 1, i + length <= raw.count,
                let piece = String(validating: raw[i..<(i + length)], as: UTF8.self), piece != "%"
            {
                out += piece
                i += length
            } else {
                out += String(format: "%%%02X", lead)
                i += 1
            }
        }
        return out
    }
}
