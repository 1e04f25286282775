/// A quick test before Foundation's case-insensitive search, which costs far more than a look
/// at the bytes: between two ASCII strings, case-insensitive means ASCII letters compared
/// without case, so when the bytes show no such match there is none.
enum ASCIISearch {
    /// False only when `text` and `needle` are both ASCII and `text` does not contain `needle`
    /// ignoring the case of ASCII letters; true otherwise (Foundation then decides).
    static func mayContain(_ text: String, _ needle: String) -> Bool {
        var text = text
        var needle = needle
        return text.withUTF8 { haystack in
            needle.withUTF8 { pattern in
                guard !pattern.isEmpty, haystack.allSatisfy({ $0 < 0x80 }), pattern.allSatisfy({ $0 < 0x80 }) else {
                    return true
                }
                guard haystack.count >= pattern.count else { return false }
                for start in 0...(haystack.count - pattern.count) {
                    var k = 0
                    while k < pattern.count, lower(haystack[start + k]) == lower(pattern[k]) { k += 1 }
                    if k == pattern.count { return true }
                }
                return false
            }
        }
    }

    private static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }
}
