import Foundation
import LiaisonModel
import Yams

/// Reads the YAML files beside a referral: the practice profile and the progress record.
///
/// Errors name the file and the key that is wrong, and say what to write instead.
public enum LetterInputs {
    /// Decodes a practice profile; `file` names it in errors.
    public static func practice(yaml: String, file: String) throws -> PracticeProfile {
        let profile = try decode(PracticeProfile.self, from: yaml, file: file, what: "practice profile")
        guard !profile.trainer.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw LiaisonError(
                .configuration, "practice profile: `trainer` is empty", at: SourceLocation(file: file),
                hint: "write the name that signs the letter, e.g. `trainer: Alex Morgan`")
        }
        return profile
    }

    /// Decodes a progress record and checks its figures; `file` names it in errors.
    public static func progress(yaml: String, file: String) throws -> (ProgressRecord, [MeasureChange]) {
        let record = try decode(ProgressRecord.self, from: yaml, file: file, what: "progress record")
        if let sessions = record.sessions,
            sessions.attended < 0 || sessions.scheduled < 0 || sessions.attended > sessions.scheduled
        {
            throw LiaisonError(
                .configuration,
                "progress record: sessions attended (\(sessions.attended)) must be between 0 and scheduled (\(sessions.scheduled))",
                at: SourceLocation(file: file), hint: "check `sessions: {attended: N, scheduled: M}`")
        }
        if let from = record.from, let to = record.to, to < from {
            throw LiaisonError(
                .configuration, "progress record: `to` (\(to)) is before `from` (\(from))",
                at: SourceLocation(file: file))
        }
        do {
            return (record, try ProgressMeasures.changes(in: record))
        } catch {
            throw LiaisonError(
                .configuration, "progress record: \(error.message)", at: SourceLocation(file: file),
                hint: "see README.md, \"Progress record\"")
        }
    }

    static func decode<T: Decodable>(_ type: T.Type, from yaml: String, file: String, what: String) throws -> T {
        do {
            return try YAMLDecoder().decode(T.self, from: yaml)
        } catch let error as DecodingError {
            throw LiaisonError(
                .configuration, "\(what): \(describe(error))", at: SourceLocation(file: file),
                hint: "see README.md, \"Letters to the provider\", for the format")
        } catch let error as YamlError {
            // The problem and its position only: YAML error text quotes the file, which can hold
            // client details.
            var location = SourceLocation(file: file)
            var problem = "a YAML syntax error"
            switch error {
            case .scanner(_, let text, let mark, _), .parser(_, let text, let mark, _),
                .composer(_, let text, let mark, _):
                (location.line, location.column, problem) = (mark.line, mark.column, text)
            case .duplicatedKeysInMapping(let duplicates, let context):
                (location.line, location.column) = (context.mark.line, context.mark.column)
                problem = "duplicated key \(duplicates.joined(separator: ", "))"
            default:
                break
            }
            throw LiaisonError(
                .configuration, "\(what) is not valid YAML: \(problem)", at: location,
                hint: "check the indentation and quoting")
        }
    }

    /// `key.path: what went wrong`, without Swift type names a user cannot act on.
    static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [CodingKey]) -> String {
            let text = keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return text.hasPrefix(".") ? String(text.dropFirst()) : (text.isEmpty ? "top level" : text)
        }
        switch error {
        case .keyNotFound(let key, let context):
            return "missing key `\(path(context.codingPath + [key]))`"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "`\(path(context.codingPath))` has the wrong kind of value (\(context.debugDescription))"
        case .dataCorrupted(let context):
            return "`\(path(context.codingPath))`: \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }
}
