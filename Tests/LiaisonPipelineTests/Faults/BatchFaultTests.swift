import Foundation
import LiaisonImport
import LiaisonTestSupport
import XCTest

@testable import LiaisonPipeline

/// `liaison batch` run as a user runs it: the real binary, real referral files, real folders.
final class BatchFaultTests: XCTestCase {
    func testKillDashNineMidBatchOf200ThenRerunAccountsForEveryInputOnce() throws {
        let root = try temporaryFolder()
        let input = root.appendingPathComponent("in")
        let output = root.appendingPathComponent("out")
        let inputs = try RealRun.copies(200, into: input)
        let first = try RealRun.start(
            ["batch", input.path, "--output", output.path, "--jobs", "2"], log: root.appendingPathComponent("first.log")
        )
        let started = RealRun.wait(120, while: first) { names(in: output).count >= 30 }
        let report = output.appendingPathComponent(BatchReport.fileName)
        XCTAssertFalse(FileManager.default.fileExists(atPath: report.path), "killed before the end")
        RealRun.kill9(first)
        XCTAssertTrue(
            started, (try? String(contentsOf: root.appendingPathComponent("first.log"), encoding: .utf8)) ?? "")

        let second = try runLiaison(["batch", input.path, "--output", output.path, "--jobs", "2"])
        XCTAssertEqual(second.status, 0, second.stderr)
        let items = try batchReport(in: output).documents
        XCTAssertEqual(items.map(\.input), inputs, "every input reported once")
        XCTAssertEqual(Set(items.map(\.status)), ["ok"])
        // Exactly one output folder per input: none lost, none written twice (no name-2).
        let stems = inputs.map { ($0 as NSString).deletingPathExtension }
        XCTAssertEqual(names(in: output), (stems + [BatchReport.fileName]).sorted())
        for stem in stems {
            XCTAssertEqual(names(in: output.appendingPathComponent(stem)).count, 4, stem)
        }
        let hidden = try FileManager.default.contentsOfDirectory(atPath: output.path).filter {
            $0.hasSuffix(".partial")
        }
        XCTAssertEqual(hidden, [], "partial folders removed")
        // The ledger agrees with the folders: the latest row of each input is ok with its folder.
        var latest: [String: BatchRecord] = [:]
        for row in try RealRun.batchRows(output) { latest[row.originalName] = row }
        XCTAssertEqual(latest.count, 200)
        for (name, row) in latest {
            XCTAssertEqual(row.status, .ok, name)
            XCTAssertEqual(row.outputFolder, (name as NSString).deletingPathExtension)
        }
    }

    func testBadInputsAreListedAndDoNotStopTheBatch() throws {
        let root = try temporaryFolder()
        let input = root.appendingPathComponent("in")
        _ = try RealRun.copies(2, into: input)
        try write("<ClinicalDocument><title>cut off", to: input.appendingPathComponent("malformed.xml"))
        try FileManager.default.createDirectory(
            at: input.appendingPathComponent("folder.xml"), withIntermediateDirectories: true)
        let output = root.appendingPathComponent("out")
        let result = try runLiaison(["batch", input.path, "--output", output.path])
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertTrue(result.stdout.contains("failed"), result.stdout)
        let report = try batchReport(in: output)
        XCTAssertEqual(report.summary.total, 3, "the folder named like a referral is walked, not read")
        XCTAssertEqual(report.summary.ok, 2)
        let bad = report.documents.first { $0.input == "malformed.xml" }
        XCTAssertEqual(bad?.status, "failed")
        XCTAssertTrue(bad?.error?.hasPrefix("malformed.xml:") == true, bad?.error ?? "no error")
        // referral.json names its source by the hash of the input's bytes.
        let good = try XCTUnwrap(report.documents.first { $0.status == "ok" })
        let json = try XCTUnwrap(good.outputs.first { $0.hasSuffix("referral.json") })
        let referral = try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent(json)))
        let source = (referral as? [String: Any])?["source"] as? [String: Any]
        let bytes = try Data(contentsOf: input.appendingPathComponent(good.input))
        XCTAssertEqual(source?["sha256"] as? String, ContentHash.sha256(bytes))
    }

    func testAnOutputFolderThatCannotBeWrittenIsAClearErrorAndTouchesNoInput() throws {
        let root = try temporaryFolder()
        let input = root.appendingPathComponent("in")
        _ = try RealRun.copies(1, into: input)
        let output = root.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try ReadOnly.lock(output)
        defer { ReadOnly.unlock(output) }
        let result = try runLiaison(["batch", input.path, "--output", output.path])
        XCTAssertEqual(result.status, 4, result.stderr)
        let lines = result.stderr.split(separator: "\n")
        XCTAssertEqual(lines.count, 1, result.stderr)
        XCTAssertTrue(result.stderr.hasPrefix("liaison: error: \(output.path)"), result.stderr)
        XCTAssertEqual(names(in: input), ["referral-000.xml"])
        XCTAssertEqual(names(in: output), [])
    }
}

extension BatchFaultTests {
    func testUsageErrorsExitTwoAndSayWhatIsWrong() throws {
        let root = try temporaryFolder()
        let output = root.appendingPathComponent("out").path
        for (arguments, expected) in [
            (["batch", root.appendingPathComponent("missing").path, "--output", output], "no such file or folder"),
            (["batch", root.path, "--output", output, "--jobs", "0"], "--jobs must be at least 1"),
            (["batch", root.path, "--output", output, "--format", "pdf"], "unknown format 'pdf'"),
            (["status", root.path], "no ledger here"),
        ] {
            let result = try runLiaison(arguments)
            XCTAssertEqual(result.status, 2, "\(arguments): \(result.stderr)")
            let first = result.stderr.split(separator: "\n").first.map(String.init) ?? ""
            XCTAssertTrue(first.contains(expected), "\(arguments): \(result.stderr)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: output), "nothing written on a usage error")
    }
}

/// Makes a folder unwritable, for root too: `chattr +i` when running as root (permissions do
/// not stop root), mode 0555 otherwise. Skips when neither works.
enum ReadOnly {
    static func lock(_ folder: URL) throws {
        if geteuid() == 0 {
            guard shell("chattr", "+i", folder.path) == 0 else {
                throw XCTSkip("running as root without chattr +i: cannot make a folder unwritable")
            }
        } else {
            chmod(folder.path, 0o555)
        }
    }

    static func unlock(_ folder: URL) {
        if geteuid() == 0 { _ = shell("chattr", "-i", folder.path) } else { chmod(folder.path, 0o755) }
    }

    static func shell(_ arguments: String...) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
