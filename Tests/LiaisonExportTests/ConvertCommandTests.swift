import Foundation
import LiaisonTestSupport
import XCTest

/// `liaison convert` end to end: the real binary, its exit codes, its output file.
final class ConvertCommandTests: XCTestCase {
    func testUsageErrorsExitTwoWithOneLine() throws {
        for arguments in [
            ["convert", "x.xml", "--format", "docx"], ["convert", "x.xml", "--kind", "alert"],
            ["convert", "x.xml", "--date", "24/11/2026"],
        ] {
            let result = try runLiaison(arguments)
            XCTAssertEqual(result.status, 2, "\(arguments): \(result.stderr)")
            XCTAssertTrue(result.stdout.isEmpty)
        }
    }

    func testUnreadablePracticeProfileNamesTheFile() throws {
        let result = try runLiaison(["convert", "x.xml", "--practice", "/nonexistent/practice.yaml"])
        XCTAssertEqual(result.status, 4, result.stderr)
        XCTAssertEqual(
            result.stderr,
            "liaison: error: /nonexistent/practice.yaml: cannot read the practice profile (check the path and permissions)\n"
        )
    }

    /// With a sample referral: stdout by default, and `-o` writes an owner-only file atomically.
    func testWritesStdoutOrAnOwnerOnlyFile() throws {
        let sample = try XCTUnwrap(SampleLetterTests.sampleReferrals().first, "no sample referral in Samples/")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "liaison-convert-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let common = [
            sample.path, "--practice", TestPaths.samples.appendingPathComponent("practice.yaml").path, "--date",
            "2026-11-24",
        ]
        let stdout = try runLiaison(["convert"] + common + ["--format", "markdown"])
        XCTAssertEqual(stdout.status, 0, stdout.stderr)
        XCTAssertTrue(stdout.stdout.contains("Alex Morgan"))
        let output = folder.appendingPathComponent("letter.html")
        try "old letter".write(to: output, atomically: true, encoding: .utf8)
        let written = try runLiaison(["convert"] + common + ["-o", output.path])
        XCTAssertEqual(written.status, 0, written.stderr)
        XCTAssertTrue(written.stdout.isEmpty)
        let html = try String(contentsOf: output, encoding: .utf8)
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"))  // format from the extension
        let mode = try FileManager.default.attributesOfItem(atPath: output.path)[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o600)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") }
        XCTAssertEqual(leftovers, [], "temporary files left behind")
    }
}

/// The red-flag sample through the binary: an alert letter whatever kind was asked for.
final class ConvertAlertTests: XCTestCase {
    func testRedFlagReferralYieldsTheAlertLetter() throws {
        let sample = TestPaths.samples.appendingPathComponent("cauda-equina-red-flag.cda.xml")
        // A progress record for this referral's (fictional) patient.
        let folder = try ScratchFolder()
        let record = try folder.write(
            "name: Samuel Achterberg\nbirthDate: 1972-04-08\nreferral: LIA-REF-2026-0106\n"
                + "sessions: {attended: 2, scheduled: 2}\n", to: "progress.yaml")
        let result = try runLiaison([
            "convert", sample.path, "--kind", "progress", "--progress", record.path, "--format", "markdown",
            "--date", "2026-11-24",
        ])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("# Client referred back: warning sign found"))
        XCTAssertTrue(result.stdout.contains("same-day emergency assessment"))
        XCTAssertTrue(result.stderr.contains("writing an alert letter, not progress"), result.stderr)
        XCTAssertTrue(result.stderr.contains("no --practice profile"), result.stderr)
        XCTAssertFalse(result.stderr.contains("saddle"), "patient details must not reach the log")
    }
}
