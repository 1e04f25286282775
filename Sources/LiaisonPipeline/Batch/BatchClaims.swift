import Foundation
import GRDB
import LiaisonKit

/// The batch ledger's writes as prepared statements with bound values: a claim's row, and a
/// finished document's columns (``DeferredUpdates``), without encoding every record through
/// `Codable` each time.
enum BatchClaims {
    static let columns = [
        "originalName", "sourcePath", "sha256", "size", "status", "receivedAt", "finishedAt", "outputFolder", "outputs",
        "error", "errorCode", "duplicateOf", "runID", "plan", "alert",
    ]

    /// Inserts `entry` and sets its id.
    static func insert(_ entry: inout BatchRecord, _ db: Database) throws {
        let sql =
            "INSERT INTO batch_document (\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))"
        try db.cachedStatement(sql: sql).execute(arguments: [
            entry.originalName, entry.sourcePath, entry.sha256, entry.size, entry.status, entry.receivedAt,
            entry.finishedAt, entry.outputFolder, outputs(entry.outputs), entry.error, entry.errorCode,
            entry.duplicateOf, entry.runID, entry.plan, entry.alert,
        ])
        entry.id = db.lastInsertedRowID
    }

    /// Writes what a conversion changes of `entry`.
    static func finish(_ entry: BatchRecord, _ db: Database) throws {
        try db.cachedStatement(
            sql: """
                UPDATE batch_document SET status = ?, finishedAt = ?, outputFolder = ?, outputs = ?, error = ?, \
                errorCode = ?, plan = ?, alert = ? WHERE id = ?
                """
        ).execute(arguments: [
            entry.status, entry.finishedAt, entry.outputFolder, outputs(entry.outputs), entry.error, entry.errorCode,
            entry.plan, entry.alert, entry.id,
        ])
    }

    /// The outputs as the column keeps them, a JSON list (as `Codable` writes it).
    static func outputs(_ artifacts: [Artifact]) -> String {
        "[" + artifacts.map { "\"\($0.rawValue)\"" }.joined(separator: ",") + "]"
    }
}
