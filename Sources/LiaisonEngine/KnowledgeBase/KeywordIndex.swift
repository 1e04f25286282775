/// Display-text keyword lookup, built once at load: each keyword as lower-case UTF-8 bytes,
/// matched at the start of a word ("fusion" is not found in "confusion"; "herniat" is found in
/// "herniated"), with a byte scan rather than Foundation string search, since most diagnoses in
/// a problem list reach this fallback.
struct KeywordIndex: Sendable {
    private var entries: [(bytes: [UInt8], word: String, condition: Int)] = []

    init(_ conditions: [Condition]) {
        for (index, condition) in conditions.enumerated() {
            for word in condition.keywords { entries.append((Array(word.lowercased().utf8), word, index)) }
        }
    }

    /// Conditions (in knowledge-base order, without repeats) with a keyword in `text`, and the
    /// keywords that matched.
    func conditions(in text: String) -> (conditions: [Int], words: [String]) {
        let haystack = Array(text.lowercased().utf8)
        var found: [Int] = []
        var words: [String] = []
        for entry in entries where found.last != entry.condition && Self.containsWord(haystack, entry.bytes) {
            found.append(entry.condition)
            if !words.contains(entry.word) { words.append(entry.word) }
        }
        return (found, words)
    }

    /// Whether `needle` starts a word in `haystack` (the byte before is not an ASCII letter or
    /// part of a multi-byte character).
    static func containsWord(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return false }
        var start = 0
        while start <= haystack.count - needle.count {
            if haystack[start] == needle[0], start == 0 || !isWordByte(haystack[start - 1]) {
                var offset = 1
                while offset < needle.count, haystack[start + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return true }
            }
            start += 1
        }
        return false
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || byte >= 0x80
    }
}
