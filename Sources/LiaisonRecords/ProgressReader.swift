import LiaisonModel
import LiaisonYAML
import Yams

/// Reads a progress record's YAML (``Records/progress(yaml:file:rules:)``): every key checked,
/// every measure scored where it was written.
struct ProgressReader {
    var reader: NodeReader
    var warnings: [Diagnostic] = []

    /// The keys a progress record may have: whom it is for (``IdentityFields``) and what happened.
    static let keys: Set<String> = IdentityFields.keys.union([
        "sessions", "from", "to", "measures", "observations", "planChanges", "adverseEvents", "questions",
        "nextReport", "summary", "homeProgram",
    ])
    /// The kebab-case spellings of earlier versions, still read, with a warning.
    static let oldSpellings = [
        "plan-changes": "planChanges", "adverse-events": "adverseEvents", "next-report": "nextReport",
        "home-program": "homeProgram",
    ]
    static let measureKeys: Set<String> = ["measure", "date", "answers", "ticked", "score", "activities"]

    mutating func record(_ root: Node) -> (ProgressRecord, [ProgressMeasures.Scored])? {
        let allowed = Self.keys.union(Self.oldSpellings.keys)
        guard var map = reader.mapping(root, what: "the progress record", allowed: allowed) else { return nil }
        for (old, new) in Self.oldSpellings.sorted(by: { $0.key < $1.key }) {
            guard let node = map.removeValue(forKey: old) else { continue }
            warnings.append(
                Diagnostic(
                    .warning, "`\(old)` is the old spelling of `\(new)`; it is still read", at: reader.location(node)))
            if map[new] == nil { map[new] = node }
        }
        var record = ProgressRecord()
        record.identity = IdentityFields.read(map, root: root, with: &reader)
        record.sessions = sessions(map["sessions"])
        record.from = date(map["from"], what: "from")
        record.to = date(map["to"], what: "to")
        if let from = record.from, let to = record.to, to < from {
            reader.error("`to` (\(to)) is before `from` (\(from))", at: map["to"])
        }
        var scored: [ProgressMeasures.Scored] = []
        for (index, node) in reader.sequence(map["measures"], what: "measures").enumerated() {
            guard let entry = entry(node, index: index) else { continue }
            record.measures.append(entry)
            do {
                scored.append(.init(measure: entry.measure, date: entry.date, score: try entry.measure.score(entry)))
            } catch {
                reader.error(
                    "measures[\(index)] (\(entry.measure.rawValue), \(entry.date)): \(error.message)", at: node)
            }
        }
        record.observations = reader.strings(map["observations"], what: "observations").map(\.value)
        record.planChanges = reader.strings(map["planChanges"], what: "planChanges").map(\.value)
        record.adverseEvents = reader.strings(map["adverseEvents"], what: "adverseEvents").map(\.value)
        record.questions = reader.strings(map["questions"], what: "questions").map(\.value)
        record.nextReport = date(map["nextReport"], what: "nextReport")
        record.summary = reader.string(map["summary"], what: "summary")
        record.homeProgram = reader.strings(map["homeProgram"], what: "homeProgram").map(\.value)
        return (record, scored)
    }

    mutating func sessions(_ node: Node?) -> Attendance? {
        guard let node,
            let map = reader.mapping(
                node, what: "sessions", allowed: ["attended", "scheduled"], required: ["attended", "scheduled"]),
            let attended = whole(map["attended"], what: "sessions attended"),
            let scheduled = whole(map["scheduled"], what: "sessions scheduled")
        else { return nil }
        guard attended <= scheduled else {
            reader.error("sessions attended (\(attended)) must be between 0 and scheduled (\(scheduled))", at: node)
            return nil
        }
        return Attendance(attended: attended, scheduled: scheduled)
    }

    mutating func entry(_ node: Node, index: Int) -> MeasureEntry? {
        let what = "measures[\(index)]"
        guard let map = reader.mapping(node, what: what, allowed: Self.measureKeys, required: ["measure", "date"]),
            let name = reader.string(map["measure"], what: "\(what).measure")
        else { return nil }
        guard let measure = OutcomeMeasure(rawValue: name.lowercased()) else {
            let known = OutcomeMeasure.allCases.map(\.rawValue).joined(separator: ", ")
            reader.error(
                "\(what).measure '\(name)' is not a measure Liaison scores", at: map["measure"],
                notes: [
                    "use one of \(known)"
                ])
            return nil
        }
        guard let date = date(map["date"], what: "\(what).date") else { return nil }
        var entry = MeasureEntry(measure: measure, date: date)
        if let answers = map["answers"] {
            entry.answers = reader.sequence(answers, what: "\(what).answers").map { item in
                item.null != nil ? nil : whole(item, what: "\(what).answers")
            }
        }
        if let ticked = map["ticked"] {
            entry.ticked = reader.sequence(ticked, what: "\(what).ticked").compactMap {
                whole($0, what: "\(what).ticked")
            }
        }
        entry.score = reader.number(map["score"], what: "\(what).score")
        if let activities = map["activities"] {
            entry.activities = reader.sequence(activities, what: "\(what).activities").compactMap { item in
                guard
                    let pair = reader.mapping(
                        item, what: "a PSFS activity", allowed: ["activity", "score"], required: ["activity", "score"]),
                    let activity = reader.string(pair["activity"], what: "activity"),
                    let score = reader.number(pair["score"], what: "the activity's score")
                else { return nil }
                return PSFSActivity(activity: activity, score: score)
            }
        }
        return entry
    }

    mutating func date(_ node: Node?, what: String) -> CalendarDate? { reader.date(node, what: what) }

    mutating func whole(_ node: Node?, what: String) -> Int? {
        guard let node else { return nil }
        guard let value = node.int, value >= 0 else {
            reader.error("\(what) must be a whole number of zero or more", at: node)
            return nil
        }
        return value
    }
}
