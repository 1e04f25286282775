import Foundation
import GRDB

/// What `liaison status DIR` shows: counts by status, the most recent documents, and the
/// failures with their reasons. Read from the ledger only; no document is opened.
public struct StatusReport: Codable, Sendable, Equatable {
    /// One document as listed.
    public struct Document: Codable, Sendable, Equatable {
        public var id: Int64
        public var name: String
        public var status: String
        public var received: Date
        public var finished: Date?
        public var outputFolder: String?
        public var archivedAs: String?
        public var error: String?
    }

    public var counts: [String: Int]
    public var recent: [Document]
    public var failures: [Document]

    /// Reads the report from `ledger`, listing at most `limit` recent documents and failures.
    public static func read(from ledger: Ledger, limit: Int = 10) throws -> StatusReport {
        try ledger.read { db in
            var counts = Dictionary(uniqueKeysWithValues: LedgerEntry.Status.allCases.map { ($0.rawValue, 0) })
            for row in try Row.fetchAll(db, sql: "SELECT status, COUNT(*) AS n FROM document GROUP BY status") {
                counts[row["status"]] = row["n"]
            }
            let recent = try LedgerEntry.order(sql: "id DESC").limit(limit).fetchAll(db)
            let failures = try LedgerEntry.filter(sql: "status = 'failed'").order(sql: "id DESC").limit(limit)
                .fetchAll(db)
            return StatusReport(counts: counts, recent: recent.map(document), failures: failures.map(document))
        }
    }

    static func document(_ entry: LedgerEntry) -> Document {
        Document(
            id: entry.id ?? 0, name: entry.originalName, status: entry.status.rawValue, received: entry.receivedAt,
            finished: entry.finishedAt, outputFolder: entry.outputFolder, archivedAs: entry.archivedAs,
            error: entry.error)
    }

    /// The report as text for a terminal.
    public var text: String {
        let total = counts.values.reduce(0, +)
        var lines = ["documents: \(total)"]
        for status in LedgerEntry.Status.allCases {
            lines.append(
                "  \(status.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0))\(counts[status.rawValue] ?? 0)"
            )
        }
        let time = ISO8601DateFormatter()
        lines.append("")
        lines.append(recent.isEmpty ? "no documents yet" : "most recent:")
        for doc in recent {
            let place = doc.outputFolder.map { " -> \($0)" } ?? ""
            lines.append("  #\(doc.id) \(time.string(from: doc.received)) \(doc.status) \(doc.name)\(place)")
        }
        if !failures.isEmpty {
            lines.append("")
            lines.append("failures:")
            for doc in failures { lines.append("  #\(doc.id) \(doc.name): \(doc.error ?? "no reason recorded")") }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
