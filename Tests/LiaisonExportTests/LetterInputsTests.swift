import Foundation
import LiaisonExport
import LiaisonModel
import LiaisonTestSupport
import XCTest

/// The practice profile and progress record: the samples read, and mistakes get a one-line
/// error naming the file and the key.
final class LetterInputsTests: XCTestCase {
    func testSamplesRead() throws {
        let practice = try LetterInputs.practice(yaml: try Fixtures.text("practice.yaml"), file: "practice.yaml")
        XCTAssertEqual(practice.trainer, "Alex Morgan")
        XCTAssertEqual(practice.credentials, "CSCS, ACSM-CEP")
        let (record, changes) = try LetterInputs.progress(
            yaml: try Fixtures.text("progress-week6.yaml"), file: "progress-week6.yaml")
        XCTAssertEqual(record.sessions, Attendance(attended: 11, scheduled: 12))
        XCTAssertEqual(record.nextReport, CalendarDate(year: 2026, month: 12, day: 28))
        XCTAssertEqual(changes.map(\.measure), [.odi, .rmdq, .nprs, .psfs, .startBack])
        let (discharge, _) = try LetterInputs.progress(
            yaml: try Fixtures.text("progress-discharge.yaml"), file: "progress-discharge.yaml")
        XCTAssertEqual(discharge.homeProgram.count, 3)
    }

    func assertError(
        _ body: () throws -> Void, contains text: String, line: UInt = #line
    ) {
        XCTAssertThrowsError(try body(), line: line) { error in
            guard let error = error as? LiaisonError else { return XCTFail("not a LiaisonError: \(error)", line: line) }
            XCTAssertEqual(error.code, .configuration, line: line)
            XCTAssertTrue(error.description.contains(text), "\(error.description)", line: line)
            XCTAssertFalse(error.description.contains("\n"), line: line)
        }
    }

    func testPracticeProfileMistakes() {
        assertError(
            { _ = try LetterInputs.practice(yaml: "credentials: CSCS\n", file: "p.yaml") },
            contains: "p.yaml: practice profile: missing key `trainer`")
        assertError(
            { _ = try LetterInputs.practice(yaml: "trainer: ''\n", file: "p.yaml") }, contains: "`trainer` is empty")
        assertError({ _ = try LetterInputs.practice(yaml: "trainer: [a, b\n", file: "p.yaml") }, contains: "p.yaml:")
    }

    func testProgressRecordMistakes() {
        assertError(
            { _ = try LetterInputs.progress(yaml: "sessions: {attended: 9, scheduled: 5}\n", file: "r.yaml") },
            contains: "sessions attended (9) must be between 0 and scheduled (5)")
        assertError(
            {
                _ = try LetterInputs.progress(
                    yaml: "measures:\n  - {measure: nprs, date: 2026-13-01, score: 3}\n", file: "r.yaml")
            },
            contains: "measures[0].date")
        assertError(
            {
                _ = try LetterInputs.progress(
                    yaml: "measures:\n  - {measure: nprs, date: 2026-10-01, score: 12}\n", file: "r.yaml")
            },
            contains:
                "r.yaml: progress record: measures[0] (nprs, 2026-10-01): NPRS score 12 is not a whole number 0-10")
        assertError(
            { _ = try LetterInputs.progress(yaml: "from: 2026-10-01\nto: 2026-09-01\n", file: "r.yaml") },
            contains: "`to` (2026-09-01) is before `from` (2026-10-01)")
    }

    /// A YAML syntax error gives the position but never quotes the file (it holds client details).
    func testYAMLSyntaxErrorsDoNotQuoteTheFile() {
        let yaml = "observations:\n  - \"Client Jordan Rivera said: unclosed\n"
        XCTAssertThrowsError(try LetterInputs.progress(yaml: yaml, file: "r.yaml")) { error in
            let text = (error as? LiaisonError)?.description ?? ""
            XCTAssertTrue(text.hasPrefix("r.yaml:"), text)
            XCTAssertFalse(text.contains("Jordan"), text)
        }
    }

    func testProgressLetterWithoutARecordIsAUsageError() throws {
        let (referral, plan) = Fixtures.disc
        XCTAssertThrowsError(
            try Exporter.render(LetterInput(referral: referral, plan: plan, kind: .progress), as: .html)
        ) {
            XCTAssertEqual(($0 as? LiaisonError)?.code, .usage)
            XCTAssertTrue(($0 as? LiaisonError)?.description.contains("--progress FILE") == true)
        }
        // JSON needs no letter inputs.
        XCTAssertNoThrow(try Exporter.render(LetterInput(referral: referral, plan: plan, kind: .progress), as: .json))
    }
}

/// What progress letters say in the cases the samples do not cover.
final class ProgressLetterTests: XCTestCase {
    func render(_ yaml: String, kind: LetterKind = .progress) throws -> String {
        let (referral, plan) = Fixtures.disc
        let input = LetterInput(referral: referral, plan: plan, kind: kind, progressYAML: yaml)
        return String(decoding: try Exporter.render(input, as: .markdown), as: UTF8.self)
    }

    func testAMeasureTakenOnceIsShownWithoutAVerdict() throws {
        let text = try render("measures:\n  - {measure: nprs, date: 2026-10-01, score: 6}\n")
        XCTAssertTrue(
            text.contains("| Numeric Pain Rating Scale (NPRS) | 6/10 (2026-10-01) | not yet repeated |  | Not judged"))
        XCTAssertTrue(text.contains("Attendance was not recorded."))
        XCTAssertTrue(text.contains("None reported."))  // adverse events
        XCTAssertFalse(text.contains("Questions for you"))  // the plan's questions stay in the initial letter
    }

    func testAnEmptyRecordSaysWhatIsMissing() throws {
        let text = try render("{}\n", kind: .discharge)
        XCTAssertTrue(text.contains("No outcome measures were recorded in this period."))
        XCTAssertTrue(text.contains("No home program was set."))
    }
}
