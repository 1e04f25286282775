import Foundation
import LiaisonModel
import LiaisonYAML
import Yams

/// A record read: the value and what the reader noticed that is not an error (an old spelling
/// of a key).
public struct RecordReading<Value: Sendable>: Sendable {
    public var value: Value
    public var warnings: [Diagnostic]
}

/// The records a trainer keeps beside the referrals, as YAML with camelCase keys (like the
/// knowledge base and the JSON contracts): the practice profile and the progress record (the
/// client profile is ``ClientProfileReader``). Every problem is a diagnostic with its line and
/// column; the first error stops the reading as a ``LiaisonError`` naming it.
public enum Records {
    /// The practice profile's keys, one per line so a new one is a one-line change.
    static let practiceKeys: Set<String> = [
        "trainer",
        "credentials",
        "practice",
        "address",
        "phone",
        "email",
        "voice",
        "paper",
    ]

    /// Reads a practice profile; `file` names it in errors.
    public static func practice(yaml: String, file: String) throws -> PracticeProfile {
        var reader = NodeReader(file: file)
        var profile: PracticeProfile?
        if let root = compose(yaml, with: &reader),
            let map = reader.mapping(root, what: "the practice profile", allowed: practiceKeys, required: ["trainer"])
        {
            let trainer = reader.string(map["trainer"], what: "trainer") ?? ""
            if map["trainer"] != nil, trainer.trimmingCharacters(in: .whitespaces).isEmpty {
                reader.error(
                    "`trainer` is empty", at: map["trainer"],
                    notes: ["write the name that signs the letter, e.g. `trainer: Alex Morgan`"])
            }
            profile = PracticeProfile(
                trainer: trainer, credentials: reader.string(map["credentials"], what: "credentials"),
                practice: reader.string(map["practice"], what: "practice"),
                address: reader.string(map["address"], what: "address"),
                phone: reader.string(map["phone"], what: "phone"), email: reader.string(map["email"], what: "email"),
                voice: reader.choice(map["voice"], what: "voice") ?? .singular,
                paper: reader.choice(map["paper"], what: "paper") ?? .letter)
        }
        try stop(at: reader, what: "practice profile", hint: "see Samples/practice.yaml for the format")
        return profile ?? PracticeProfile(trainer: "")
    }

    /// Reads a progress record and scores its measures by `rules` (the knowledge base's
    /// `measures`); `file` names it in errors.
    public static func progress(
        yaml: String, file: String, rules: [OutcomeMeasure: ChangeRule]
    ) throws -> RecordReading<(ProgressRecord, [MeasureChange])> {
        var reader = NodeReader(file: file)
        var record = ProgressRecord()
        var warnings: [Diagnostic] = []
        var scored: [ProgressMeasures.Scored] = []
        if let root = compose(yaml, with: &reader) {
            var progress = ProgressReader(reader: reader)
            if let read = progress.record(root) { (record, scored) = read }
            (reader, warnings) = (progress.reader, progress.warnings)
        }
        try stop(at: reader, what: "progress record", hint: "see Samples/progress-*.yaml for the format")
        return RecordReading(value: (record, ProgressMeasures.changes(scored, rules: rules)), warnings: warnings)
    }

    /// The composed YAML, or nil with a located syntax error (which never quotes the file: it
    /// holds client details). An empty file is an empty mapping.
    static func compose(_ yaml: String, with reader: inout NodeReader) -> Node? {
        do {
            return try Yams.compose(yaml: yaml) ?? Node.mapping(Node.Mapping([]))
        } catch {
            reader.diagnostics.append(NodeReader.yamlError(error, file: reader.file))
            return nil
        }
    }

    /// Throws the first error `reader` found, as one line.
    static func stop(at reader: NodeReader, what: String, hint: String) throws {
        guard let first = reader.diagnostics.first(where: { $0.severity == .error }) else { return }
        let notes = first.notes.isEmpty ? "" : " (\(first.notes.joined(separator: "; ")))"
        throw LiaisonError(.configuration, "invalid \(what): \(first.message)\(notes)", at: first.location, hint: hint)
    }
}
