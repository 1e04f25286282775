import Foundation
import LiaisonTestSupport
import XCTest

@testable import LiaisonPipeline

/// What a user checks after a watched folder has run: where each dropped file ended, with what
/// reason, and whether the ledger says the same.
enum Ending: Equatable {
    /// In `archive/` (converted, or a duplicate), under its own name.
    case archived
    /// In `failed/` with a note whose reason contains this text.
    case failed(String)
    /// Still in `inbox/`, not recorded as in flight.
    case inbox
}

enum FolderAudit {
    /// Asserts that every name in `expected` ends exactly once where expected (never twice,
    /// never in two folders), that nothing else is in archive/ or failed/, that no working
    /// folder holds a file, and that the ledger's finished rows match the folders one to one.
    static func check(
        _ root: URL, _ expected: [String: Ending], file: StaticString = #filePath, line: UInt = #line
    ) throws {
        let inbox = Set(names(in: root.appendingPathComponent("inbox")))
        let archive = names(in: root.appendingPathComponent("archive"))
        let failedAll = names(in: root.appendingPathComponent("failed"))
        let failed = failedAll.filter { !$0.hasSuffix(".error.txt") }
        // A watcher files a document before it marks its ledger row finished: a check made the
        // moment the file appears gives the row a moment (a row left in flight still fails).
        var rows = try RealRun.rows(root)
        let deadline = Date().addingTimeInterval(10)
        while rows.contains(where: { $0.status == .processing }), Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            rows = try RealRun.rows(root)
        }
        XCTAssertEqual(
            rows.filter { $0.status == .processing }.map(\.originalName), [], "rows in flight", file: file, line: line)
        let work = root.appendingPathComponent(".liaison/work")
        let claimed = names(in: work).flatMap { names(in: work.appendingPathComponent($0)).filter { $0 != "lock" } }
        XCTAssertEqual(claimed, [], "files left claimed in .liaison/work", file: file, line: line)
        var filed: [String] = []
        for (name, ending) in expected.sorted(by: { $0.key < $1.key }) {
            let finished = rows.filter { $0.originalName == name && $0.status != .processing }
            switch ending {
            case .inbox:
                XCTAssertTrue(inbox.contains(name), "\(name) should still be in the inbox", file: file, line: line)
                XCTAssertEqual(
                    finished.count, 0, "\(name) is in the inbox but recorded as done", file: file, line: line)
            case .archived, .failed:
                XCTAssertFalse(inbox.contains(name), "\(name) is still in the inbox", file: file, line: line)
                XCTAssertEqual(finished.count, 1, "\(name): one finished ledger row", file: file, line: line)
                guard let row = finished.first, let placed = row.archivedAs else { continue }
                filed.append(placed)
                let folder = ending == .archived ? "archive/" : "failed/"
                XCTAssertTrue(placed.hasPrefix(folder), "\(name) ended in \(placed)", file: file, line: line)
                XCTAssertEqual(placed, folder + name, "\(name) keeps its name", file: file, line: line)
                XCTAssertTrue(
                    FileOps.exists(root.appendingPathComponent(placed)), "\(placed) on disk", file: file, line: line)
                XCTAssertEqual(
                    row.status == .failed, ending != .archived, "\(name): \(row.status)", file: file, line: line)
                if case .failed(let reason) = ending {
                    let note = try errorNote(root, placed: placed, id: row.id)
                    XCTAssertTrue(note.contains(reason), "\(name): the note says \(note)", file: file, line: line)
                    XCTAssertFalse(
                        note.contains(".liaison/work"), "no internal path in \(note)", file: file, line: line)
                }
            }
        }
        XCTAssertEqual(
            (archive.map { "archive/\($0)" } + failed.map { "failed/\($0)" }).sorted(), filed.sorted(),
            "archive/ and failed/ hold exactly the filed originals", file: file, line: line)
        XCTAssertEqual(
            failedAll.count, failed.count * 2, "one note per failed file: \(failedAll)", file: file, line: line)
    }

    /// The `.error.txt` note beside a failed original (its name shortened when too long).
    static func errorNote(_ root: URL, placed: String, id: Int64? = nil) throws -> String {
        let url = root.appendingPathComponent(placed)
        let note = url.deletingLastPathComponent().appendingPathComponent(
            FileName.errorNote(for: url.lastPathComponent, id: id))
        return try String(contentsOf: note, encoding: .utf8)
    }
}
