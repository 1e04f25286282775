import Foundation
import LiaisonModel
import LiaisonYAML
import Yams

/// The keys every client record shares to say whom it is for: `name`, `birthDate` and
/// `referral` (the referral's document id). Client profiles and progress records read them
/// here, once.
enum IdentityFields {
    static let keys: Set<String> = ["name", "birthDate", "referral"]

    /// The identity written in `map` (a record's top-level mapping, found at `root`).
    static func read(_ map: [String: Node], root: Node, with reader: inout NodeReader) -> ClientIdentity {
        var identity = ClientIdentity(at: reader.location(root))
        identity.name = reader.located(map["name"], what: "name").flatMap(nonBlank)
        if let node = map["birthDate"], let date = reader.date(node, what: "birthDate") {
            identity.birthDate = Located(date, at: reader.location(node))
        }
        identity.referral = reader.located(map["referral"], what: "referral").flatMap(nonBlank)
        return identity
    }

    private static func nonBlank(_ text: Located<String>) -> Located<String>? {
        let trimmed = text.value.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? nil : Located(trimmed, at: text.location)
    }
}
