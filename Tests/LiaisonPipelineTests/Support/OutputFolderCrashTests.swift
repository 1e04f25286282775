import Foundation
import LiaisonModel
import LiaisonPipeline
import XCTest

/// The output folder's crash windows: the ledger learns a folder's name before it exists, and
/// recovery only ever claims a finished folder that carries its own ledger tag.
final class OutputFolderCrashTests: XCTestCase {
    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-of-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    private struct Crash: Error {}

    func testTheNameIsRecordedBeforeTheFolderExists() throws {
        let outbox = try temporaryFolder()
        var recorded: URL?
        // A crash right after the ledger write: the name is known, no folder was made.
        XCTAssertThrowsError(
            try OutputFolder.reserve("referral", in: outbox) { url in
                XCTAssertFalse(FileManager.default.fileExists(atPath: url.path), "recorded before mkdir")
                recorded = url
                throw Crash()
            })
        let name = try XCTUnwrap(recorded)
        XCTAssertFalse(OutputFolder.discardPartial(name, tag: "L1"), "nothing finished: redo")
        // The redo reuses the same name: no `referral-2` for the same document.
        let again = try OutputFolder.reserve("referral", in: outbox) { _ in }
        XCTAssertEqual(again.lastPathComponent, "referral")
    }

    func testRecoveryClaimsOnlyItsOwnFinishedFolder() throws {
        let outbox = try temporaryFolder()
        let files = [RenderedFile(artifact: .planJSON, data: Array("{}".utf8))]
        let mine = try OutputFolder.reserve("a", in: outbox) { _ in }
        try OutputFolder.fill(mine, with: files, tag: "L1", durable: false)
        let theirs = try OutputFolder.reserve("b", in: outbox) { _ in }
        try OutputFolder.fill(theirs, with: files, tag: "L2", durable: false)

        XCTAssertTrue(OutputFolder.discardPartial(mine, tag: "L1"))
        XCTAssertFalse(OutputFolder.discardPartial(theirs, tag: "L1"), "another document's letters")
        XCTAssertTrue(FileManager.default.fileExists(atPath: theirs.appendingPathComponent("plan.json").path))
        // An empty reservation left by a crash is removed so the redo can take the name.
        let empty = try OutputFolder.reserve("c", in: outbox) { _ in }
        XCTAssertFalse(OutputFolder.discardPartial(empty, tag: "L3"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: empty.path))
    }
}
