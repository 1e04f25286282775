import Foundation
import LiaisonExport
import LiaisonModel

extension Workspace {
    /// `referral` written in `format` (`text`, `json`, `jsonl`) by its writer.
    public static func write(_ referral: Referral, as format: String) throws -> Data {
        try WriterRegistry.writer(format, in: WriterRegistry.referral).write(referral)
    }

    /// `plan`, made from `file`, written in `format` (`text`, `json`, `jsonl`) by its writer.
    public static func write(_ plan: Plan, file: String, as format: String) throws -> Data {
        try WriterRegistry.writer(format, in: WriterRegistry.plan).write(FiledPlan(file: file, plan: plan))
    }

    /// The exercise library written in `format` (`text`, `json`).
    public func exerciseList(as format: String) throws -> Data {
        try WriterRegistry.writer(format, in: WriterRegistry.exercises).write(knowledgeBase.exercises)
    }
}
