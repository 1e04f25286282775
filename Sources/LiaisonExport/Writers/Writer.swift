import Foundation
import LiaisonModel

/// A writer: a typed value of the model in, one output format's bytes out.
///
/// Writers parse nothing (no YAML, no XML) and know neither the engine nor any reader: what
/// they write is in the value. Adding a format is one folder under `Writers/` and one line in
/// ``WriterRegistry``.
public protocol Writer<Value>: Sendable {
    associatedtype Value
    /// The format's name, as `--format` spells it (`text`, `json`, `jsonl`).
    var format: String { get }
    /// The value as the format's bytes.
    func write(_ value: Value) throws -> Data
}

/// A plan with the name of the file it was made from, which the summary's title and each JSON
/// Lines object (`file`) carry.
public struct FiledPlan: Sendable {
    /// The file the plan was made from, as the user named it.
    public var file: String
    /// The plan.
    public var plan: Plan

    public init(file: String, plan: Plan) {
        self.file = file
        self.plan = plan
    }
}

/// Every writer, by what it writes and its format (pandoc's `Writers.hs`). An unknown format is
/// a typed usage error.
public enum WriterRegistry {
    /// What `liaison inspect` writes.
    public static let referral: [any Writer<Referral>] = [
        ReferralSummaryWriter(), ReferralJSONWriter(lines: false), ReferralJSONWriter(lines: true),
    ]

    /// What `liaison plan` writes.
    public static let plan: [any Writer<FiledPlan>] = [
        PlanSummaryWriter(), PlanJSONWriter(lines: false), PlanJSONWriter(lines: true),
    ]

    /// What `liaison exercises` writes.
    public static let exercises: [any Writer<[Exercise]>] = [ExerciseListWriter(), ExerciseJSONWriter()]

    /// The writer of `format` among `writers`.
    public static func writer<Value>(_ format: String, in writers: [any Writer<Value>]) throws -> any Writer<Value> {
        guard let writer = writers.first(where: { $0.format == format }) else {
            let known = writers.map(\.format).joined(separator: ", ")
            throw LiaisonError(.usage, "unknown output format '\(format)'", hint: "use one of \(known)")
        }
        return writer
    }
}
