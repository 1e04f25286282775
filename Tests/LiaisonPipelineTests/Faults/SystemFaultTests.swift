import Foundation
import LiaisonTestSupport
import XCTest

@testable import LiaisonPipeline

/// Errors that are not the document's: identical files dropped together, the ledger deleted
/// under a running watcher, the process out of file descriptors, absurd `--jobs`. The real
/// binary; no document may be failed for them, none converted twice, none lost.
final class SystemFaultTests: XCTestCase {
    func testTwentyIdenticalPairsDroppedTogetherAreEachConvertedOnce() throws {
        let root = try temporaryFolder()
        let staging = root.deletingLastPathComponent().appendingPathComponent("staging")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("inbox"), withIntermediateDirectories: true)
        var expected: [String: Ending] = [:]
        for i in 0..<20 {
            let document = try RealRun.distinct("pair \(i)")
            for side in ["a", "b"] {
                let name = String(format: "%@-%02d.xml", side, i)
                try document.write(to: staging.appendingPathComponent(name))
                expected[name] = .archived
            }
        }
        for name in expected.keys.sorted() {
            XCTAssertEqual(
                rename(staging.appendingPathComponent(name).path, root.appendingPathComponent("inbox/\(name)").path), 0)
        }
        let result = try runLiaison(["watch", root.path, "--settle", "0.2", "--once", "--jobs", "2"])
        XCTAssertEqual(result.status, 0, result.stderr)
        try FolderAudit.check(root, expected)
        XCTAssertEqual(names(in: root.appendingPathComponent("outbox")).count, 20, "one conversion per content")
        let rows = try RealRun.rows(root)
        for i in 0..<20 {
            let pair = rows.filter { $0.originalName.hasSuffix(String(format: "-%02d.xml", i)) }
            XCTAssertEqual(pair.map(\.status.rawValue).sorted(), ["duplicate", "ok"], "pair \(i)")
            XCTAssertEqual(Set(pair.compactMap(\.sha256)).count, 1, "pair \(i) has one hash")
        }
    }

    func testADeletedLedgerStopsTheWatcherAndFilesDroppedAfterStayInTheInbox() throws {
        let root = try temporaryFolder()
        _ = try RealRun.copies(3, into: root.appendingPathComponent("inbox"), prefix: "before")
        let process = try RealRun.watch(root)
        defer { if process.isRunning { RealRun.kill9(process) } }
        XCTAssertTrue(
            RealRun.wait(60, while: process) { names(in: root.appendingPathComponent("archive")).count == 3 },
            RealRun.log(root))
        for suffix in ["", "-wal", "-shm"] {
            unlink(root.appendingPathComponent(".liaison/ledger.sqlite\(suffix)").path)
        }
        let after = try RealRun.copies(3, into: root.appendingPathComponent("inbox"), prefix: "after")
        XCTAssertTrue(RealRun.wait(15) { !process.isRunning }, "the watcher stopped: \(RealRun.log(root))")
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 4, RealRun.log(root))
        XCTAssertTrue(RealRun.log(root).contains("the ledger was deleted or replaced"), RealRun.log(root))
        XCTAssertEqual(names(in: root.appendingPathComponent("failed")), [], "nothing failed for it")
        XCTAssertEqual(names(in: root.appendingPathComponent("inbox")), after, "new files wait in the inbox")

        // Started again, it begins a new ledger and takes them.
        let again = try runLiaison(["watch", root.path, "--settle", "0.2", "--once"])
        XCTAssertEqual(again.status, 0, again.stderr)
        var expected = Dictionary(uniqueKeysWithValues: after.map { ($0, Ending.archived) })
        for name in names(in: root.appendingPathComponent("archive")) where name.hasPrefix("before") {
            expected[name] = nil
        }
        XCTAssertEqual(names(in: root.appendingPathComponent("archive")).filter { $0.hasPrefix("before") }.count, 3)
        XCTAssertEqual(Set(try RealRun.rows(root).map(\.originalName)), Set(after))
        XCTAssertEqual(names(in: root.appendingPathComponent("failed")), [])
        XCTAssertEqual(names(in: root.appendingPathComponent("inbox")), [])
    }

    func testOutOfFileDescriptorsNothingFailsAndAllIsTakenOnceTheyAreBack() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/prlimit") else { throw XCTSkip("no prlimit") }
        let root = try temporaryFolder()
        _ = try RealRun.copies(1, into: root.appendingPathComponent("inbox"), prefix: "warm")
        let process = try RealRun.watch(root, ["--jobs", "2"])
        defer { if process.isRunning { RealRun.kill9(process) } }
        XCTAssertTrue(
            RealRun.wait(60, while: process) { names(in: root.appendingPathComponent("archive")).count == 1 },
            RealRun.log(root))
        // As low as `ulimit -n` can go for this process: exactly what it has open when idle (the
        // fewest of a few looks, so a descriptor open for a moment, under load, leaves no spare).
        let open = (0..<10).map { _ -> Int in
            Thread.sleep(forTimeInterval: 0.05)
            return names(in: URL(fileURLWithPath: "/proc/\(process.processIdentifier)/fd")).count
        }.min()!
        var own = rlimit()
        getrlimit(Int32(RLIMIT_NOFILE.rawValue), &own)
        XCTAssertEqual(setLimit(process, open), 0)
        let inputs = try RealRun.copies(20, into: root.appendingPathComponent("inbox"))
        XCTAssertTrue(
            RealRun.wait(30, while: process) { RealRun.log(root).contains("nothing is failed") }, RealRun.log(root))
        Thread.sleep(forTimeInterval: 2)
        XCTAssertTrue(process.isRunning, RealRun.log(root))
        XCTAssertEqual(names(in: root.appendingPathComponent("failed")), [], RealRun.log(root))
        XCTAssertTrue(
            RealRun.log(root).contains("Too many open files") || RealRun.log(root).contains("SQLite error 14"))
        XCTAssertEqual(setLimit(process, Int(own.rlim_cur)), 0)
        XCTAssertTrue(
            RealRun.wait(120, while: process) { names(in: root.appendingPathComponent("archive")).count == 21 },
            RealRun.log(root))
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        var expected = Dictionary(uniqueKeysWithValues: inputs.map { ($0, Ending.archived) })
        expected["warm-000.xml"] = .archived
        try FolderAudit.check(root, expected)
    }

    /// Sets the soft open-file limit of the running `process` (as `ulimit -Sn` would have).
    func setLimit(_ process: Process, _ limit: Int) -> Int32 {
        let prlimit = Process()
        prlimit.executableURL = URL(fileURLWithPath: "/usr/bin/prlimit")
        prlimit.arguments = ["--pid", "\(process.processIdentifier)", "--nofile=\(limit):"]
        guard (try? prlimit.run()) != nil else { return -1 }
        prlimit.waitUntilExit()
        return prlimit.terminationStatus
    }

    func testJobsAboveTheMaximumAreCappedWithAMessage() throws {
        let root = try temporaryFolder()
        let input = root.appendingPathComponent("in")
        let inputs = try RealRun.copies(5, into: input)
        let batch = try runLiaison([
            "batch", input.path, "--output", root.appendingPathComponent("out").path, "--jobs", "100000",
        ])
        XCTAssertEqual(batch.status, 0, batch.stderr)
        XCTAssertTrue(batch.stderr.contains("--jobs 100000 is more than 64"), batch.stderr)
        let report = try batchReport(in: root.appendingPathComponent("out"))
        XCTAssertEqual(report.documents.map(\.input), inputs)
        XCTAssertEqual(report.summary.ok, 5)

        let watched = root.appendingPathComponent("watched")
        _ = try RealRun.copies(5, into: watched.appendingPathComponent("inbox"))
        let watch = try runLiaison(["watch", watched.path, "--once", "--settle", "0.2", "--jobs", "100000"])
        XCTAssertEqual(watch.status, 0, watch.stderr)
        XCTAssertTrue(watch.stderr.contains("--jobs 100000 is more than 64"), watch.stderr)
        try FolderAudit.check(watched, Dictionary(uniqueKeysWithValues: inputs.map { ($0, Ending.archived) }))
    }

    func testAFifoAndADanglingLinkInABatchAreListedAndTheBatchFinishes() throws {
        let root = try temporaryFolder()
        let input = root.appendingPathComponent("in")
        _ = try RealRun.copies(2, into: input)
        XCTAssertEqual(mkfifo(input.appendingPathComponent("pipe.xml").path, 0o644), 0)
        try FileManager.default.createSymbolicLink(
            atPath: input.appendingPathComponent("gone.xml").path, withDestinationPath: "/nonexistent.xml")
        let output = root.appendingPathComponent("out")
        let batch = try RealRun.start(
            ["batch", input.path, "--output", output.path], log: root.appendingPathComponent("b.log"))
        XCTAssertTrue(RealRun.wait(60) { !batch.isRunning }, "the batch did not block on the FIFO")
        if batch.isRunning { RealRun.kill9(batch) }
        XCTAssertEqual(batch.terminationStatus, 1)
        let report = try batchReport(in: output)
        let byName = Dictionary(uniqueKeysWithValues: report.documents.map { ($0.input, $0) })
        XCTAssertEqual(byName["pipe.xml"]?.status, "failed")
        XCTAssertTrue(
            byName["pipe.xml"]?.error?.contains("is a named pipe (FIFO)") == true, "\(byName["pipe.xml"]?.error ?? "")")
        XCTAssertEqual(byName["gone.xml"]?.status, "failed")
        XCTAssertEqual(report.summary.ok, 2)
    }
}
