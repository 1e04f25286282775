import Foundation
import LiaisonModel
import LiaisonYAML
import Yams

/// Reads a client profile (`--client FILE`), a small YAML file the trainer keeps:
///
/// ```yaml
/// age: 58
/// pregnancyWeeks: 20        # leave out when not pregnant
/// surgeryDate: 2026-08-14   # YYYY-MM-DD, for post-surgical precautions
/// goals: [walk the dog for 30 minutes]
/// equipment: [dumbbell, band, bike]   # leave out or empty: any equipment
/// ```
public enum ClientProfileReader {
    static let keys: Set<String> = ["age", "pregnancyWeeks", "surgeryDate", "goals", "equipment", "notes"]

    public static func read(contentsOf url: URL) throws -> ClientProfile {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw LiaisonError(
                .io, "cannot read the client profile", at: SourceLocation(file: url.path),
                hint: "check the path and that the file is UTF-8 text")
        }
        return try read(yaml: text, path: url.path)
    }

    /// Parses profile YAML; `path` names the file in errors.
    public static func read(yaml text: String, path: String) throws -> ClientProfile {
        var reader = NodeReader(file: path)
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            reader.diagnostics.append(NodeReader.yamlError(error, file: path))
            root = nil
        }
        var profile = ClientProfile()
        if let root, let map = reader.mapping(root, what: "the client profile", allowed: keys) {
            profile.age = whole(&reader, map["age"], what: "age", range: 0...120)
            profile.pregnancyWeeks = whole(&reader, map["pregnancyWeeks"], what: "pregnancyWeeks", range: 0...45)
            if let node = map["surgeryDate"], let value = reader.string(node, what: "surgeryDate") {
                profile.surgeryDate = CalendarDate(value)
                if profile.surgeryDate == nil { reader.error("surgeryDate must be a date YYYY-MM-DD", at: node) }
            }
            profile.goals = reader.strings(map["goals"], what: "goals").map(\.value)
            profile.equipment = reader.strings(map["equipment"], what: "equipment").map(\.value)
        }
        if let first = reader.diagnostics.first {
            throw LiaisonError(
                .configuration, "invalid client profile: \(first.message)", at: first.location,
                hint: "see Samples/client-*.yaml for the format")
        }
        return profile
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
