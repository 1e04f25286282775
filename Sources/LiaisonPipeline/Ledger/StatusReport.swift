import Foundation
import GRDB
import LiaisonModel

/// What `liaison status DIR` shows: counts by status and by plan status, the documents waiting
/// for the trainer (refer-back and needs-review plans), the most recent documents, and the
/// failures with their reasons. Read from the ledger only; no document is opened.
public struct StatusReport: Codable, Sendable, Equatable {
    /// One document as listed. Times are ISO 8601 in UTC (`2026-11-25T10:00:00.123Z`).
    public struct Document: Codable, Sendable, Equatable {
        public var id: Int64
        public var name: String
        public var status: String
        /// `ready`, `needs-review` or `refer-back` once converted.
        public var plan: String?
        public var received: String
        public var finished: String?
        public var outputFolder: String?
        public var archivedAs: String?
        public var error: String?
    }

    /// Documents by status: `processing`, `ok`, `failed`, `duplicate`.
    public var counts: [String: Int]
    /// Converted documents by plan status: `ready`, `needs-review`, `refer-back`.
    public var plans: [String: Int]
    /// Refer-back then needs-review documents, newest first: the trainer must act on these.
    public var waiting: [Document]
    public var recent: [Document]
    public var failures: [Document]

    /// Reads the report from `ledger`, listing at most `limit` documents in each list.
    public static func read(from ledger: Ledger, limit: Int = 10) throws -> StatusReport {
        try ledger.read { db in
            let counts = try Self.counts(db, column: "status", keys: DocumentStatus.allCases.map(\.rawValue))
            let plans = try Self.counts(db, column: "plan", keys: Plan.Status.allCases.map(\.rawValue), okOnly: true)
            func documents(_ clause: String) throws -> [Document] {
                try Row.fetchAll(db, sql: "SELECT * FROM ledger_document \(clause) LIMIT ?", arguments: [limit])
                    .map(document)
            }
            return StatusReport(
                counts: counts, plans: plans,
                waiting: try documents(
                    "WHERE status = 'ok' AND plan IN ('refer-back', 'needs-review') ORDER BY plan = 'refer-back' DESC, id DESC"
                ), recent: try documents("ORDER BY id DESC"),
                failures: try documents("WHERE status = 'failed' ORDER BY id DESC"))
        }
    }

    static func counts(_ db: Database, column: String, keys: [String], okOnly: Bool = false) throws -> [String: Int] {
        var counts = Dictionary(uniqueKeysWithValues: keys.map { ($0, 0) })
        let filter = okOnly ? "WHERE status = 'ok' AND \(column) IS NOT NULL" : ""
        for row in try Row.fetchAll(
            db, sql: "SELECT \(column) AS key, COUNT(*) AS n FROM ledger_document \(filter) GROUP BY \(column)")
        {
            if let key: String = row["key"] { counts[key] = row["n"] }
        }
        return counts
    }

    /// A row of `ledger_document` as listed.
    static func document(_ row: Row) -> Document {
        Document(
            id: row["id"], name: row["originalName"], status: row["status"], plan: row["plan"],
            received: timestamp(row["receivedAt"]), finished: (row["finishedAt"] as Date?).map(timestamp),
            outputFolder: row["outputFolder"], archivedAs: row["archivedAs"], error: row["error"])
    }

    static func timestamp(_ date: Date) -> String {
        date.formatted(
            .iso8601.year().month().day().time(includingFractionalSeconds: true).timeZone(separator: .omitted))
    }

    /// The report as text for a terminal.
    public var text: String {
        let total = counts.values.reduce(0, +)
        var lines = ["documents: \(total)"]
        for status in DocumentStatus.allCases {
            lines.append("  \(pad(status.rawValue))\(counts[status.rawValue] ?? 0)")
        }
        lines.append("plans of the converted documents:")
        for plan in Plan.Status.allCases { lines.append("  \(pad(plan.rawValue))\(plans[plan.rawValue] ?? 0)") }
        if !waiting.isEmpty {
            lines.append("")
            lines.append("waiting for the trainer (refer-back: the client must see the provider first):")
            for doc in waiting { lines.append("  \(doc.plan ?? "") #\(doc.id) \(show(doc))") }
        }
        lines.append("")
        lines.append(recent.isEmpty ? "no documents yet" : "most recent:")
        for doc in recent {
            let plan = doc.plan.map { " [\($0)]" } ?? ""
            lines.append("  #\(doc.id) \(doc.received) \(doc.status)\(plan) \(show(doc))")
        }
        if !failures.isEmpty {
            lines.append("")
            lines.append("failures:")
            for doc in failures {
                lines.append("  #\(doc.id) \(FileName.printable(doc.name)): \(doc.error ?? "no reason recorded")")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func pad(_ text: String) -> String { text.padding(toLength: 14, withPad: " ", startingAt: 0) }

    private func show(_ doc: Document) -> String {
        FileName.printable(doc.name) + (doc.outputFolder.map { " -> \(FileName.printable($0))" } ?? "")
    }
}
