import Foundation
import LiaisonModel
import LiaisonYAML
import Yams

/// A client profile as read: what the planner uses, whom it is for, and where the keys that
/// can contradict the referral were written.
public struct ClientRecord: Hashable, Sendable {
    /// What the planner uses.
    public var profile: ClientProfile
    /// Whom the profile is for (`name`, `birthDate`, `referral`).
    public var identity: ClientIdentity
    /// Where `age` and `pregnancyWeeks` were written, for errors that point at them.
    public var locations: [String: SourceLocation]

    public init(profile: ClientProfile, identity: ClientIdentity, locations: [String: SourceLocation] = [:]) {
        self.profile = profile
        self.identity = identity
        self.locations = locations
    }
}

/// Reads a client profile (`--client FILE`, a client folder's `client.yaml`), a small YAML file
/// the trainer keeps:
///
/// ```yaml
/// name: Gloria Hensley      # as on the referral; checked against it
/// birthDate: 1967-12-03     # as on the referral; checked against it
/// referral: LIA-REF-2026-0104   # the referral's id; optional, checked when given
/// age: 58
/// pregnancyWeeks: 20        # leave out when not pregnant
/// surgeryDate: 2026-08-14   # YYYY-MM-DD, for post-surgical precautions
/// goals: [walk the dog for 30 minutes]
/// equipment: [dumbbell, band, bike]   # leave out or empty: any equipment
/// ```
public enum ClientProfileReader {
    static let keys: Set<String> = IdentityFields.keys.union([
        "age", "pregnancyWeeks", "surgeryDate", "goals", "equipment", "notes",
    ])

    /// Reads the profile at `url`; `url.relativePath` names it in errors.
    public static func read(contentsOf url: URL) throws -> ClientRecord {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw LiaisonError(
                .io, "cannot read the client profile", at: SourceLocation(file: url.relativePath),
                hint: "check the path and that the file is UTF-8 text")
        }
        return try record(yaml: text, path: url.relativePath)
    }

    /// Parses profile YAML; `path` names the file in errors.
    public static func read(yaml text: String, path: String) throws -> ClientProfile {
        try record(yaml: text, path: path).profile
    }

    /// Parses profile YAML with its identity; `path` names the file in errors.
    public static func record(yaml text: String, path: String) throws -> ClientRecord {
        var reader = NodeReader(file: path)
        var record = ClientRecord(
            profile: ClientProfile(), identity: ClientIdentity(at: SourceLocation(file: path, line: 1, column: 1)))
        if let root = Records.compose(text, with: &reader),
            let map = reader.mapping(root, what: "the client profile", allowed: keys)
        {
            record.identity = IdentityFields.read(map, root: root, with: &reader)
            record.profile.age = whole(&reader, map["age"], what: "age", range: 0...120)
            record.profile.pregnancyWeeks = whole(
                &reader, map["pregnancyWeeks"], what: "pregnancyWeeks", range: 0...45)
            record.profile.surgeryDate = reader.date(map["surgeryDate"], what: "surgeryDate")
            record.profile.goals = reader.strings(map["goals"], what: "goals").map(\.value)
            record.profile.equipment = reader.strings(map["equipment"], what: "equipment").map(\.value)
            for key in ["age", "pregnancyWeeks"] {
                if let node = map[key] { record.locations[key] = reader.location(node) }
            }
        }
        try Records.stop(at: reader, what: "client profile", hint: "see Samples/client-*.yaml for the format")
        return record
    }

    private static func whole(_ reader: inout NodeReader, _ node: Node?, what: String, range: ClosedRange<Int>) -> Int?
    {
        guard let node else { return nil }
        guard let value = node.int, range.contains(value) else {
            reader.error("\(what) must be a whole number from \(range.lowerBound) to \(range.upperBound)", at: node)
            return nil
        }
        return value
    }
}
