import Foundation
import GRDB
import LiaisonKit
import LiaisonModel

/// `OUTPUT/batch-report.json`: every input of the run with its status, plan status, outputs
/// and error, and the counts. Built from the ledger, so a restarted batch reports what the
/// first run did too, and streamed from it one document at a time, so memory stays flat
/// whatever the number of documents.
public struct BatchReport: Codable, Sendable, Equatable {
    /// One input of the batch.
    public struct Item: Codable, Sendable, Equatable {
        /// The input path relative to its input root.
        public var input: String
        /// `ok`, `failed` or `duplicate`.
        public var status: String
        /// The plan's status, `ready`, `needs-review` or `refer-back`, for a converted input (for
        /// a duplicate, its original's); null otherwise.
        public var plan: String?
        /// Output files, relative to the output folder.
        public var outputs: [String]
        /// What is wrong and what to do, for `failed`.
        public var error: String?
        /// The kind of error, for `failed` (`malformed-input`, `io`, …: the exit code it has on the
        /// command line); null when the input did not fail or failed before codes were recorded.
        public var errorCode: LiaisonError.Code?
        /// For `duplicate`: the input with the same content that was converted.
        public var duplicateOf: String?

        enum CodingKeys: String, CodingKey { case input, status, plan, outputs, error, errorCode, duplicateOf }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(input, forKey: .input)
            try container.encode(status, forKey: .status)
            try container.encode(plan, forKey: .plan)  // null rather than absent: a stable shape
            try container.encode(outputs, forKey: .outputs)
            try container.encode(error, forKey: .error)
            try container.encode(errorCode, forKey: .errorCode)
            try container.encodeIfPresent(duplicateOf, forKey: .duplicateOf)
        }
    }

    public var documents: [Item]
    public var summary: BatchSummary

    public static let fileName = "batch-report.json"

    /// Streams the run's entries from `ledger` into `folder/batch-report.json` (written under a
    /// temporary name, mode 0600, then renamed) and returns the counts.
    ///
    /// A duplicate of an input that failed is reported as failed too, with the original's
    /// reason: its content cannot be converted either. (Whether the original has failed is only
    /// known once it is done, so the ledger keeps such an input as a duplicate.)
    static func write(from ledger: Ledger, runID: String, to folder: URL) throws -> BatchSummary {
        let target = folder.appendingPathComponent(fileName)
        let writer = try StreamingFile(replacing: target)
        let summary = try ledger.read { db in
            var summary = BatchSummary()
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            try writer.append("{\n  \"documents\" : [")
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT d.originalName, d.status, d.outputFolder, d.outputs, d.error, d.errorCode, d.plan, \
                    o.originalName AS originalOf, o.status AS originalStatus, o.error AS originalError, \
                    o.errorCode AS originalErrorCode, \
                    o.plan AS originalPlan \
                    FROM batch_document d LEFT JOIN batch_document o ON o.id = d.duplicateOf \
                    WHERE d.runID = ? ORDER BY d.originalName, d.id
                    """,
                arguments: [runID])
            var first = true
            while let row = try rows.next() {
                let (item, status) = Self.item(row)
                summary.count(status, plan: item.plan.flatMap(Plan.Status.init(rawValue:)))
                try writer.append(first ? "\n    " : ",\n    ")
                try writer.append(try encoder.encode(item))
                first = false
            }
            try writer.append(first ? "],\n  \"summary\" : " : "\n  ],\n  \"summary\" : ")
            try writer.append(try encoder.encode(summary))
            try writer.append("\n}\n")
            return summary
        }
        try writer.commit()
        return summary
    }

    /// One report line from a ledger row joined with its original's, and the status it counts as.
    static func item(_ row: Row) -> (Item, DocumentStatus) {
        var status = DocumentStatus(rawValue: row["status"]) ?? .failed
        var item = Item(
            input: row["originalName"], status: "", plan: row["plan"], outputs: [], error: row["error"],
            errorCode: row["errorCode"])
        if let original: String = row["originalOf"] {
            item.duplicateOf = original
            item.plan = row["originalPlan"]
            if row["originalStatus"] == DocumentStatus.failed.rawValue {
                status = .failed
                item.plan = nil
                let reason: String = row["originalError"] ?? "unknown"
                item.error = "same content as \(original), which failed: \(reason)"
                item.errorCode = row["originalErrorCode"]
            }
        }
        if status == .ok, let folder: String = row["outputFolder"] {
            let outputs =
                (try? JSONDecoder().decode([Artifact].self, from: Data((row["outputs"] as String? ?? "[]").utf8))) ?? []
            item.outputs = outputs.map { "\(folder)/\($0.fileName)" }
        }
        if status == .processing {
            item.error = "interrupted; run the batch again"
            item.errorCode = nil
        }
        if status != .ok && status != .duplicate { item.plan = nil }
        item.status = status == .processing ? "failed" : status.rawValue
        return (item, status)
    }
}
