import Foundation
import LiaisonTestSupport
import XCTest

/// A refer-back or needs-review plan is loud in every front end: `convert`, the `batch` line,
/// summary and report, the `watch` log, `liaison status`, and `--on-alert`, whose failure
/// never costs the document. The real binary on the samples (a cauda equina referral is
/// refer-back, the post-fusion one needs review, the disc herniation one is ready).
final class PlanStatusTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("plan-status-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    static let samples = [
        "red.xml": "cauda-equina-red-flag.cda.xml", "review.xml": "post-fusion.cda.xml",
        "plain.xml": "disc-herniation.cda.xml",
    ]

    /// The three samples under short names in `inbox`.
    func dropSamples(into inbox: URL) throws {
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        for (name, sample) in Self.samples {
            try FileManager.default.copyItem(
                at: TestPaths.samples.appendingPathComponent(sample), to: inbox.appendingPathComponent(name))
        }
    }

    /// An executable script that appends its arguments, one per line, to `log`, then runs `tail`.
    func script(_ name: String, log: URL, then tail: String = "exit 0") throws -> URL {
        let url = folder.appendingPathComponent(name)
        try Data("#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\" >> '\(log.path)'; done\n\(tail)\n".utf8)
            .write(to: url)
        chmod(url.path, 0o755)
        return url
    }

    func json(_ url: URL) throws -> [String: Any] {
        try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    func testConvertWarnsOnOneLineForReferBackAndNeedsReviewOnly() throws {
        for (sample, expected) in [
            ("cauda-equina-red-flag.cda.xml", "refer-back: a red flag was found"),
            ("post-fusion.cda.xml", "needs-review: the plan waits for the provider's answers"),
            ("disc-herniation.cda.xml", nil),
        ] {
            let path = TestPaths.samples.appendingPathComponent(sample).path
            for format in ["html", "json"] {
                let result = try runLiaison([
                    "convert", path, "--format", format, "--practice",
                    TestPaths.samples.appendingPathComponent("practice.yaml").path,
                ])
                XCTAssertEqual(result.status, 0, result.stderr)
                let lines = result.stderr.split(separator: "\n").filter {
                    $0.contains("refer-back") || $0.contains("needs-review")
                }
                if let expected {
                    XCTAssertEqual(lines.count, 1, "\(sample) \(format): \(result.stderr)")
                    XCTAssertTrue(
                        lines.first?.hasPrefix("liaison: warning: \(path): \(expected)") == true, result.stderr)
                } else {
                    XCTAssertEqual(lines, [], "\(sample) \(format)")
                }
            }
        }
    }

    func testBatchShowsThePlanInItsLinesSummaryAndReportAndRunsOnAlertForTheRedFlagOnly() throws {
        let input = folder.appendingPathComponent("in")
        try dropSamples(into: input)
        let calls = folder.appendingPathComponent("alert-calls.txt")
        let alert = try script("alert.sh", log: calls)
        let output = folder.appendingPathComponent("out")
        let result = try runLiaison([
            "batch", input.path, "--output", output.path, "--on-alert", alert.path + " --page",
        ])
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines.contains { $0.contains("red.xml") && $0.contains("REFER-BACK") }, result.stdout)
        XCTAssertTrue(lines.contains { $0.contains("review.xml") && $0.contains("NEEDS-REVIEW") }, result.stdout)
        XCTAssertFalse(lines.contains { $0.contains("plain.xml") && $0.contains("REVIEW") }, result.stdout)
        XCTAssertTrue(lines.contains { $0.hasPrefix("  refer-back") && $0.hasSuffix(" 1") }, result.stdout)
        XCTAssertTrue(lines.contains { $0.hasPrefix("  needs-review") && $0.hasSuffix(" 1") }, result.stdout)
        let report = try json(output.appendingPathComponent("batch-report.json"))
        let plans = (report["documents"] as? [[String: Any]] ?? []).map { "\($0["input"]!) \($0["plan"]!)" }
        XCTAssertEqual(plans, ["plain.xml ready", "red.xml refer-back", "review.xml needs-review"])
        let summary = try XCTUnwrap(report["summary"] as? [String: Int])
        XCTAssertEqual(summary["referBack"], 1)
        XCTAssertEqual(summary["needsReview"], 1)
        XCTAssertEqual(summary["ready"], 1)
        XCTAssertEqual(
            try String(contentsOf: calls, encoding: .utf8), "--page\n\(output.appendingPathComponent("red").path)\n",
            "run once, for the red flag, its output folder as the last argument")
    }

    func testAFailingOrHangingOnAlertIsLoggedAndTheDocumentIsStillDone() throws {
        let calls = folder.appendingPathComponent("calls.txt")
        for (name, tail, expected) in [
            ("fails.sh", "exit 3", "exited with status 3"), ("hangs.sh", "sleep 30", "stopped after 1 s"),
        ] {
            let input = folder.appendingPathComponent("in-\(name)")
            try dropSamples(into: input)
            let output = folder.appendingPathComponent("out-\(name)")
            let command = try script(name, log: calls, then: tail)
            let started = Date()
            let result = try runLiaison([
                "batch", input.path, "--output", output.path, "--on-alert", command.path, "--on-alert-timeout", "1",
            ])
            XCTAssertLessThan(Date().timeIntervalSince(started), 20, "the timeout stopped it")
            XCTAssertEqual(result.status, 0, "a failed alert fails no document: \(result.stderr)")
            XCTAssertTrue(result.stderr.contains("--on-alert failed: \(expected)"), result.stderr)
            let report = try json(output.appendingPathComponent("batch-report.json"))
            XCTAssertEqual((report["summary"] as? [String: Int])?["ok"], 3)
            XCTAssertTrue(
                FileManager.default.fileExists(atPath: output.appendingPathComponent("red/letter.html").path))
        }
        let missing = try runLiaison([
            "batch", folder.path, "--output", folder.appendingPathComponent("o").path, "--on-alert", "/no/such/program",
        ])
        XCTAssertEqual(missing.status, 2, missing.stderr)
        XCTAssertTrue(missing.stderr.contains("--on-alert: no executable program '/no/such/program'"), missing.stderr)
    }

    func testWatchLogsThePlanRunsOnAlertAsAnArgumentVectorAndStatusListsWhatWaits() throws {
        let root = folder.appendingPathComponent("watched")
        let inbox = root.appendingPathComponent("inbox")
        try dropSamples(into: inbox)
        // A name a shell would run: it must reach the command as one argument, untouched.
        let hostile = "x; touch pwned $(id).xml"
        try FileManager.default.moveItem(
            at: inbox.appendingPathComponent("red.xml"), to: inbox.appendingPathComponent(hostile))
        let calls = folder.appendingPathComponent("calls.txt")
        let alert = try script("alert.sh", log: calls)
        let result = try runLiaison(
            ["watch", root.path, "--once", "--settle", "0.2", "--on-alert", alert.path], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        let logLines = result.stderr.split(separator: "\n")
        XCTAssertTrue(logLines.contains { $0.contains("plan=refer-back") && $0.contains("REFER BACK") }, result.stderr)
        XCTAssertTrue(
            logLines.contains { $0.contains("plan=needs-review") && $0.contains("NEEDS REVIEW") }, result.stderr)
        let stem = (hostile as NSString).deletingPathExtension
        XCTAssertEqual(
            try String(contentsOf: calls, encoding: .utf8), root.appendingPathComponent("outbox/\(stem)").path + "\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("pwned").path))

        let status = try runLiaison(["status", root.path])
        XCTAssertEqual(status.status, 0, status.stderr)
        let text = status.stdout
        XCTAssertTrue(text.contains("waiting for the trainer"), text)
        let waiting = text.components(separatedBy: "waiting for the trainer")[1].components(separatedBy: "\n\n")[0]
        XCTAssertTrue(waiting.contains("refer-back #") && waiting.contains(hostile), waiting)
        XCTAssertTrue(waiting.contains("needs-review #") && waiting.contains("review.xml"), waiting)
        XCTAssertFalse(waiting.contains("plain.xml"), waiting)
        XCTAssertTrue(text.contains("  refer-back    1"), text)
        let json = try runLiaison(["status", root.path, "--json"])
        let report = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(report["plans"] as? [String: Int], ["ready": 1, "needs-review": 1, "refer-back": 1])
        XCTAssertEqual(
            (report["waiting"] as? [[String: Any]])?.compactMap { $0["plan"] as? String },
            ["refer-back", "needs-review"])
    }
}
