import Foundation
import GRDB
import LiaisonKit
import LiaisonModel
import XCTest

@testable import LiaisonPipeline

/// A ledger written before batch and watch records were apart (one `document` table, outputs
/// comma-joined) opens as the two tables, each row kept with its outputs as a list.
final class LedgerMigrationTests: XCTestCase {
    func testAnOldLedgerIsSplitIntoBatchAndWatchRecords() throws {
        let folder = try temporaryFolder()
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent(".liaison"), withIntermediateDirectories: true)
        let old = try DatabaseQueue(path: folder.appendingPathComponent(".liaison/ledger.sqlite").path)
        try old.write { db in
            try db.execute(
                sql: """
                    CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
                    INSERT INTO grdb_migrations VALUES ('v1'), ('v2: plan status and alerts');
                    CREATE TABLE document (id INTEGER PRIMARY KEY AUTOINCREMENT, originalName TEXT NOT NULL,
                      sourcePath TEXT NOT NULL, sha256 TEXT, size INTEGER, status TEXT NOT NULL, outcome TEXT,
                      receivedAt DATETIME NOT NULL, finishedAt DATETIME, outputFolder TEXT, outputs TEXT,
                      archivedAs TEXT, error TEXT, duplicateOf INTEGER, runID TEXT, plan TEXT, alert TEXT);
                    INSERT INTO document (originalName, sourcePath, status, receivedAt, outputFolder, outputs, runID, plan)
                      VALUES ('a/one.xml', '/in/a/one.xml', 'ok', '2026-11-24 10:00:00.000', 'a/one',
                      'letter.html,plan.json', 'run-1', 'ready');
                    INSERT INTO document (originalName, sourcePath, status, receivedAt, error, runID)
                      VALUES ('two.xml', '/in/two.xml', 'failed', '2026-11-24 10:00:01.000', 'two.xml: bad', 'run-1');
                    INSERT INTO document (originalName, sourcePath, status, outcome, receivedAt, outputFolder, outputs,
                      archivedAs, plan) VALUES ('w.xml', '.liaison/work/1/000001-w.xml', 'ok', 'ok',
                      '2026-11-24 10:00:02.000', 'w', 'letter.md', 'archive/w.xml', 'refer-back');
                    """)
        }
        try old.close()
        let ledger = try Ledger(in: folder, create: false)
        let batch = try ledger.read { db in try BatchRecord.order(sql: "id").fetchAll(db) }
        XCTAssertEqual(batch.map(\.originalName), ["a/one.xml", "two.xml"])
        XCTAssertEqual(batch[0].outputs, [.letterHTML, .planJSON])
        XCTAssertEqual(batch[0].plan, .ready)
        XCTAssertEqual(batch[1].outputs, [])
        XCTAssertNil(batch[1].errorCode, "rows from before error codes have none")
        let watch = try ledger.read { db in try WatchRecord.fetchAll(db) }
        XCTAssertEqual(watch.map(\.originalName), ["w.xml"])
        XCTAssertEqual(watch[0].outputs, [.letterMarkdown])
        XCTAssertEqual(watch[0].archivedAs, "archive/w.xml")
        XCTAssertEqual(watch[0].outcome, .ok)
        let status = try StatusReport.read(from: ledger)
        XCTAssertEqual(status.counts["ok"], 2)
        XCTAssertEqual(status.counts["failed"], 1)
        XCTAssertEqual(status.waiting.map(\.name), ["w.xml"])
    }
}
