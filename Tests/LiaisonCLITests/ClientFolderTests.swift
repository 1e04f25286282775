import Foundation
import LiaisonTestSupport
import XCTest

/// A client folder as input: `convert clients/<id>` picks the latest referral and progress
/// record and files the letter in the folder under the client's name and the date, never over a
/// letter sent; `clients` lists every folder with its plan and the letter due next.
final class ClientFolderTests: XCTestCase {
    /// A copy of the sample client folder (a referral of 2026-11-16 with a follow-up on
    /// 2027-01-04, client.yaml, a progress record) in a scratch folder.
    func clients() throws -> ScratchFolder {
        let folder = try ScratchFolder()
        try FileManager.default.copyItem(
            at: TestPaths.samples.appendingPathComponent("clients"), to: folder.url.appendingPathComponent("clients"))
        return folder
    }

    func convert(_ folder: ScratchFolder, date: String, _ extra: [String] = []) throws -> CommandResult {
        try folder.run(["convert", "clients/whitfield-dana", "--practice", practice, "--date", date] + extra)
    }

    func testTheFirstLetterIsTheInitialOneThenProgressLettersAreFiledByDate() throws {
        let folder = try clients()
        let first = try convert(folder, date: "2026-11-20")
        XCTAssertEqual(first.status, 0, first.stderr)
        let initial = "clients/whitfield-dana/whitfield-dana-2026-11-20-initial.html"
        XCTAssertTrue(folder.contents().contains(initial), "\(folder.contents())")
        let mode =
            try FileManager.default.attributesOfItem(atPath: folder.url.appendingPathComponent(initial).path)[
                .posixPermissions] as? Int
        XCTAssertEqual(mode, 0o600)
        XCTAssertTrue(first.stderr.contains("wrote \(initial)"), first.stderr)
        XCTAssertEqual(first.stdout, "")
        // The next letter reports progress, from the folder's progress record.
        let second = try convert(folder, date: "2026-12-02")
        XCTAssertEqual(second.status, 0, second.stderr)
        let progress = folder.url.appendingPathComponent(
            "clients/whitfield-dana/whitfield-dana-2026-12-02-progress.html")
        XCTAssertTrue(try String(contentsOf: progress, encoding: .utf8).contains("Walks 30 minutes at a steady pace"))
        // Written again the same day: refused, the letter sent is left as it was.
        let sent = try Data(contentsOf: progress)
        try assertRefused(
            ["convert", "clients/whitfield-dana", "--practice", practice, "--date", "2026-12-02"], in: folder,
            status: 4,
            "whitfield-dana-2026-12-02-progress.html: a file of this name exists already")
        XCTAssertEqual(try Data(contentsOf: progress), sent)
    }

    func testTheLatestReferralIsUsedAndARecordOfAnotherClientIsRefused() throws {
        let folder = try clients()
        // A newer referral for someone else, misfiled here: client.yaml no longer matches.
        try FileManager.default.copyItem(
            at: TestPaths.samples.appendingPathComponent("disc-herniation.referral.xml"),
            to: folder.url.appendingPathComponent("clients/whitfield-dana/2026-11-30-referral.xml"))
        // (disc-herniation is dated 2026-11-02, so the folder's own referral stays the latest.)
        XCTAssertEqual(try convert(folder, date: "2026-11-20").status, 0)
        try folder.write(
            try String(
                contentsOf: TestPaths.samples.appendingPathComponent("disc-herniation.referral.xml"), encoding: .utf8
            )
            .replacingOccurrences(of: "date=\"2026-11-02\"", with: "date=\"2026-11-30\""),
            to: "clients/whitfield-dana/2026-11-30-referral.xml")
        try assertRefused(
            ["convert", "clients/whitfield-dana", "--practice", practice, "--date", "2026-12-01"], in: folder,
            status: 3,
            "clients/whitfield-dana/client.yaml:3:7: the client profile's `name` does not match",
            "2026-11-30-referral.xml")
        let listing = try folder.run(["clients", "clients", "--today", "2026-12-01"])
        XCTAssertEqual(listing.status, 1)
        XCTAssertTrue(listing.stdout.contains("whitfield-dana: cannot be listed: "), listing.stdout)
    }

    func due(_ folder: ScratchFolder, today: String) throws -> [String: Any] {
        let result = try folder.run(["clients", "clients", "--json", "--today", today])
        XCTAssertEqual(result.status, 0, result.stderr)
        let list = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(list.count, 1)
        XCTAssertEqual(list.first?["name"] as? String, "Dana Whitfield")
        XCTAssertEqual(list.first?["plan"] as? String, "ready")
        return try XCTUnwrap(list.first?["due"] as? [String: Any])
    }

    func testClientsListsWhatIsDue() throws {
        let folder = try clients()
        // No letter yet: the initial letter, a week after the referral of 2026-11-16.
        var due = try self.due(folder, today: "2026-11-20")
        XCTAssertEqual(due["letter"] as? String, "initial")
        XCTAssertEqual(due["by"] as? String, "2026-11-23")
        XCTAssertEqual(due["overdue"] as? Bool, false)
        XCTAssertEqual(try self.due(folder, today: "2026-11-25")["overdue"] as? Bool, true)
        // After the initial letter of 2026-11-20: 30 days later (2026-12-20), which comes before
        // a week ahead of the follow-up on 2027-01-04.
        XCTAssertEqual(try convert(folder, date: "2026-11-20").status, 0)
        due = try self.due(folder, today: "2026-11-30")
        XCTAssertEqual(due["letter"] as? String, "progress")
        XCTAssertEqual(due["by"] as? String, "2026-12-20")
        // After a progress letter of 2026-12-02: 30 days would be 2027-01-01, but the follow-up
        // on 2027-01-04 needs the letter a week before, by 2026-12-28.
        XCTAssertEqual(try convert(folder, date: "2026-12-02").status, 0)
        due = try self.due(folder, today: "2026-12-02")
        XCTAssertEqual(due["by"] as? String, "2026-12-28")
        XCTAssertTrue((due["reason"] as? String ?? "").contains("2027-01-04"))
        // The text listing says the same on one line per client.
        let text = try folder.run(["clients", "clients", "--today", "2026-12-02"])
        XCTAssertEqual(text.stdout.split(separator: "\n").count, 1)
        XCTAssertTrue(text.stdout.contains("due: progress letter by 2026-12-28"), text.stdout)
    }

    /// `--format pdf` files a PDF letter in the folder (headless Chromium prints the HTML one).
    func testAPDFLetterIsFiledInTheFolder() throws {
        let chromium = ["chromium", "chromium-browser", "google-chrome"].contains { name in
            (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains {
                FileManager.default.isExecutableFile(atPath: "\($0)/\(name)")
            }
        }
        guard chromium else { throw XCTSkip("headless Chromium not found; apt-get install chromium") }
        let folder = try clients()
        let result = try convert(folder, date: "2026-11-20", ["--format", "pdf"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let pdf = folder.url.appendingPathComponent("clients/whitfield-dana/whitfield-dana-2026-11-20-initial.pdf")
        let data = try Data(contentsOf: pdf)
        XCTAssertEqual(String(decoding: data.prefix(5), as: UTF8.self), "%PDF-", "the letter filed is not a PDF")
        let mode = try FileManager.default.attributesOfItem(atPath: pdf.path)[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o600)
    }

    func testAMissingFolderOfClientsIsRefused() throws {
        let folder = try ScratchFolder()
        try assertRefused(["clients", "clinets"], in: folder, status: 4, "clinets: no such folder of client folders")
    }
}
