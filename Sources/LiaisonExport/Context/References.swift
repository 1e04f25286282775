/// The sources a letter cites, numbered in the order the letter first cites them ([1], [2]),
/// for the reference list at its end; knowledge-base keys (`G5`, `INF`) never reach the page.
struct References {
    /// The knowledge base's sources: key to citation.
    let catalog: [String: String]
    private(set) var cited: [String] = []
    /// The longest key, in UTF-8 bytes.
    private let longestKey: Int

    init(catalog: [String: String]) {
        self.catalog = catalog
        longestKey = catalog.keys.map(\.utf8.count).max() ?? 0
    }

    /// The number of `key`, numbering it when first cited; nil for a key the catalog lacks.
    mutating func number(_ key: String) -> Int? {
        guard catalog[key] != nil else { return nil }
        if let index = cited.firstIndex(of: key) { return index + 1 }
        cited.append(key)
        return cited.count
    }

    /// `1, 3` for the keys given (unknown ones left out); nil when none is known.
    mutating func numbers(_ keys: [String]) -> String? {
        let numbers = keys.compactMap { number($0) }.uniqued()
        return numbers.isEmpty ? nil : numbers.map(String.init).joined(separator: ", ")
    }

    /// `text` without the bracketed group of source keys at its end (`… exercise [G5, G6]`, the
    /// knowledge base's way of citing in running text), and that group numbered (`1, 2`). A
    /// group that holds anything but known keys is left in the text as written.
    mutating func split(_ text: String) -> (text: String, refs: String?) {
        guard text.hasSuffix("]"), let open = text.lastIndex(of: "[") else { return (text, nil) }
        let keys = text[text.index(after: open)..<text.index(before: text.endIndex)].split(separator: ",")
            .map { $0.trimmingWhitespace }
        guard !keys.isEmpty, keys.allSatisfy({ catalog[$0] != nil }), let numbers = numbers(keys) else {
            return (text, nil)
        }
        return (text[..<open].trimmingWhitespace, numbers)
    }

    /// The FITT source as the planner gives it (`G17: Garber et al. 2011, …`, several joined by
    /// `; `): the keys whose `KEY: citation` it holds, in order.
    func keys(inCitation text: String) -> [String] {
        // Only a key written right before ": " can start a citation: those few are searched for,
        // not the whole catalog (a search per source for every FITT line was 5% of a batch).
        let bytes = Array(text.utf8)
        var candidates = Set<String>()
        for i in bytes.indices.dropLast() where bytes[i] == UInt8(ascii: ":") && bytes[i + 1] == UInt8(ascii: " ") {
            for length in stride(from: 1, through: min(i, longestKey), by: 1) {
                let key = String(decoding: bytes[(i - length)..<i], as: UTF8.self)
                if catalog[key] != nil { candidates.insert(key) }
            }
        }
        return candidates.compactMap { key in
            catalog[key].flatMap { text.range(of: "\(key): \($0)") }.map { ($0.lowerBound, key) }
        }
        .sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// The reference list: number and citation, in citation order.
    var list: TemplateValue {
        Values.list(
            cited.enumerated().map { index, key in
                Values.compact(["number": index + 1, "text": catalog[key]])
            })
    }
}

extension Substring {
    /// Without leading and trailing white space.
    var trimmingWhitespace: String {
        var text = self
        while text.first?.isWhitespace == true { text.removeFirst() }
        while text.last?.isWhitespace == true { text.removeLast() }
        return String(text)
    }
}
