import Foundation
import LiaisonTestSupport
import XCTest

/// What `liaison convert` refuses: one line on standard error, its exit code, and no output file.
final class ConvertRefusalTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-refusal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    var sample: String { TestPaths.samples.appendingPathComponent("disc-herniation.cda.xml").path }
    var practice: String { TestPaths.samples.appendingPathComponent("practice.yaml").path }

    /// Runs `convert` with `-o` into the test folder; the result and whether anything is left there.
    func convert(_ arguments: [String], output name: String) throws -> (CommandResult, [String]) {
        let output = folder.appendingPathComponent(name).path
        let result = try runLiaison(["convert", sample, "--date", "2026-11-24"] + arguments + ["-o", output])
        return (
            result, try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0 != "practice.yaml" }
        )
    }

    func testAMissingPDFEngineNamesWhatToInstall() throws {
        let (result, left) = try convert(["--format", "pdf", "--pdf-engine", "/nonexistent"], output: "letter.pdf")
        XCTAssertEqual(result.status, 4, result.stderr)
        XCTAssertEqual(
            result.stderr,
            "liaison: error: --format pdf needs headless Chromium, and --pdf-engine /nonexistent is not an executable file (install it (apt-get install chromium / brew install --cask chromium) or pass --pdf-engine PATH)\n"
        )
        XCTAssertEqual(left, [], "nothing may be written")
    }

    func testAnExtensionThatContradictsTheFormatIsAUsageError() throws {
        let (result, left) = try convert(["--format", "html"], output: "letter.pdf")
        XCTAssertEqual(result.status, 2, result.stderr)
        XCTAssertEqual(result.stderr.filter { $0 == "\n" }.count, 1, result.stderr)
        XCTAssertTrue(result.stderr.hasPrefix("liaison: error: -o "), result.stderr)
        XCTAssertTrue(result.stderr.contains("names a .pdf file but --format is html"), result.stderr)
        XCTAssertEqual(left, [])
    }

    func testAnUnknownVoiceIsAnErrorAtItsLine() throws {
        let profile = folder.appendingPathComponent("practice.yaml")
        try "trainer: Alex Morgan\nvoice: they\n".write(to: profile, atomically: true, encoding: .utf8)
        let (result, left) = try convert(["--practice", profile.path], output: "letter.html")
        XCTAssertEqual(result.status, 3, result.stderr)
        XCTAssertEqual(result.stderr.filter { $0 == "\n" }.count, 1, result.stderr)
        XCTAssertTrue(
            result.stderr.hasPrefix(
                "liaison: error: \(profile.path):2:8: invalid practice profile: unknown voice 'they'"),
            result.stderr)
        XCTAssertTrue(result.stderr.contains("`voice: I` or `voice: we`"), result.stderr)
        XCTAssertEqual(left, [])
    }

    /// `md` is Markdown, and without `--format` the extension decides.
    func testMdAndTheExtensionChooseMarkdown() throws {
        for arguments in [["--format", "md"], []] {
            let (result, _) = try convert(["--practice", practice] + arguments, output: "letter.md")
            XCTAssertEqual(result.status, 0, result.stderr)
            let text = try String(contentsOf: folder.appendingPathComponent("letter.md"), encoding: .utf8)
            XCTAssertTrue(text.contains("## Questions for you"), "\(arguments): not the Markdown letter")
            XCTAssertFalse(text.contains("<html"))
        }
    }
}
