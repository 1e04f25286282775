import Foundation
import LiaisonTestSupport
import XCTest

/// Options that cannot be honoured, and inputs that are no referral, are refused with one line
/// `liaison: error: … (hint)`, the exit code of their kind and nothing written.
final class OptionRefusalTests: XCTestCase {
    let disc = TestPaths.samples.appendingPathComponent("disc-herniation.cda.xml").path

    func testLetterDatesBeforeTheReferralOrAfterTodayNeedAllowDate() throws {
        let folder = try ScratchFolder()
        let convert = ["convert", disc, "--practice", practice, "-o", "letter.html", "--date"]
        try assertRefused(
            convert + ["2026-10-01"], in: folder, status: 2, "disc-herniation.cda.xml: the letter date 2026-10-01",
            "before the referral's date (2026-11-02)", "--allow-date")
        let tomorrow = Date().addingTimeInterval(2 * 86_400)
        let format = DateFormatter()
        format.dateFormat = "yyyy-MM-dd"
        let future = format.string(from: tomorrow)
        try assertRefused(convert + [future], in: folder, status: 2, "the letter date \(future) is after today")
        let allowed = try folder.run(convert + ["2026-10-01", "--allow-date"])
        XCTAssertEqual(allowed.status, 0, allowed.stderr)
        XCTAssertEqual(folder.contents(), ["letter.html"])
    }

    func testUsageErrorsAreOneLineWithAHint() throws {
        let folder = try ScratchFolder()
        try assertRefused(
            ["convert"], in: folder, status: 2, "Missing expected argument", "(see 'liaison convert --help')")
        try assertRefused(["convert", disc, "--kind", "alert"], in: folder, status: 2, "unknown --kind 'alert'")
        // A typed prefix suggests the option it begins, not one a few letters away.
        try assertRefused(["convert", disc, "--out", "x.html"], in: folder, status: 2, "did you mean '--output'?")
        XCTAssertFalse(try folder.run(["convert", disc, "--out", "x.html"]).stderr.contains("--date"))
        try assertRefused(["batch", "in", "-o", "out", "--jbos", "2"], in: folder, status: 2, "did you mean '--jobs'?")
        try assertRefused(["help", "nosuch"], in: folder, status: 2, "there is no command 'nosuch'", "convert")
        XCTAssertEqual(try folder.run(["help", "convert"]).status, 0)
    }

    func testJobsHelpStatesItsDefaultOnce() throws {
        let help = try runLiaison(["batch", "--help"]).stdout
        // The option's entry in OPTIONS, up to the next option.
        let jobs =
            help.components(separatedBy: "\n  --jobs <n>").dropFirst().first?.components(separatedBy: "\n  --")
            .first ?? ""
        XCTAssertFalse(jobs.isEmpty, help)
        XCTAssertEqual(jobs.components(separatedBy: "default").count - 1, 1, jobs)
    }

    func testWatchRefusesAMissingFolderUnlessAskedToCreateIt() throws {
        let folder = try ScratchFolder()
        try assertRefused(
            ["watch", "typo-dir", "--once"], in: folder, status: 4, "typo-dir: no such folder", "--create")
        let created = try folder.run(["watch", "new-dir", "--once", "--create", "--settle", "0"])
        XCTAssertEqual(created.status, 0, created.stderr)
        XCTAssertTrue(folder.contents().contains("new-dir/inbox"))
    }

    func testWordAndImageFilesAreNamedForWhatTheyAre() throws {
        let folder = try ScratchFolder()
        let files: [(String, [UInt8], String)] = [
            (
                "referral.docx", [0x50, 0x4B, 0x03, 0x04] + Array("....[Content_Types].xml....word/document.xml".utf8),
                "a Word document"
            ),
            ("referral.doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0], "a Word document"),
            ("scan.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "a PNG image"),
            ("scan.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10], "a JPEG image"),
            ("scan.tiff", [0x49, 0x49, 0x2A, 0x00, 8, 0], "a TIFF image"),
            ("fax.pdf", Array("%PDF-1.7\n".utf8), "a PDF"),
        ]
        for (name, bytes, what) in files {
            try Data(bytes).write(to: folder.url.appendingPathComponent(name))
            try assertRefused(
                ["convert", name, "-o", "letter.html"], in: folder, status: 1, "\(name):1:1: this is \(what)",
                "CDA")
            XCTAssertFalse(try folder.run(["convert", name]).stderr.contains("unpack"), name)
        }
    }

    func testOutputIntoAMissingFolderNamesThePathAsTyped() throws {
        let folder = try ScratchFolder()
        try assertRefused(
            ["convert", disc, "--practice", practice, "-o", "nodir/letter.html"], in: folder, status: 4,
            "liaison: error: nodir/letter.html: ", "folder does not exist")
        XCTAssertFalse(try folder.run(["convert", disc, "-o", "nodir/letter.html"]).stderr.contains(".tmp"))
        try folder.write("trainer: A\n", to: "sub/p.yaml")
        try assertRefused(
            ["convert", "sub/missing.xml", "--practice", "sub/p.yaml"], in: folder, status: 4, "sub/missing.xml")
    }
}
