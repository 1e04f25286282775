import Foundation
import LiaisonImport
import LiaisonKit
import LiaisonModel
import XCTest

@testable import LiaisonPipeline

/// Reruns after interruptions and odd inputs: every input once, no second folder, no ledger
/// entry left in flight.
final class BatchRerunTests: XCTestCase {
    /// The state a kill -9 leaves after a document's folder was finished but before its status
    /// was written: the ledger says `processing`.
    func interruptAfterOutputs(_ output: URL) throws {
        let ledger = try Ledger(in: output)
        try ledger.write { db in
            try db.execute(sql: "UPDATE batch_document SET status = 'processing', outputs = '[]', finishedAt = NULL")
        }
    }

    func testADanglingLinkAtTheOutputNameIsSkippedNotFollowedOrReplaced() throws {
        let root = try temporaryFolder()
        let input = root.appendingPathComponent("in")
        try write("<a>one</a>", to: input.appendingPathComponent("one.xml"))
        let output = root.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: output.appendingPathComponent("one").path,
            withDestinationPath: root.appendingPathComponent("nowhere").path)

        let summary = try runBatch([input], output)
        XCTAssertEqual(summary.ok, 1)
        XCTAssertEqual(try batchReport(in: output).documents.first?.outputs.first, "one-2/letter.html")
        XCTAssertFalse(FileManager.default.fileExists(atPath: root.appendingPathComponent("nowhere").path))
    }

    func testARerunWithOtherFormatsAfterAnInterruptionMakesNoSecondFolder() throws {
        let root = try temporaryFolder()
        let input = root.appendingPathComponent("in")
        try write("<a>one</a>", to: input.appendingPathComponent("one.xml"))
        let output = root.appendingPathComponent("out")
        _ = try runBatch([input], output, artifacts: [.letterHTML])
        try interruptAfterOutputs(output)

        let again = FakeConverter()
        let summary = try runBatch([input], output, again, artifacts: Artifact.perDocument)
        XCTAssertEqual(again.calls, [], "its finished folder was found")
        XCTAssertEqual(summary.ok, 1)
        XCTAssertEqual(names(in: output), ["batch-report.json", "one"])
        XCTAssertEqual(
            try batchReport(in: output).documents.first?.outputs, ["one/letter.html"], "what is really there")
    }

    func testAnInterruptedEntryWhoseInputIsGoneDoesNotStayInFlight() throws {
        let root = try temporaryFolder()
        let input = root.appendingPathComponent("in")
        try write("<a>one</a>", to: input.appendingPathComponent("one.xml"))
        try write("<a>two</a>", to: input.appendingPathComponent("two.xml"))
        let output = root.appendingPathComponent("out")
        _ = try runBatch([input], output)
        try interruptAfterOutputs(output)
        // Interrupted before two's folder was finished.
        try FileManager.default.removeItem(at: output.appendingPathComponent("two"))
        try FileManager.default.removeItem(at: input.appendingPathComponent("one.xml"))
        try FileManager.default.removeItem(at: input.appendingPathComponent("two.xml"))
        try write("<a>three</a>", to: input.appendingPathComponent("three.xml"))

        _ = try runBatch([input], output)
        let byName = Dictionary(try RealRun.batchRows(output).map { ($0.originalName, $0) }, uniquingKeysWith: { $1 })
        XCTAssertEqual(byName["one.xml"]?.status, .ok, "its finished folder is recognised")
        XCTAssertEqual(byName["two.xml"]?.status, .failed)
        XCTAssertEqual(
            byName["two.xml"]?.error, "two.xml: interrupted before its outputs were finished; run the batch again")
        XCTAssertEqual(byName["three.xml"]?.status, .ok)
    }

    func testACopyWhoseOriginalFailedAndIsGoneIsConvertedOnTheRerun() throws {
        let root = try temporaryFolder()
        let input = root.appendingPathComponent("in")
        // Three copies: the first is converted (and fails), the others are its duplicates. Once
        // the first is no longer an input, the second is converted in its place.
        try write("<a>BAD</a>", to: input.appendingPathComponent("a.xml"))
        try write("<a>BAD</a>", to: input.appendingPathComponent("b.xml"))
        try write("<a>BAD</a>", to: input.appendingPathComponent("c.xml"))
        let output = root.appendingPathComponent("out")
        let first = FakeConverter()
        _ = try runBatch([input], output, first)
        XCTAssertEqual(first.calls, ["a.xml"])
        XCTAssertEqual(try batchReport(in: output).documents.map(\.status), ["failed", "failed", "failed"])

        try FileManager.default.removeItem(at: input.appendingPathComponent("a.xml"))
        let again = FakeConverter()
        _ = try runBatch([input], output, again)
        XCTAssertEqual(again.calls, ["b.xml"], "one copy converted again, the other still its duplicate")
        let items = try batchReport(in: output).documents
        XCTAssertEqual(items.map(\.input), ["b.xml", "c.xml"])
        XCTAssertEqual(items.last?.duplicateOf, "b.xml")
    }

    func testOverlappingInputsTakeEveryFileOnce() throws {
        let root = try temporaryFolder()
        let input = root.appendingPathComponent("in")
        try write("<a>one</a>", to: input.appendingPathComponent("one.xml"))
        try write("<a>two</a>", to: input.appendingPathComponent("sub/two.xml"))
        let output = root.appendingPathComponent("out")
        let converter = FakeConverter()
        let summary = try runBatch(
            [input, input, input.appendingPathComponent("sub"), input.appendingPathComponent("one.xml")], output,
            converter)
        XCTAssertEqual(summary.total, 2)
        XCTAssertEqual(converter.calls.sorted(), ["one.xml", "sub/two.xml"])
    }

    func testASecondBatchIntoTheSameOutputFolderIsRefused() throws {
        let root = try temporaryFolder()
        let input = root.appendingPathComponent("in")
        try write("<a>one</a>", to: input.appendingPathComponent("one.xml"))
        let output = root.appendingPathComponent("out")
        _ = try Ledger(in: output)
        do {
            let running = try OutputLock(in: output)
            defer { withExtendedLifetime(running) {} }  // held until the end of this block
            XCTAssertThrowsError(try runBatch([input], output)) { error in
                XCTAssertEqual((error as? LiaisonError)?.code, .io)
                XCTAssertTrue("\(error)".contains("another liaison batch is writing to this output folder"), "\(error)")
            }
        }
        XCTAssertEqual(try runBatch([input], output).ok, 1, "free again once the other run ends")
    }
}
