import Foundation
import LiaisonKit
import LiaisonModel
import XCTest

@testable import LiaisonPipeline

/// The states a `kill -9` can leave at each step of a document, built by hand, then one start:
/// every document must end exactly once in archive/ or failed/, converted at most once more.
final class WatchRecoveryTests: XCTestCase {
    func testANewStartFinishesWhatADeadWatcherLeftAtEveryStep() async throws {
        let root = try temporaryFolder()
        let layout = WatchLayout(root: root)
        try layout.prepare()
        let ledger = try Ledger(in: root)
        let orphan = layout.work.appendingPathComponent("4242-1")
        try write("", to: orphan.appendingPathComponent("lock"))  // nobody holds its lock
        func claimed(_ name: String, _ content: String) throws -> URL {
            let url = orphan.appendingPathComponent(name)
            try write(content, to: url)
            return url
        }
        func row(_ name: String, _ file: URL, _ change: (inout WatchRecord) -> Void = { _ in }) throws -> WatchRecord {
            var entry = WatchRecord(originalName: name, sourcePath: layout.relative(file))
            change(&entry)
            return try ledger.insert(entry)
        }
        // a: claimed, killed before the ledger row was written.
        _ = try claimed("000001-a.xml", "<a>a</a>")
        // b: killed while writing outputs: a partial folder, and an empty folder at the recorded
        // name (what the fallback for systems without an exclusive rename reserves).
        let b = try row("b.xml", try claimed("000002-b.xml", "<a>b</a>")) { $0.outputFolder = "b" }
        try FileManager.default.createDirectory(
            at: layout.outbox.appendingPathComponent("b"), withIntermediateDirectories: true)
        try write("half", to: layout.outbox.appendingPathComponent(".liaison-L\(b.id!).partial/letter.html"))
        // c: outputs done and the original already linked into archive/, killed before unlinking.
        let cFile = try claimed("000003-c.xml", "<a>c</a>")
        _ = try row("c.xml", cFile) {
            $0.outputFolder = "c"
            $0.outcome = .ok
            $0.archivedAs = "archive/c.xml"
        }
        try write("letter", to: layout.outbox.appendingPathComponent("c/letter.html"))
        XCTAssertEqual(link(cFile.path, layout.archive.appendingPathComponent("c.xml").path), 0)
        // d: conversion failed and was recorded, killed before the move to failed/.
        _ = try row("d.xml", try claimed("000004-d.xml", "<a>BAD")) {
            $0.outcome = .failed
            $0.error = "d.xml:1:5: not well-formed"
        }
        // e: a duplicate already moved to archive/, killed before the status was written.
        try write("<a>e</a>", to: layout.archive.appendingPathComponent("e.xml"))
        _ = try row("e.xml", orphan.appendingPathComponent("000005-e.xml")) {
            $0.outcome = .duplicate
            $0.archivedAs = "archive/e.xml"
        }

        let converter = FakeConverter()
        try await drain(root, converter)

        XCTAssertEqual(converter.calls.sorted(), ["a.xml", "b.xml"], "only unfinished conversions are redone")
        XCTAssertEqual(names(in: layout.archive), ["a.xml", "b.xml", "c.xml", "e.xml"])
        XCTAssertEqual(names(in: layout.failed), ["d.xml", "d.xml.error.txt"])
        XCTAssertEqual(names(in: layout.outbox), ["a", "b", "c"])
        XCTAssertEqual(
            names(in: layout.outbox.appendingPathComponent("b")),
            ["letter.html", "letter.md", "plan.json", "referral.json"])
        XCTAssertEqual(names(in: layout.work), [], "the orphaned folder is gone")
        let rows = try ledger.read { db in try WatchRecord.order(sql: "originalName").fetchAll(db) }
        XCTAssertEqual(
            rows.map { "\($0.originalName) \($0.status)" },
            ["a.xml ok", "b.xml ok", "c.xml ok", "d.xml failed", "e.xml duplicate"])
        XCTAssertEqual(
            Set(rows.compactMap(\.archivedAs)),
            ["archive/a.xml", "archive/b.xml", "archive/c.xml", "failed/d.xml", "archive/e.xml"])
        XCTAssertEqual(rows.first { $0.originalName == "b.xml" }?.outputs.count, 4, "outputs recorded")
    }

    /// Rows a dead watcher left `processing` whose working folder is gone altogether (it removed
    /// it after an error, or it was deleted): each is finished from what the ledger says.
    func testRowsWhoseWorkingFolderIsGoneAreFinishedWhateverTheirState() async throws {
        let root = try temporaryFolder()
        let layout = WatchLayout(root: root)
        try layout.prepare()
        let ledger = try Ledger(in: root)
        let gone = ".liaison/work/999-1/"
        // f: failed, already moved to failed/, killed before its note was written.
        try write("<a>BAD", to: layout.failed.appendingPathComponent("f.xml"))
        var f = WatchRecord(originalName: "f.xml", sourcePath: gone + "000001-f.xml")
        f.outcome = .failed
        f.error = "f.xml:1:1: not well-formed"
        f.archivedAs = "failed/f.xml"
        _ = try ledger.insert(f)
        // g: recorded, killed before the claim's rename: the file is still in the inbox.
        try write("<a>g</a>", to: layout.inbox.appendingPathComponent("g.xml"))
        _ = try ledger.insert(WatchRecord(originalName: "g.xml", sourcePath: gone + "000002-g.xml"))
        let converter = FakeConverter()
        try await drain(root, converter)

        XCTAssertEqual(converter.calls, ["g.xml"], "only the file never claimed is converted, once")
        XCTAssertEqual(names(in: layout.failed), ["f.xml", "f.xml.error.txt"])
        XCTAssertEqual(names(in: layout.archive), ["g.xml"])
        let rows = try ledger.read { db in try WatchRecord.order(sql: "id").fetchAll(db) }
        XCTAssertEqual(rows.map { "\($0.originalName) \($0.status)" }, ["f.xml failed", "g.xml ok"])
        let note = try String(contentsOf: layout.failed.appendingPathComponent("f.xml.error.txt"), encoding: .utf8)
        XCTAssertTrue(note.contains("Reason: f.xml:1:1: not well-formed"), note)
    }

    /// Killed after a refer-back letter's folder was finished and before the ledger learnt
    /// the plan: the next start still reports it refer-back and runs `--on-alert` for it.
    func testARedFlagLetterFinishedBeforeAKillIsStillReportedAndAlerted() async throws {
        let root = try temporaryFolder()
        let layout = WatchLayout(root: root)
        try layout.prepare()
        let ledger = try Ledger(in: root)
        let orphan = layout.work.appendingPathComponent("4242-1")
        try write("", to: orphan.appendingPathComponent("lock"))
        let file = orphan.appendingPathComponent("000001-r.xml")
        try write("<a>RED FLAG</a>", to: file)
        var entry = WatchRecord(originalName: "r.xml", sourcePath: layout.relative(file))
        entry.outputFolder = "r"
        let id = try ledger.insert(entry).id!
        let files = [RenderedFile(artifact: .letterHTML, data: Array("alert".utf8))]
        try OutputFolder.fill(
            layout.outbox.appendingPathComponent("r"), with: files, tag: "L\(id)", plan: .referBack,
            durable: false)
        let (script, marker) = try alertRecorder(in: root)

        let converter = FakeConverter()
        let options = WatchOptions(
            root: root, jobs: 1, settle: 0, rescan: 0.2, once: true, alert: script)
        try await WatchService(options: options, converter: converter, logger: quietLogger).run()

        XCTAssertEqual(converter.calls, [], "the finished letter is not converted again")
        let row = try XCTUnwrap(try ledger.read { db in try WatchRecord.fetchOne(db, key: id) })
        XCTAssertEqual(row.status, .ok)
        XCTAssertEqual(row.plan, .referBack, "the plan is read from the finished folder")
        XCTAssertEqual(row.alert, "sent")
        let alerted = try String(contentsOf: marker, encoding: .utf8)
        XCTAssertEqual(alerted, layout.outbox.appendingPathComponent("r").path + "\n", "alerted once")
    }

    func testAWorkingFolderWhoseOwnerIsAliveIsLeftAlone() throws {
        let root = try temporaryFolder()
        let layout = WatchLayout(root: root)
        try layout.prepare()
        let live = try ClaimFolder(in: layout.work)
        try write("<a>x</a>", to: layout.inbox.appendingPathComponent("x.xml"))
        XCTAssertNotNil(try live.claim(layout.inbox.appendingPathComponent("x.xml")))
        XCTAssertNil(try live.claim(layout.inbox.appendingPathComponent("x.xml")), "a file is claimed once")
        let other = try ClaimFolder(in: layout.work)
        XCTAssertEqual(ClaimFolder.orphans(in: layout.work, except: other.url).count, 0)
    }
}
