import LiaisonModel
import LiaisonYAML
import Yams

extension NodeReader {
    /// A value that must be one of `Choice`'s raw values (`voice: I`, `paper: a4`); nil when
    /// absent, and an error at the value, naming the allowed ones, when it is none of them.
    mutating func choice<Choice: RawRepresentable & CaseIterable>(_ node: Node?, what: String) -> Choice?
    where Choice.RawValue == String {
        guard let node, let text = string(node, what: what) else { return nil }
        if let chosen = Choice(rawValue: text) { return chosen }
        let known = Choice.allCases.map { "`\(what): \($0.rawValue)`" }.joined(separator: " or ")
        error("unknown \(what) '\(text)'", at: node, notes: ["write \(known)"])
        return nil
    }
}
