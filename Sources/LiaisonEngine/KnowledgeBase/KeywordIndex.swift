/// Display-text keyword lookup, built once at load. Keywords match at the start of a word
/// ("fusion" is not found in "confusion"; "herniat" is found in "herniated"), ignoring ASCII
/// case. Most diagnoses of a real problem list reach this fallback, so it is one byte scan over
/// the text that tries only the keywords starting with the byte at each word start.
struct KeywordIndex: Sendable {
    private struct Entry: Sendable {
        var bytes: [UInt8]
        var word: String
        var condition: Int
    }

    private var entries: [Entry] = []
    /// First byte of a keyword to the entries starting with it, in knowledge-base order.
    private var byFirstByte: [[Int]] = Array(repeating: [], count: 256)

    init(_ conditions: [Condition]) {
        for (index, condition) in conditions.enumerated() {
            for word in condition.keywords {
                let bytes = Array(word.lowercased().utf8)
                guard let first = bytes.first else { continue }
                byFirstByte[Int(first)].append(entries.count)
                entries.append(Entry(bytes: bytes, word: word, condition: index))
            }
        }
    }

    /// Conditions (in knowledge-base order, without repeats) with a keyword in `text`, and the
    /// keywords that matched.
    func conditions(in text: String) -> (conditions: [Int], words: [String]) {
        let haystack = text.utf8.map(Self.lower)
        var hits: [Int] = []
        var previousIsWord = false
        for (start, byte) in haystack.enumerated() {
            defer { previousIsWord = Self.isWordByte(byte) }
            if previousIsWord { continue }
            for entryIndex in byFirstByte[Int(byte)] where !hits.contains(entryIndex) {
                let needle = entries[entryIndex].bytes
                if start + needle.count <= haystack.count,
                    haystack[start..<(start + needle.count)].elementsEqual(needle)
                {
                    hits.append(entryIndex)
                }
            }
        }
        var conditions: [Int] = []
        var words: [String] = []
        for entryIndex in hits.sorted() {
            let entry = entries[entryIndex]
            guard !conditions.contains(entry.condition) else { continue }  // its first keyword names it
            conditions.append(entry.condition)
            if !words.contains(entry.word) { words.append(entry.word) }
        }
        return (conditions, words)
    }

    private static func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte }

    /// ASCII letters and any byte of a multi-byte character count as part of a word.
    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || byte >= 0x80
    }
}
