import Foundation
import LiaisonImport
import LiaisonKit
import LiaisonModel
import XCTest

@testable import LiaisonPipeline

final class WatchServiceTests: XCTestCase {
    func testConvertsArchivesAndFilesFailuresWithTheirReason() async throws {
        let root = try temporaryFolder()
        let inbox = root.appendingPathComponent("inbox")
        try write("<a>good</a>", to: inbox.appendingPathComponent("good.xml"))
        try write("<a>BAD", to: inbox.appendingPathComponent("bad.xml"))
        try write("<a>still copying</a>", to: inbox.appendingPathComponent("big.xml.crdownload"))
        try write("<a>lock</a>", to: inbox.appendingPathComponent(".~lock.xml"))
        try FileManager.default.createDirectory(
            at: inbox.appendingPathComponent("folder.xml"), withIntermediateDirectories: true)
        let converter = FakeConverter()
        try await drain(root, converter)

        XCTAssertEqual(names(in: inbox), ["big.xml.crdownload"], "temporary and hidden names are left alone")
        XCTAssertEqual(
            names(in: root.appendingPathComponent("outbox/good")),
            ["letter.html", "letter.md", "plan.json", "referral.json"])
        XCTAssertEqual(names(in: root.appendingPathComponent("archive")), ["good.xml"])
        XCTAssertEqual(
            names(in: root.appendingPathComponent("failed")),
            ["bad.xml", "bad.xml.error.txt", "folder.xml", "folder.xml.error.txt"])
        let reason = try String(contentsOf: root.appendingPathComponent("failed/bad.xml.error.txt"), encoding: .utf8)
        XCTAssertTrue(reason.contains("Reason: bad.xml:1:1: not well-formed"), reason)
        XCTAssertTrue(reason.contains("What to do:"), reason)
        let folderReason = try String(
            contentsOf: root.appendingPathComponent("failed/folder.xml.error.txt"), encoding: .utf8)
        XCTAssertTrue(folderReason.contains("is a folder, not a referral file"), folderReason)
        XCTAssertEqual(mode(of: root.appendingPathComponent("outbox/good/letter.html")), 0o600)
        XCTAssertEqual(mode(of: root.appendingPathComponent(".liaison/ledger.sqlite")), 0o600)

        let rows = try RealRun.rows(root)
        XCTAssertEqual(
            Set(rows.map { "\($0.originalName) \($0.status)" }), ["good.xml ok", "bad.xml failed", "folder.xml failed"])
        XCTAssertEqual(names(in: root.appendingPathComponent(".liaison/work")), [], "working folders removed")

        // A failure is not retried: another run leaves it alone.
        try await drain(root, converter)
        XCTAssertEqual(converter.calls.filter { $0 == "bad.xml" }.count, 1)
    }

    func testAFileWhoseNameIsNotUTF8IsRenamedAndConverted() async throws {
        let root = try temporaryFolder()
        let inbox = root.appendingPathComponent("inbox")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        // "Müller.xml" written in Latin-1 by an old system: the ü is the single byte 0xFC.
        let path = Array(inbox.path.utf8) + Array("/M".utf8) + [0xFC] + Array("ller.xml".utf8) + [0]
        let fd = open(path.map { CChar(bitPattern: $0) }, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        XCTAssertGreaterThanOrEqual(fd, 0)
        XCTAssertEqual(write(fd, "<a>good</a>", 11), 11)
        close(fd)
        // A file already holds the escaped name: the renamed one takes the next free name.
        try write("<a>other</a>", to: inbox.appendingPathComponent("M%FCller.xml"))

        let converter = FakeConverter()
        try await drain(root, converter)
        XCTAssertEqual(names(in: inbox), [], "nothing is left unseen in the inbox")
        XCTAssertEqual(Set(converter.calls), ["M%FCller.xml", "M%FCller-2.xml"])
        XCTAssertEqual(names(in: root.appendingPathComponent("archive")), ["M%FCller-2.xml", "M%FCller.xml"])
        let rows = try RealRun.rows(root)
        XCTAssertEqual(rows.map(\.status), [.ok, .ok])
    }

    func testTheSameContentDroppedTwiceMoreIsArchivedAsADuplicateEachTime() async throws {
        let root = try temporaryFolder()
        let inbox = root.appendingPathComponent("inbox")
        let converter = FakeConverter()
        for round in 0..<3 {
            try write("<a>same</a>", to: inbox.appendingPathComponent("referral.xml"))
            try await drain(root, converter)
            XCTAssertEqual(names(in: inbox), [], "round \(round)")
        }
        XCTAssertEqual(converter.calls, ["referral.xml"], "converted once")
        XCTAssertEqual(
            names(in: root.appendingPathComponent("archive")), ["referral-2.xml", "referral-3.xml", "referral.xml"])
        XCTAssertEqual(names(in: root.appendingPathComponent("outbox")), ["referral"])
        let rows = try RealRun.rows(root)
        XCTAssertEqual(rows.map(\.status), [.ok, .duplicate, .duplicate])
        XCTAssertEqual(rows[2].duplicateOf, rows[0].id)

        // --reprocess converts it again, into a new folder: nothing is overwritten.
        try write("<a>same</a>", to: inbox.appendingPathComponent("referral.xml"))
        try await drain(root, converter, reprocess: true)
        XCTAssertEqual(names(in: root.appendingPathComponent("outbox")), ["referral", "referral-2"])
    }

    func testAnUnwritableOutboxStopsAtStartAndLeavesTheInboxAlone() async throws {
        let root = try temporaryFolder()
        try write("<a>good</a>", to: root.appendingPathComponent("inbox/good.xml"))
        // A file where the outbox folder should be: no user, root included, can write into it.
        try write("not a folder", to: root.appendingPathComponent("outbox"))
        do {
            try await drain(root, FakeConverter())
            XCTFail("expected an error")
        } catch let error as LiaisonError {
            XCTAssertEqual(error.code, .io)
            XCTAssertTrue(error.description.contains("outbox"), error.description)
        }
        XCTAssertEqual(names(in: root.appendingPathComponent("inbox")), ["good.xml"])
    }
}

/// A converter during whose work the outbox stops being writable (a full or remounted disk).
final class OutboxLockingConverter: DocumentConverter, @unchecked Sendable {
    let outbox: URL
    init(outbox: URL) { self.outbox = outbox }

    func convert(_ data: Data, sha256: String, path: String, artifacts: [Artifact]) throws -> Conversion {
        try ReadOnly.lock(outbox)
        return Conversion(files: [RenderedFile(artifact: .letterHTML, data: Array("x".utf8))], plan: .ready)
    }
}

final class WatchOutboxFailureTests: XCTestCase {
    func testAnOutboxThatFailsMidRunReturnsTheFileToTheInboxAndStops() async throws {
        let root = try temporaryFolder()
        try write("<a>good</a>", to: root.appendingPathComponent("inbox/good.xml"))
        let outbox = root.appendingPathComponent("outbox")
        defer { ReadOnly.unlock(outbox) }
        let options = WatchOptions(root: root, jobs: 1, settle: 0, rescan: 0.2, once: true)
        let service = try WatchService(
            options: options, converter: OutboxLockingConverter(outbox: outbox), logger: quietLogger)
        do {
            try await service.run()
            XCTFail("expected the watcher to stop with an error")
        } catch let error as LiaisonError {
            XCTAssertEqual(error.code, .io)
            XCTAssertTrue(error.description.contains("outbox"), error.description)
        }
        XCTAssertEqual(
            names(in: root.appendingPathComponent("inbox")), ["good.xml"], "the original is back where it was")
        XCTAssertEqual(names(in: root.appendingPathComponent("archive")), [])
        XCTAssertEqual(
            try Ledger(in: root).read { db in try WatchRecord.fetchCount(db) }, 0, "no half-recorded document")
    }
}
