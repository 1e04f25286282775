import LiaisonModel

/// Code to condition lookup, built once at load: exact codes in a dictionary, prefixes in a short
/// list per code system.
struct CodeIndex: Sendable {
    private var exact: [String: [Int]] = [:]
    private var prefixes: [String: [(key: String, condition: Int)]] = [:]

    init(_ conditions: [Condition]) {
        for (index, condition) in conditions.enumerated() {
            for code in condition.codes {
                if code.isPrefix {
                    prefixes[code.system, default: []].append((code.key, index))
                } else {
                    exact[code.system + "|" + code.key, default: []].append(index)
                }
            }
        }
    }

    /// Indexes of the conditions `code` selects, in knowledge-base order, without repeats.
    func conditions(for code: CodeRef) -> [Int] {
        guard let family = CodePattern.family(of: code.system) else { return [] }
        let key = CodePattern.normalize(code.code)
        var found = exact[family + "|" + key] ?? []
        for prefix in prefixes[family] ?? [] where key.hasPrefix(prefix.key) && !found.contains(prefix.condition) {
            found.append(prefix.condition)
        }
        return found.sorted()
    }
}
