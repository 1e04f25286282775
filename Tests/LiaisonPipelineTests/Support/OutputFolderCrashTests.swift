import Foundation
import LiaisonKit
import LiaisonModel
import LiaisonPipeline
import XCTest

/// The output folder's crash windows: outputs appear under a name the ledger already has, never
/// over an existing folder, and recovery only ever claims a finished folder with its own tag.
final class OutputFolderCrashTests: XCTestCase {
    private let files = [RenderedFile(artifact: .planJSON, data: Array("{}".utf8))]

    func testAFolderTakenMeanwhileIsNeverReplacedAndTheNextNameIsRecordedFirst() throws {
        let outbox = try temporaryFolder()
        let chosen = OutputFolder.firstFree("referral", in: outbox)
        XCTAssertEqual(chosen.lastPathComponent, "referral")
        // Another writer takes the name after it was chosen and recorded.
        try FileManager.default.createDirectory(at: chosen, withIntermediateDirectories: false)
        try Data("theirs".utf8).write(to: chosen.appendingPathComponent("letter.html"))

        var recorded: [String] = []
        let placed = try OutputFolder.fill(chosen, with: files, tag: "L1", durable: false) { url in
            XCTAssertFalse(FileManager.default.fileExists(atPath: url.path), "recorded before it exists")
            recorded.append(url.lastPathComponent)
        }
        XCTAssertEqual(placed.lastPathComponent, "referral-2")
        XCTAssertEqual(recorded, ["referral-2"])
        XCTAssertEqual(try String(contentsOf: chosen.appendingPathComponent("letter.html"), encoding: .utf8), "theirs")
        XCTAssertTrue(FileManager.default.fileExists(atPath: placed.appendingPathComponent("plan.json").path))
        XCTAssertEqual(
            try FileManager.default.contentsOfDirectory(atPath: outbox.path).sorted(), ["referral", "referral-2"],
            "no partial folder left")
    }

    func testAnEmptyFolderAtTheNameIsNotReplacedEither() throws {
        let outbox = try temporaryFolder()
        let source = outbox.appendingPathComponent("source")
        let target = outbox.appendingPathComponent("target")
        try FileManager.default.createDirectory(at: source, withIntermediateDirectories: false)
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
        XCTAssertFalse(try FileOps.renameNoReplace(source.path, to: target.path))
        XCTAssertTrue(FileManager.default.fileExists(atPath: source.path))
        try FileManager.default.removeItem(at: target)
        XCTAssertTrue(try FileOps.renameNoReplace(source.path, to: target.path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: source.path))
    }

    func testRecoveryClaimsOnlyItsOwnFinishedFolder() throws {
        let outbox = try temporaryFolder()
        let mine = try OutputFolder.fill(outbox.appendingPathComponent("a"), with: files, tag: "L1", durable: false)
        let theirs = try OutputFolder.fill(outbox.appendingPathComponent("b"), with: files, tag: "L2", durable: false)

        XCTAssertTrue(OutputFolder.discardPartial(mine, tag: "L1"))
        XCTAssertFalse(OutputFolder.discardPartial(theirs, tag: "L1"), "another document's letters")
        XCTAssertTrue(FileManager.default.fileExists(atPath: theirs.appendingPathComponent("plan.json").path))
        // Killed while writing: the name recorded, a partial folder, no folder at the name.
        let cut = outbox.appendingPathComponent("c")
        let partial = outbox.appendingPathComponent(".liaison-L3.partial")
        try FileManager.default.createDirectory(at: partial, withIntermediateDirectories: false)
        XCTAssertFalse(OutputFolder.discardPartial(cut, tag: "L3"), "nothing finished: redo")
        XCTAssertFalse(FileManager.default.fileExists(atPath: partial.path), "partial output removed")
        // The redo takes the same name: no `c-2` for the same document.
        XCTAssertEqual(OutputFolder.firstFree("c", in: outbox), cut)
        // An empty reservation (the fallback without an exclusive rename) is removed too.
        try FileManager.default.createDirectory(at: cut, withIntermediateDirectories: false)
        XCTAssertFalse(OutputFolder.discardPartial(cut, tag: "L3"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: cut.path))
    }
}

/// The owner tag is an extended attribute of the folder (no file of its own); a folder written
/// by an earlier version with a `.liaison-owner` file is still recognised.
final class OutputFolderOwnerTests: XCTestCase {
    func testTheOwnerTagIsAnAttributeAndTheOldFileStillCounts() throws {
        let outbox = try temporaryFolder()
        let files = [RenderedFile(artifact: .planJSON, data: Array("{}".utf8))]
        let placed = try OutputFolder.fill(outbox.appendingPathComponent("a"), with: files, tag: "L7", durable: false)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: placed.path), ["plan.json"])
        XCTAssertTrue(OutputFolder.discardPartial(placed, tag: "L7"))
        XCTAssertFalse(OutputFolder.discardPartial(placed, tag: "L8"), "another entry's folder is not claimed")

        let old = outbox.appendingPathComponent("old")
        try FileManager.default.createDirectory(at: old, withIntermediateDirectories: false)
        try Data("{}".utf8).write(to: old.appendingPathComponent("plan.json"))
        try Data("L9".utf8).write(to: old.appendingPathComponent(".liaison-owner"))
        XCTAssertTrue(OutputFolder.discardPartial(old, tag: "L9"))
    }
}
