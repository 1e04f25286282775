import Foundation
import LiaisonImport
import LiaisonKit
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
        XCTAssertEqual(items[1].errorCode, .malformedInput, "the typed error keeps its code in the report")
        XCTAssertNil(items[0].errorCode)
        XCTAssertEqual(items[2].duplicateOf, "a/b/one.xml")
        XCTAssertEqual(
            Set(converter.calls), ["a/b/one.xml", "bad.xml", "two.XML"], "hidden, temporary, non-XML skipped")
    }

    func testAFileWhoseNameIsNotUTF8IsReportedFailedWithWhatToDo() throws {
        let root = try temporaryFolder()
        let input = root.appendingPathComponent("in")
        try write("<a>one</a>", to: input.appendingPathComponent("one.xml"))
        // "Müller.xml" in Latin-1: the ü is the single byte 0xFC.
        let path = Array(input.path.utf8) + Array("/M".utf8) + [0xFC] + Array("ller.xml".utf8) + [0]
        let fd = open(path.map { CChar(bitPattern: $0) }, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        XCTAssertGreaterThanOrEqual(fd, 0)
        close(fd)
        let output = root.appendingPathComponent("out")
        let summary = try runBatch([input], output, FakeConverter())
        XCTAssertEqual(summary.total, 2, "the file is counted, not skipped")
        XCTAssertEqual(summary.failed, 1)
        let failed = try XCTUnwrap(batchReport(in: output).documents.first { $0.status == "failed" })
        XCTAssertEqual(failed.input, "M%FCller.xml")
        XCTAssertTrue(failed.error?.contains("its name is not UTF-8 text") == true, failed.error ?? "")
        XCTAssertTrue(failed.error?.contains("rename it") == true, failed.error ?? "")
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

    /// The copy of a failed input is reported the same way however far the workers have got:
    /// here the original (first in name order) has failed, and the failure has been written to
    /// the ledger (workers' results are written 64 at a time), when the walker, a few claim
    /// transactions later, reaches the copy.
    func testACopyReachedAfterItsOriginalFailedIsStillItsDuplicate() throws {
        let root = try temporaryFolder()
        let input = root.appendingPathComponent("in")
        try write("<a>BAD", to: input.appendingPathComponent("a-bad.xml"))
        for n in 0..<(3 * BatchRunner.claimBatch + 8) {
            try write("<a>\(n)</a>", to: input.appendingPathComponent(String(format: "m-%03d.xml", n)))
        }
        try write("<a>BAD", to: input.appendingPathComponent("z-bad.xml"))
        let output = root.appendingPathComponent("out")
        let converter = FakeConverter()

        let summary = try runBatch([input], output, converter, jobs: 1)
        XCTAssertEqual(converter.calls.filter { $0.hasSuffix("bad.xml") }, ["a-bad.xml"], "converted once")
        XCTAssertEqual(summary.failed, 2)
        let copy = try XCTUnwrap(try batchReport(in: output).documents.first { $0.input == "z-bad.xml" })
        XCTAssertEqual(copy.duplicateOf, "a-bad.xml")
        XCTAssertEqual(copy.error, "same content as a-bad.xml, which failed: a-bad.xml:1:1: not well-formed")
        // A later run tries the failed content again rather than taking the old failure as its
        // original.
        try write("<a>BAD", to: input.appendingPathComponent("a-bad.xml"))
        let again = FakeConverter()
        _ = try runBatch([input], output, again, jobs: 1)
        XCTAssertEqual(again.calls, ["a-bad.xml"])
    }

    func testAnInterruptedDocumentIsRedoneAfterItsPartialOutputIsRemoved() throws {
        let root = try temporaryFolder()
        let input = root.appendingPathComponent("in")
        try write("<a>one</a>", to: input.appendingPathComponent("one.xml"))
        let output = root.appendingPathComponent("out")
        // The state a kill -9 leaves mid-write: a ledger row in flight with its folder's name,
        // no folder of that name yet, and a partial folder beside where it will be.
        let ledger = try Ledger(in: output)
        var entry = BatchRecord(originalName: "one.xml", sourcePath: input.appendingPathComponent("one.xml").path)
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
        let rows = try ledger.read { db in try BatchRecord.fetchAll(db) }
        XCTAssertEqual(rows.map(\.status), [.ok], "the same ledger row finished, no second one")
    }

    /// Killed after a refer-back letter's folder was finished and before the ledger learnt the
    /// plan: the rerun still reports it refer-back and runs `--on-alert` for it.
    func testARedFlagLetterFinishedBeforeAKillIsStillReportedAndAlerted() throws {
        let root = try temporaryFolder()
        let input = root.appendingPathComponent("in")
        try write("<a>RED FLAG</a>", to: input.appendingPathComponent("r.xml"))
        let output = root.appendingPathComponent("out")
        let ledger = try Ledger(in: output)
        var entry = BatchRecord(originalName: "r.xml", sourcePath: input.appendingPathComponent("r.xml").path)
        entry.sha256 = ContentHash.sha256(Data("<a>RED FLAG</a>".utf8))
        entry.outputFolder = "r"
        let id = try ledger.insert(entry).id!
        let files = [RenderedFile(artifact: .letterHTML, data: Array("alert".utf8))]
        try OutputFolder.fill(
            output.appendingPathComponent("r"), with: files, tag: "L\(id)", plan: .referBack, durable: false)
        let (script, marker) = try alertRecorder(in: root)

        let converter = FakeConverter()
        let options = BatchOptions(
            inputs: [input], output: output, jobs: 1, artifacts: Artifact.allCases, alert: script
        )
        let summary = try BatchRunner(options: options, converter: converter).run()
        XCTAssertEqual(converter.calls, [], "the finished letter is not converted again")
        XCTAssertEqual(summary.referBack, 1)
        let row = try XCTUnwrap(try ledger.read { db in try BatchRecord.fetchOne(db, key: id) })
        XCTAssertEqual(row.plan, .referBack)
        XCTAssertEqual(row.alert, "sent")
        XCTAssertEqual(try String(contentsOf: marker, encoding: .utf8), output.appendingPathComponent("r").path + "\n")
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
