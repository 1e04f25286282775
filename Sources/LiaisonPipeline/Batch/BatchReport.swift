import Foundation
import GRDB
import LiaisonExport
import LiaisonModel

/// `OUTPUT/batch-report.json`: every input of the run with its status, outputs and error, and
/// the counts. Built from the ledger, so a restarted batch reports what the first run did too.
public struct BatchReport: Codable, Sendable, Equatable {
    /// One input of the batch.
    public struct Item: Codable, Sendable, Equatable {
        /// The input path relative to its input root.
        public var input: String
        /// `ok`, `failed` or `duplicate`.
        public var status: String
        /// Output files, relative to the output folder.
        public var outputs: [String]
        /// What is wrong and what to do, for `failed`.
        public var error: String?
        /// For `duplicate`: the input with the same content that was converted.
        public var duplicateOf: String?

        enum CodingKeys: String, CodingKey { case input, status, outputs, error, duplicateOf }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(input, forKey: .input)
            try container.encode(status, forKey: .status)
            try container.encode(outputs, forKey: .outputs)
            try container.encode(error, forKey: .error)  // null rather than absent: a stable shape
            try container.encodeIfPresent(duplicateOf, forKey: .duplicateOf)
        }
    }

    public var documents: [Item]
    public var summary: BatchSummary

    public static let fileName = "batch-report.json"

    /// Reads the run's entries from `ledger`, writes the report atomically (mode 0600) into
    /// `folder` and returns the counts.
    ///
    /// A duplicate of an input that failed is reported as failed too, with the original's
    /// reason: its content cannot be converted either. (Whether the original has failed is only
    /// known once it is done, so the ledger keeps such an input as a duplicate.)
    static func write(from ledger: Ledger, runID: String, to folder: URL) throws -> BatchSummary {
        let (entries, originals) = try ledger.read { db in
            let entries = try LedgerEntry.filter(sql: "runID = ?", arguments: [runID])
                .order(sql: "originalName, id").fetchAll(db)
            let originals = try LedgerEntry.fetchAll(
                db, sql: "SELECT * FROM document WHERE id IN (SELECT duplicateOf FROM document WHERE runID = ?)",
                arguments: [runID])
            return (entries, Dictionary(originals.map { ($0.id ?? 0, $0) }, uniquingKeysWith: { a, _ in a }))
        }
        var summary = BatchSummary()
        var items: [Item] = []
        items.reserveCapacity(entries.count)
        for entry in entries {
            var status = entry.status
            var item = Item(input: entry.originalName, status: "", outputs: [], error: entry.error)
            if let id = entry.duplicateOf, let original = originals[id] {
                item.duplicateOf = original.originalName
                if original.status == .failed {
                    status = .failed
                    let reason = original.error ?? "unknown"
                    item.error = "same content as \(original.originalName), which failed: \(reason)"
                }
            }
            if status == .ok, let folder = entry.outputFolder {
                item.outputs = entry.outputList.map { "\(folder)/\($0)" }
            }
            if status == .processing { item.error = "interrupted; run the batch again" }
            item.status = status == .processing ? "failed" : status.rawValue
            summary.count(status)
            items.append(item)
        }
        let report = BatchReport(documents: items, summary: summary)
        try AtomicWriter.write(try LiaisonJSON.encode(report), to: folder.appendingPathComponent(fileName))
        return summary
    }
}
