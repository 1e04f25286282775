import GRDB

/// The ledger's third schema: the one `document` table that served batch and watch becomes a
/// table each (``BatchRecord``, ``WatchRecord``), outputs become a JSON list instead of a
/// comma-joined text, failures gain their error code, and `ledger_document` shows either table
/// to `liaison status`.
enum LedgerMigration {
    static func splitRecords(_ db: Database) throws {
        let common = """
            id INTEGER PRIMARY KEY AUTOINCREMENT, originalName TEXT NOT NULL, sourcePath TEXT NOT NULL, \
            sha256 TEXT, size INTEGER, status TEXT NOT NULL, receivedAt DATETIME NOT NULL, finishedAt DATETIME, \
            outputFolder TEXT, outputs TEXT NOT NULL DEFAULT '[]', error TEXT, errorCode TEXT, duplicateOf INTEGER, \
            plan TEXT, alert TEXT
            """
        try db.execute(sql: "CREATE TABLE batch_document (\(common), runID TEXT)")
        try db.execute(sql: "CREATE TABLE watch_document (\(common), outcome TEXT, archivedAs TEXT)")
        // Outputs `a,b` become `["a","b"]` (artifact names hold no comma or quote).
        let outputs = """
            CASE WHEN outputs IS NULL OR outputs = '' THEN '[]' \
            ELSE '["' || replace(outputs, ',', '","') || '"]' END
            """
        let columns = "id, originalName, sourcePath, sha256, size, status, receivedAt, finishedAt, outputFolder"
        let tail = "error, NULL, duplicateOf, plan, alert"
        try db.execute(
            sql: """
                INSERT INTO batch_document (\(columns), outputs, error, errorCode, duplicateOf, plan, alert, runID) \
                SELECT \(columns), \(outputs), \(tail), runID FROM document WHERE runID IS NOT NULL
                """)
        try db.execute(
            sql: """
                INSERT INTO watch_document (\(columns), outputs, error, errorCode, duplicateOf, plan, alert, outcome, \
                archivedAs) SELECT \(columns), \(outputs), \(tail), outcome, archivedAs FROM document WHERE runID IS NULL
                """)
        try db.drop(table: "document")
        for table in ["batch_document", "watch_document"] {
            try db.create(index: "\(table)_sha256", on: table, columns: ["sha256"])
            try db.create(index: "\(table)_source", on: table, columns: ["sourcePath"])
            try db.create(index: "\(table)_status", on: table, columns: ["status"])
            try db.create(index: "\(table)_plan", on: table, columns: ["plan"])
        }
        try db.create(index: "batch_document_run", on: "batch_document", columns: ["runID", "originalName"])
        try db.execute(
            sql: """
                CREATE VIEW ledger_document AS \
                SELECT id, originalName, status, plan, receivedAt, finishedAt, outputFolder, NULL AS archivedAs, error \
                FROM batch_document UNION ALL \
                SELECT id, originalName, status, plan, receivedAt, finishedAt, outputFolder, archivedAs, error \
                FROM watch_document
                """)
    }
}
