/// The ``Lemmatizer``'s String steps done on UTF-8 bytes for a plain ASCII word, the common
/// case: there every Character is one byte, so counts, suffixes and prefixes are the bytes'.
/// Each function answers nil where it cannot decide so (a word or a listed piece that is not
/// ASCII), and the lemmatizer then takes its String path: the answers are the same either way.
struct LemmaBytes: Sendable {
    /// Listed pieces (suffixes, compound parts) in the lemmatizer's order, and their bytes (nil
    /// where not plain ASCII).
    let strings: [String]
    let pieces: [[UInt8]?]

    init(_ pieces: [String]) {
        strings = pieces
        self.pieces = pieces.map { piece in Self.isPlain(piece) ? Array(piece.utf8) : nil }
    }

    /// Whether `word` is ASCII with one Character per byte (no carriage return and line feed).
    static func isPlain(_ word: String) -> Bool { word.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D } }

    /// `Lemmatizer.strip` for a plain word, the suffixes being `pieces`; nil when the word is
    /// not plain or a suffix that is not ASCII would have to be compared.
    func strip(_ word: String, shortest: Int) -> String? {
        guard Self.isPlain(word) else { return nil }
        let w = Array(word.utf8)
        let n = w.count
        guard n > shortest, w.allSatisfy({ ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }) else { return word }
        var end = n
        var addY = false
        for (suffix, bytes) in zip(strings, pieces) {
            guard let bytes else {
                if word.hasSuffix(suffix) && n - suffix.count >= shortest { return nil }
                continue
            }
            guard n >= bytes.count, n - bytes.count >= shortest, w[(n - bytes.count)...].elementsEqual(bytes) else {
                continue
            }
            // "s" is no suffix after "s", "u" or "i" ("ss", "us", "is").
            if bytes == [0x73], n >= 2, w[n - 1] == 0x73, [0x73, 0x75, 0x69].contains(w[n - 2]) { continue }
            end = n - bytes.count
            addY = bytes == Array("ies".utf8)
            break
        }
        var stem = Array(w[..<end])
        if addY { stem.append(UInt8(ascii: "y")) }
        if stem.count > shortest, stem.last == UInt8(ascii: "e") { stem.removeLast() }
        if stem.count > shortest, let last = stem.last, last == stem[stem.count - 2],
            !Array("aeioulsz".utf8).contains(last)
        {
            stem.removeLast()
        }
        return stem.count == n ? word : String(decoding: stem, as: UTF8.self)
    }

    /// The index of the first piece that `word` ends with (`suffix`) or starts with, leaving at
    /// least `shortest` Characters; nil `decided` when the String path must answer.
    func first(in word: String, suffix: Bool, shortest: Int) -> (decided: Bool, index: Int?) {
        guard Self.isPlain(word) else { return (false, nil) }
        let n = word.utf8.count
        for (index, bytes) in pieces.enumerated() {
            guard let bytes else {
                let piece = strings[index]
                let fits = suffix ? word.hasSuffix(piece) : word.hasPrefix(piece)
                if fits && n - piece.count >= shortest { return (false, nil) }
                continue
            }
            guard n - bytes.count >= shortest else { continue }
            if suffix ? word.utf8.suffix(bytes.count).elementsEqual(bytes) : word.utf8.starts(with: bytes) {
                return (true, index)
            }
        }
        return (true, nil)
    }
}
