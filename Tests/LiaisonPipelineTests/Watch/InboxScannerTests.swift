import Foundation
import XCTest

@testable import LiaisonPipeline

final class InboxScannerTests: XCTestCase {
    func testKeepsOnlyTheOldestEntriesWhateverTheFolderSize() throws {
        let inbox = try temporaryFolder()
        for i in 0..<300 {
            let url = inbox.appendingPathComponent("f\(i).xml")
            try write("x", to: url)
            // Oldest is f299: times count down as the index goes up.
            try FileManager.default.setAttributes(
                [.modificationDate: Date(timeIntervalSince1970: 1_000_000 - Double(i))], ofItemAtPath: url.path)
        }
        try write("x", to: inbox.appendingPathComponent("note.tmp"))
        let (entries, remaining, _) = try InboxScanner(folder: inbox, limit: 10).oldest()
        XCTAssertEqual(remaining, 300, "the temporary file is not counted")
        XCTAssertEqual(entries.map(\.name), (290..<300).reversed().map { "f\($0).xml" })
    }

    func testNamesThatAreNotUTF8AreEscapedByteByByte() {
        XCTAssertEqual(FileName.escapingInvalidUTF8(Array("M".utf8) + [0xFC] + Array("ller.xml".utf8)), "M%FCller.xml")
        XCTAssertEqual(
            FileName.escapingInvalidUTF8(Array("Zürich 100%".utf8) + [0xFF]), "Zürich 100%25%FF", "a % is escaped too")
        XCTAssertEqual(FileName.escapingInvalidUTF8([0xE2, 0x82]), "%E2%82", "a cut-off sequence")
    }

    func testAFileIsSettledOnlyOnceItStopsChanging() {
        var tracker = SettleTracker(interval: 2)
        var entry = InboxEntry(name: "a.xml", size: 10, modified: 100, changed: 100, isFolder: false)
        XCTAssertFalse(tracker.isSettled(entry, now: 100.5), "first look")
        XCTAssertFalse(tracker.isSettled(entry, now: 101.5), "unchanged for 1 s of 2")
        entry.size = 20
        entry.changed = 101.6
        XCTAssertFalse(tracker.isSettled(entry, now: 101.7), "grew: the clock restarts")
        XCTAssertFalse(tracker.isSettled(entry, now: 103.0))
        XCTAssertTrue(tracker.isSettled(entry, now: 103.8), "unchanged for 2 s")
        // A copy that kept an old modification time still moved its status-change time.
        var copy = InboxEntry(name: "b.xml", size: 5, modified: 10, changed: 200, isFolder: false)
        XCTAssertFalse(tracker.isSettled(copy, now: 200.1))
        XCTAssertFalse(tracker.isSettled(copy, now: 200.5))
        // A file untouched for long is taken on the second look.
        copy.changed = 50
        XCTAssertFalse(tracker.isSettled(copy, now: 200.6))
        XCTAssertTrue(tracker.isSettled(copy, now: 200.9))
    }

    func testIgnoredNames() {
        for name in [".hidden.xml", "a.xml.part", "a.xml.tmp", "a.xml.crdownload", "a.xml~", "a.xml.partial"] {
            XCTAssertTrue(NameRules.isIgnored(name), name)
        }
        XCTAssertFalse(NameRules.isIgnored("referral.xml"))
        XCTAssertEqual(FileName.numbered("a.xml", 2), "a-2.xml")
        XCTAssertEqual(FileName.numbered("README", 3), "README-3")
    }

    /// What the change notifications say decides, and a writer that vanished without closing
    /// (no probe can tell) does not hold its file for ever.
    func testAFileStillOpenIsNotTakenAndALikelyOpenOneIsTakenOnceLongQuiet() throws {
        struct Watcher: FileWatcher {
            let states: [String: WriterState]
            func wait(timeout: Double) -> Bool { false }
            func writers(of name: String) -> WriterState { states[name] ?? .unknown }
        }
        let inbox = try temporaryFolder()
        let intake = Intake(
            scanner: InboxScanner(folder: inbox),
            watcher: Watcher(states: ["open.xml": .open, "likely.xml": .likelyOpen, "closed.xml": .none]),
            tracker: SettleTracker(interval: 2))
        XCTAssertEqual(intake.likelyOpenLimit, 60, "at least a minute")
        let now = 10_000.0
        func entry(_ name: String, quietFor seconds: Double) -> InboxEntry {
            InboxEntry(name: name, size: 1, modified: now - seconds, changed: now - seconds, isFolder: false)
        }
        XCTAssertFalse(intake.mayTake(entry("open.xml", quietFor: 3600), now: now), "open for writing: never")
        XCTAssertTrue(intake.mayTake(entry("closed.xml", quietFor: 0), now: now))
        XCTAssertTrue(
            intake.mayTake(entry("polled.xml", quietFor: 0), now: now), "unknown: the settle interval decides")
        XCTAssertFalse(intake.mayTake(entry("likely.xml", quietFor: 59), now: now), "likely still being written")
        XCTAssertTrue(intake.mayTake(entry("likely.xml", quietFor: 61), now: now), "its writer is gone")
    }
}
