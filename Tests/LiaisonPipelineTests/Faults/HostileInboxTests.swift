import Foundation
import LiaisonTestSupport
import XCTest

@testable import LiaisonPipeline

/// `liaison watch` on the things real inboxes hold besides referrals: FIFOs, links, very long
/// names, names with newlines, uploads still in progress, oversized files. The real binary on
/// real folders; every input must end exactly once, with its reason, and the ledger agree.
final class HostileInboxTests: XCTestCase {
    func testAFifoIsFailedWithoutBlockingAndSigtermStillEndsTheWatcher() throws {
        let root = try temporaryFolder()
        let inbox = root.appendingPathComponent("inbox")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        XCTAssertEqual(mkfifo(inbox.appendingPathComponent("pipe.xml").path, 0o644), 0)
        try RealRun.distinct("good").write(to: inbox.appendingPathComponent("good.xml"))
        let process = try RealRun.watch(root, ["--jobs", "1"])
        defer { if process.isRunning { RealRun.kill9(process) } }
        let filed = RealRun.wait(60, while: process) {
            FileOps.exists(root.appendingPathComponent("failed/pipe.xml.error.txt"))
                && FileOps.exists(root.appendingPathComponent("archive/good.xml"))
        }
        XCTAssertTrue(filed, RealRun.log(root))
        // A second FIFO dropped while it runs is no trap either.
        XCTAssertEqual(mkfifo(inbox.appendingPathComponent("pipe2.xml").path, 0o644), 0)
        XCTAssertTrue(
            RealRun.wait(30, while: process) {
                FileOps.exists(root.appendingPathComponent("failed/pipe2.xml.error.txt"))
            },
            RealRun.log(root))
        let sent = Date()
        kill(process.processIdentifier, SIGTERM)
        XCTAssertTrue(RealRun.wait(5) { !process.isRunning }, "SIGTERM ended the watcher within 5 s")
        process.waitUntilExit()
        XCTAssertLessThan(Date().timeIntervalSince(sent), 5)
        XCTAssertEqual(process.terminationStatus, 0, RealRun.log(root))
        try FolderAudit.check(
            root,
            [
                "pipe.xml": .failed("is a named pipe (FIFO), not a referral file"),
                "pipe2.xml": .failed("is a named pipe (FIFO)"), "good.xml": .archived,
            ])
    }

    func testADanglingLinkAndALinkToAFileOutsideAreFailedSayingWhereTheyPointAndNotRead() throws {
        let root = try temporaryFolder()
        let inbox = root.appendingPathComponent("inbox")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        let secret = root.deletingLastPathComponent().appendingPathComponent("outside.xml")
        try RealRun.distinct("outside").write(to: secret)
        try FileManager.default.createSymbolicLink(
            atPath: inbox.appendingPathComponent("outside.xml").path, withDestinationPath: secret.path)
        try FileManager.default.createSymbolicLink(
            atPath: inbox.appendingPathComponent("dangling.xml").path, withDestinationPath: "/nonexistent/referral.xml")
        let result = try runLiaison(["watch", root.path, "--settle", "0.2", "--once"])
        XCTAssertEqual(result.status, 0, result.stderr)
        try FolderAudit.check(
            root,
            [
                "outside.xml": .failed("is a symbolic link to \(secret.path), not a referral file"),
                "dangling.xml": .failed("is a symbolic link to /nonexistent/referral.xml, which does not exist"),
            ])
        XCTAssertEqual(names(in: root.appendingPathComponent("outbox")), [], "the file outside was not read")
        XCTAssertTrue(FileOps.exists(secret), "the file outside is untouched")
        let rows = try RealRun.rows(root)
        XCTAssertEqual(rows.compactMap(\.sha256), [], "no content read through a link")
    }

    func testNamesOf240To255BytesAreClaimedAndFiledUnderTheirOwnNames() throws {
        let root = try temporaryFolder()
        let inbox = root.appendingPathComponent("inbox")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        var expected: [String: Ending] = [:]
        for length in [240, 245, 250, 255] {
            let good = String(repeating: "g", count: length - 6) + "-\(length % 10).xml"
            try RealRun.distinct(good).write(to: inbox.appendingPathComponent(good))
            expected[good] = .archived
            let broken = String(repeating: "b", count: length - 6) + "-\(length % 10).xml"
            try write("<ClinicalDocument><title>cut off", to: inbox.appendingPathComponent(broken))
            expected[broken] = .failed("malformed XML")
        }
        // Multi-byte characters: 252 bytes, shortened only at character boundaries.
        let accented = String(repeating: "é", count: 124) + ".xml"
        XCTAssertEqual(accented.utf8.count, 252)
        try RealRun.distinct("accented").write(to: inbox.appendingPathComponent(accented))
        expected[accented] = .archived
        let result = try runLiaison(["watch", root.path, "--settle", "0.2", "--once"])
        XCTAssertEqual(result.status, 0, result.stderr)
        try FolderAudit.check(root, expected)
        let outbox = names(in: root.appendingPathComponent("outbox"))
        XCTAssertEqual(outbox.count, 5, "one output folder per converted file")
        XCTAssertTrue(outbox.allSatisfy { $0.utf8.count <= 255 })
        // The same long name dropped again is numbered within the limit, and restarted too.
        let longest = expected.keys.first { $0.utf8.count == 255 && $0.hasPrefix("g") }!
        try RealRun.distinct("again").write(to: inbox.appendingPathComponent(longest))
        XCTAssertEqual(try runLiaison(["watch", root.path, "--settle", "0.2", "--once"]).status, 0)
        let again = try XCTUnwrap(try RealRun.rows(root).last)
        XCTAssertEqual(again.originalName, longest)
        XCTAssertEqual(again.status, .ok)
        let placed = try XCTUnwrap(again.archivedAs)
        XCTAssertTrue(placed.hasSuffix("~-2.xml"), placed)
        XCTAssertLessThanOrEqual((placed as NSString).lastPathComponent.utf8.count, 255)
    }

    func testSmallItemsNewlineNamesUploadsInProgressOversizedFilesLogsAndLedgerModes() throws {
        let root = try temporaryFolder()
        let inbox = root.appendingPathComponent("inbox")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        let newline = "two\nlines.xml"
        try RealRun.distinct("newline").write(to: inbox.appendingPathComponent(newline))
        for upload in ["winscp.xml.filepart", "chrome.xml.crswap", "opera.xml.opdownload"] {
            try RealRun.distinct(upload).write(to: inbox.appendingPathComponent(upload))
        }
        var big = try RealRun.distinct("big")
        big.append(Data(repeating: 0x20, count: 25 * 1024 * 1024))
        try big.write(to: inbox.appendingPathComponent("big.xml"))
        let result = try runLiaison(["watch", root.path, "--settle", "0.2", "--once"])
        XCTAssertEqual(result.status, 0, result.stderr)
        try FolderAudit.check(
            root,
            [
                newline: .archived, "big.xml": .failed("over the 20 MB limit"), "winscp.xml.filepart": .inbox,
                "chrome.xml.crswap": .inbox, "opera.xml.opdownload": .inbox,
            ])
        let note = try FolderAudit.errorNote(root, placed: "failed/big.xml")
        XCTAssertFalse(note.contains("--max-size"), "watch has no --max-size: \(note)")
        for line in result.stderr.split(separator: "\n") {
            XCTAssertTrue(line.hasPrefix("20"), "every log line starts with its time: \(line)")
        }
        XCTAssertTrue(result.stderr.contains("two\\nlines.xml"), result.stderr)
        // The ledger and its companions are private whatever the umask.
        for suffix in ["", "-wal", "-shm"] {
            let url = root.appendingPathComponent(".liaison/ledger.sqlite\(suffix)")
            if FileOps.exists(url) { XCTAssertEqual(mode(of: url), 0o600, url.lastPathComponent) }
        }
        let status = try runLiaison(["status", root.path, "--json"])
        XCTAssertEqual(status.status, 0, status.stderr)
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [String: Any])
        let recent = try XCTUnwrap(json["recent"] as? [[String: Any]])
        let received = try XCTUnwrap(recent.first?["received"] as? String)
        let parsed = try XCTUnwrap(ISO8601DateFormatter.fractional.date(from: received), received)
        XCTAssertLessThan(abs(parsed.timeIntervalSinceNow), 600, "an ISO 8601 time of today: \(received)")
    }

    func testSqliteCompanionFilesArePrivateWhileAWatcherRuns() throws {
        let root = try temporaryFolder()
        _ = try RealRun.copies(2, into: root.appendingPathComponent("inbox"))
        let process = try RealRun.watch(root)
        defer { RealRun.kill9(process) }
        XCTAssertTrue(RealRun.wait(60, while: process) { names(in: root.appendingPathComponent("archive")).count == 2 })
        for suffix in ["", "-wal", "-shm"] {
            let url = root.appendingPathComponent(".liaison/ledger.sqlite\(suffix)")
            XCTAssertTrue(FileOps.exists(url), "\(url.lastPathComponent) exists while running")
            XCTAssertEqual(mode(of: url), 0o600, url.lastPathComponent)
        }
    }
}

extension ISO8601DateFormatter {
    static var fractional: ISO8601DateFormatter {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter
    }
}
