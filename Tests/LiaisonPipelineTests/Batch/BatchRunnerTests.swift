import Foundation
import LiaisonImport
import LiaisonModel
import XCTest

@testable import LiaisonPipeline

final class BatchRunnerTests: XCTestCase {
    func makeInputs(_ root: URL) throws -> URL {
        let input = root.appendingPathComponent("in")
        try write("<a>one</a>", to: input.appendingPathComponent("a/b/one.xml"))
        try write("<a>two</a>", to: input.appendingPathComponent("two.XML"))
        try write("<a>BAD", to: input.appendingPathComponent("bad.xml"))
        try write("<a>one</a>", to: input.appendingPathComponent("copy-of-one.xml"))
        try write("notes", to: input.appendingPathComponent("README.md"))
        try write("<a>hidden</a>", to: input.appendingPathComponent(".hidden.xml"))
        try write("<a>partial</a>", to: input.appendingPathComponent("download.xml.part"))
        return input
    }

    func testConvertsEveryReferralIntoItsOwnFolderAndReportsEachInput() throws {
        let root = try temporaryFolder()
        let output = root.appendingPathComponent("out")
        let converter = FakeConverter()
        let summary = try runBatch([try makeInputs(root)], output, converter)

        XCTAssertEqual(summary.total, 4)
        XCTAssertEqual(summary.ok, 2)
        XCTAssertEqual(summary.failed, 1)
        XCTAssertEqual(summary.duplicate, 1)
        XCTAssertEqual(
            names(in: output.appendingPathComponent("a/b/one")),
            ["letter.html", "letter.md", "plan.json", "referral.json"])
        XCTAssertEqual(mode(of: output.appendingPathComponent("a/b/one")), 0o700)
        XCTAssertEqual(mode(of: output.appendingPathComponent("a/b/one/letter.html")), 0o600)
        XCTAssertEqual(mode(of: output.appendingPathComponent("batch-report.json")), 0o600)
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.appendingPathComponent("bad").path))

        let items = try batchReport(in: output).documents
        XCTAssertEqual(items.map(\.input), ["a/b/one.xml", "bad.xml", "copy-of-one.xml", "two.XML"])
        XCTAssertEqual(items.map(\.status), ["ok", "failed", "duplicate", "ok"])
        XCTAssertEqual(items[0].outputs.first, "a/b/one/letter.html")
        XCTAssertEqual(items[1].error, "bad.xml:1:1: not well-formed")
        XCTAssertEqual(items[2].duplicateOf, "a/b/one.xml")
        XCTAssertEqual(
            Set(converter.calls), ["a/b/one.xml", "bad.xml", "two.XML"], "hidden, temporary, non-XML skipped")
    }

    func testRunningAgainConvertsNothingTwiceAndReportsTheSame() throws {
        let root = try temporaryFolder()
        let input = try makeInputs(root)
        let output = root.appendingPathComponent("out")
        _ = try runBatch([input], output)
        let first = try batchReport(in: output)

        let again = FakeConverter()
        let summary = try runBatch([input], output, again, jobs: 1)
        XCTAssertEqual(again.calls, ["bad.xml"], "only the failure is retried")
        XCTAssertEqual(summary.ok, 2)
        XCTAssertEqual(try batchReport(in: output), first)
        XCTAssertEqual(names(in: output.appendingPathComponent("a/b")), ["one"], "no second folder")
    }

    func testACopyOfAFailedInputIsReportedFailedWithTheOriginalsReason() throws {
        let root = try temporaryFolder()
        let input = root.appendingPathComponent("in")
        try write("<a>BAD", to: input.appendingPathComponent("bad.xml"))
        try write("<a>BAD", to: input.appendingPathComponent("bad-again.xml"))
        let output = root.appendingPathComponent("out")
        let converter = FakeConverter()

        let summary = try runBatch([input], output, converter)
        XCTAssertEqual(summary.failed, 2)
        XCTAssertEqual(summary.duplicate, 0)
        XCTAssertEqual(converter.calls, ["bad-again.xml"], "converted once, the first in name order")
        let items = try batchReport(in: output).documents
        XCTAssertEqual(items.map(\.status), ["failed", "failed"])
        XCTAssertEqual(items[1].input, "bad.xml")
        XCTAssertEqual(
            items[1].error, "same content as bad-again.xml, which failed: bad-again.xml:1:1: not well-formed")
    }

    func testAnInterruptedDocumentIsRedoneAfterItsPartialOutputIsRemoved() throws {
        let root = try temporaryFolder()
        let input = root.appendingPathComponent("in")
        try write("<a>one</a>", to: input.appendingPathComponent("one.xml"))
        let output = root.appendingPathComponent("out")
        // The state a kill -9 leaves mid-write: a ledger row in flight with its folder's name,
        // no folder of that name yet, and a partial folder beside where it will be.
        let ledger = try Ledger(in: output)
        var entry = LedgerEntry(originalName: "one.xml", sourcePath: input.appendingPathComponent("one.xml").path)
        entry.sha256 = ContentHash.sha256(Data("<a>one</a>".utf8))
        entry.outputFolder = "one"
        entry = try ledger.insert(entry)
        try write("half", to: output.appendingPathComponent(".liaison-L\(entry.id!).partial/letter.html"))

        let converter = FakeConverter()
        let summary = try runBatch([input], output, converter)
        XCTAssertEqual(converter.calls, ["one.xml"])
        XCTAssertEqual(summary.ok, 1)
        XCTAssertEqual(names(in: output), ["batch-report.json", "one"])
        XCTAssertEqual(
            try String(contentsOf: output.appendingPathComponent("one/letter.html"), encoding: .utf8),
            "letter.html for one.xml\n")
        let rows = try ledger.read { db in try LedgerEntry.fetchAll(db) }
        XCTAssertEqual(rows.map(\.status), [.ok], "the same ledger row finished, no second one")
    }

    func testAnExistingOutputFolderIsNeverOverwritten() throws {
        let root = try temporaryFolder()
        let input = root.appendingPathComponent("in")
        try write("<a>one</a>", to: input.appendingPathComponent("one.xml"))
        let output = root.appendingPathComponent("out")
        try write("the trainer's own notes", to: output.appendingPathComponent("one/letter.html"))
        _ = try runBatch([input], output)
        XCTAssertEqual(
            try String(contentsOf: output.appendingPathComponent("one/letter.html"), encoding: .utf8),
            "the trainer's own notes")
        XCTAssertEqual(try batchReport(in: output).documents.first?.outputs.first, "one-2/letter.html")
    }

    func testAnOutputFolderThatIsAFileIsAClearError() throws {
        let root = try temporaryFolder()
        let input = root.appendingPathComponent("in")
        try write("<a>one</a>", to: input.appendingPathComponent("one.xml"))
        try write("x", to: root.appendingPathComponent("out"))
        XCTAssertThrowsError(try runBatch([input], root.appendingPathComponent("out"))) { error in
            XCTAssertEqual((error as? LiaisonError)?.code, .io)
            XCTAssertTrue("\(error)".contains("is a file, not a folder"), "\(error)")
        }
    }
}
