import Foundation
import LiaisonTestSupport
import XCTest

/// Client profiles and progress records that are not for the referral's patient, or that
/// contradict it, are refused with exit 3 and one line at the field to correct; so are unknown
/// keys and YAML syntax errors in every record the trainer keeps.
final class RecordRefusalTests: XCTestCase {
    /// The disc-herniation sample's patient (a fictional man born 1984-06-21).
    static let marcus = "name: Marcus Delgado\nbirthDate: 1984-06-21\n"

    func convert(_ extra: [String], referral: String = "disc-herniation.cda.xml") -> [String] {
        [
            "convert", TestPaths.samples.appendingPathComponent(referral).path, "-o", "letter.html", "--date",
            "2026-11-24",
        ]
            + extra
    }

    func testAnotherClientsProfileIsRefusedAtItsName() throws {
        let folder = try ScratchFolder()
        let pregnancy = TestPaths.samples.appendingPathComponent("client-pregnancy.yaml").path
        try assertRefused(
            convert(["--client", pregnancy]), in: folder, status: 3, "client-pregnancy.yaml:3:7: ",
            "`name` does not match the patient name of the referral", "disc-herniation.cda.xml")
        // `plan` checks the same profile the same way.
        try assertRefused(
            [
                "plan", TestPaths.samples.appendingPathComponent("disc-herniation.referral.xml").path, "--client",
                pregnancy,
            ],
            in: folder, status: 3, "`name` does not match")
    }

    func testEachIdentityFieldIsComparedAndMissingOnesAreNamed() throws {
        let folder = try ScratchFolder()
        let cases: [(String, [String])] = [
            ("name: Marcus Delgado\nbirthDate: 1984-07-21\n", ["c.yaml:2:12: ", "`birthDate` does not match"]),
            (
                "name: Delgado, Marcus\nbirthDate: 1984-06-21\nreferral: LIA-REF-2026-0104\n",
                ["c.yaml:3:11: ", "written for referral LIA-REF-2026-0104", "is referral LIA-REF-2026-0101"]
            ),
            ("age: 42\n", ["c.yaml:1:1: ", "names no client (`name:`)", "add `name:` and `birthDate:`"]),
            ("name: Marcus Delgado\n", ["gives no `birthDate:`"]),
            (Self.marcus + "pregnancyWeeks: 20\n", ["c.yaml:3:17: ", "records the client's sex as male"]),
            (Self.marcus + "age: 30\n", ["c.yaml:3:6: ", "`age` contradicts the client's birth date"]),
        ]
        for (yaml, parts) in cases {
            try folder.write(yaml, to: "c.yaml")
            try assertRefused(convert(["--client", "c.yaml"]), in: folder, status: 3, parts: parts)
        }
        // The same client written differently is accepted: order, case and an initial.
        try folder.write("name: DELGADO, Marcus J.\nbirthDate: 1984-06-21\nage: 42\n", to: "c.yaml")
        let accepted = try folder.run(convert(["--client", "c.yaml", "--practice", practice]))
        XCTAssertEqual(accepted.status, 0, accepted.stderr)
    }

    func testProgressRecordsMustNameTheClientAndTheReferral() throws {
        let folder = try ScratchFolder()
        let week6 = TestPaths.samples.appendingPathComponent("progress-week6.yaml").path
        // The sample reports on the post-fusion referral, not on the disc herniation.
        try assertRefused(
            convert(["--progress", week6]), in: folder, status: 3, "progress-week6.yaml:4:7: ",
            "the progress record's `name` does not match")
        try folder.write(Self.marcus + "sessions: {attended: 3, scheduled: 4}\n", to: "p.yaml")
        try assertRefused(
            convert(["--progress", "p.yaml"]), in: folder, status: 3, "p.yaml:1:1: ",
            "does not say which referral it reports on", "add `referral: LIA-REF-2026-0101`")
        try folder.write("sessions: {attended: 3, scheduled: 4}\n", to: "p.yaml")
        try assertRefused(convert(["--progress", "p.yaml"]), in: folder, status: 3, "names no client")
        // With the post-fusion referral, the sample is accepted and --progress alone makes a
        // progress letter.
        let post = try folder.run(
            convert(["--progress", week6, "--format", "markdown", "-o", "-"], referral: "post-fusion.cda.xml"))
        XCTAssertEqual(post.status, 0, post.stderr)
        XCTAssertTrue(post.stdout.contains("Walks 25 minutes without leg symptoms"), "not a progress letter")
    }

    func testUnknownKeysAndSyntaxErrorsInRecordsAreLocated() throws {
        let folder = try ScratchFolder()
        try folder.write("trainer: Alex Morgan\nfone: 555-0142\n", to: "practice.yaml")
        try assertRefused(
            convert(["--practice", "practice.yaml"]), in: folder, status: 3,
            "practice.yaml:2:1: invalid practice profile: unknown key 'fone'", "known keys: ")
        try folder.write("trainer: [Alex\n", to: "practice.yaml")
        try assertRefused(
            convert(["--practice", "practice.yaml"]), in: folder, status: 3, "practice.yaml:2:1: ", "YAML syntax")
        try folder.write(Self.marcus + "referral: LIA-REF-2026-0101\nsesions: 3\n", to: "p.yaml")
        try assertRefused(
            convert(["--progress", "p.yaml"]), in: folder, status: 3,
            "p.yaml:4:1: invalid progress record: unknown key 'sesions'")
        // The letter writers' keys are accepted.
        try folder.write("trainer: Alex Morgan\nvoice: we\npaper: a4\n", to: "practice.yaml")
        XCTAssertEqual(try folder.run(convert(["--practice", "practice.yaml", "-o", "-"])).status, 0)
    }
}
