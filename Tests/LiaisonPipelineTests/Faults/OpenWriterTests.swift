import Foundation
import LiaisonImport
import LiaisonTestSupport
import XCTest

@testable import LiaisonPipeline

/// Files still being written when the watcher looks: a writer that pauses longer than the settle
/// interval, a file created empty and filled later, a file appended to after it was taken. The
/// real binary; the watcher must wait for the writer, or put the file back, never fail it.
final class OpenWriterTests: XCTestCase {
    /// Starts a watcher (as `user` when given, through setpriv) and waits until its inbox exists.
    func startWatcher(_ root: URL, as user: Int? = nil) throws -> Process {
        let process: Process
        if let user {
            process = try RealRun.start(
                [
                    "--reuid=\(user)", "--regid=\(user)", "--clear-groups", TestPaths.liaisonBinary.path, "watch",
                    root.path, "--settle", "0.5", "--rescan", "1",
                ], log: root.deletingLastPathComponent().appendingPathComponent("watch.log"),
                executable: URL(fileURLWithPath: "/usr/bin/setpriv"))
        } else {
            process = try RealRun.watch(root)
        }
        XCTAssertTrue(
            RealRun.wait(30, while: process) { RealRun.log(root).contains("watching") }, RealRun.log(root))
        return process
    }

    /// Writes half the document, holds the file open without writing for 3 s (six settle
    /// intervals), checks it was not taken, writes the rest and closes.
    func writeWithALongPause(_ target: URL, _ document: Data, while process: Process) throws {
        FileManager.default.createFile(atPath: target.path, contents: nil, attributes: [.posixPermissions: 0o644])
        let handle = try FileHandle(forWritingTo: target)
        handle.write(document.prefix(document.count / 2))
        let pauseEnds = Date().addingTimeInterval(3)
        while Date() < pauseEnds {
            XCTAssertTrue(FileOps.exists(target), "taken while the writer still had it open")
            Thread.sleep(forTimeInterval: 0.1)
        }
        handle.write(document.dropFirst(document.count / 2))
        try handle.close()
        XCTAssertTrue(process.isRunning, "the watcher is still running")
    }

    /// Writes `name` with a long pause while `process` watches `root`, then checks it was
    /// archived once, whole.
    func checkPausedWriter(_ root: URL, _ process: Process, name: String) throws {
        defer { RealRun.kill9(process) }
        let document = try RealRun.distinct(name)
        try writeWithALongPause(root.appendingPathComponent("inbox/\(name)"), document, while: process)
        let archived = root.appendingPathComponent("archive/\(name)")
        XCTAssertTrue(RealRun.wait(30, while: process) { FileOps.exists(archived) }, RealRun.log(root))
        XCTAssertEqual(try Data(contentsOf: archived), document)
        try FolderAudit.check(root, [name: .archived])
    }

    func testAWriterPausingLongerThanTheSettleIntervalIsWaitedForWhileItHoldsTheFile() throws {
        let root = try temporaryFolder()
        try checkPausedWriter(root, try startWatcher(root), name: "paused.xml")
    }

    /// As another user, the kernel will not grant a lease on root's file: inotify's record of a
    /// file written and not yet closed is what keeps the watcher waiting.
    func testAsAnotherUserTheWatcherStillWaitsForAWriterThatHoldsTheFile() throws {
        guard geteuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else {
            throw XCTSkip("needs root and setpriv to run the watcher as another user")
        }
        let root = try temporaryFolder()
        let nobody = 65534
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("inbox"), withIntermediateDirectories: true)
        for url in [root.deletingLastPathComponent(), root, root.appendingPathComponent("inbox")] {
            XCTAssertEqual(chown(url.path, uid_t(nobody), gid_t(nobody)), 0)
        }
        chmod(root.deletingLastPathComponent().path, 0o755)
        try checkPausedWriter(root, try startWatcher(root, as: nobody), name: "other.xml")
    }

    func testAZeroByteFileHeldOpenAndFilledLaterIsNotFailedAsEmpty() throws {
        let root = try temporaryFolder()
        let process = try startWatcher(root)
        defer { RealRun.kill9(process) }
        let target = root.appendingPathComponent("inbox/empty-first.xml")
        FileManager.default.createFile(atPath: target.path, contents: nil)
        let handle = try FileHandle(forWritingTo: target)
        Thread.sleep(forTimeInterval: 2.5)  // five settle intervals, zero bytes, held open
        XCTAssertTrue(FileOps.exists(target), "an empty file still open was taken")
        let document = try RealRun.distinct("filled")
        handle.write(document)
        try handle.close()
        XCTAssertTrue(
            RealRun.wait(30, while: process) { FileOps.exists(root.appendingPathComponent("archive/empty-first.xml")) },
            RealRun.log(root))
        try FolderAudit.check(root, ["empty-first.xml": .archived])
        XCTAssertEqual(try RealRun.rows(root).first?.sha256, ContentHash.sha256(document))
    }

    /// A writer that kept the file (by its new path, as a remote writer's handle survives a
    /// rename) appends while the watcher converts it: the file goes back to the inbox and is
    /// converted again whole; the archived bytes are the ones the ledger hashed.
    func testAFileAppendedAfterItWasClaimedGoesBackAndIsConvertedWhole() throws {
        let root = try temporaryFolder()
        let process = try startWatcher(root)
        defer { RealRun.kill9(process) }
        // About 2 MB of narrative: over a second to convert in a debug build, 2 ms to read.
        let document = try RealRun.padded("appended", bytes: 2_000_000)
        let staging = root.deletingLastPathComponent().appendingPathComponent("appended.xml")
        try document.write(to: staging)
        XCTAssertEqual(rename(staging.path, root.appendingPathComponent("inbox/appended.xml").path), 0)
        let work = root.appendingPathComponent(".liaison/work")
        var claimed: URL?
        XCTAssertTrue(
            RealRun.wait(30, while: process) {
                claimed =
                    names(in: work).lazy.compactMap { folder in
                        names(in: work.appendingPathComponent(folder)).first { $0.hasSuffix("-appended.xml") }
                            .map { work.appendingPathComponent(folder).appendingPathComponent($0) }
                    }.first
                return claimed != nil
            }, RealRun.log(root))
        Thread.sleep(forTimeInterval: 0.3)  // read, now converting
        let handle = try FileHandle(forWritingTo: try XCTUnwrap(claimed))
        handle.seekToEndOfFile()
        let tail = Data("<!-- appended after the claim -->\n".utf8)
        handle.write(tail)
        try handle.close()
        XCTAssertTrue(
            RealRun.wait(60, while: process) { FileOps.exists(root.appendingPathComponent("archive/appended.xml")) },
            RealRun.log(root))
        XCTAssertTrue(RealRun.log(root).contains("back to the inbox: it changed after it was read"), RealRun.log(root))
        let archived = try Data(contentsOf: root.appendingPathComponent("archive/appended.xml"))
        XCTAssertEqual(archived, document + tail)
        try FolderAudit.check(root, ["appended.xml": .archived])
        let rows = try RealRun.rows(root)
        XCTAssertEqual(rows.map(\.sha256), [ContentHash.sha256(archived)], "the ledger hashed what was archived")
        XCTAssertEqual(names(in: root.appendingPathComponent("outbox")), ["appended"], "one set of letters")
    }
}
