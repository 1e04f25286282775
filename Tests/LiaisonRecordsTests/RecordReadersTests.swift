import Foundation
import LiaisonModel
import LiaisonRecords
import LiaisonTestSupport
import XCTest

/// The practice profile and progress record: the samples read, and mistakes get a one-line
/// error naming the file, line and column, and the key.
final class RecordReadersTests: XCTestCase {
    static func text(_ name: String) throws -> String {
        try String(contentsOf: TestPaths.samples.appendingPathComponent(name), encoding: .utf8)
    }

    func progress(_ yaml: String) throws -> RecordReading<(ProgressRecord, [MeasureChange])> {
        try Records.progress(yaml: yaml, file: "r.yaml", rules: TestKnowledge.base.measureRules)
    }

    func testSamplesRead() throws {
        let practice = try Records.practice(yaml: try Self.text("practice.yaml"), file: "practice.yaml")
        XCTAssertEqual(practice.trainer, "Alex Morgan")
        XCTAssertEqual(practice.credentials, "CSCS, ACSM-CEP")
        XCTAssertEqual(practice.address, "400 Alder Street, Suite 2\nPortland, OR 97204\n")
        let week6 = try progress(try Self.text("progress-week6.yaml"))
        let (record, changes) = week6.value
        XCTAssertEqual(week6.warnings, [])
        XCTAssertEqual(record.sessions, Attendance(attended: 11, scheduled: 12))
        XCTAssertEqual(record.nextReport, CalendarDate(year: 2026, month: 12, day: 28))
        XCTAssertEqual(record.planChanges, ["Stationary bike added on the two non-walking days."])
        XCTAssertEqual(changes.map(\.measure), [.odi, .rmdq, .nprs, .psfs, .startBack])
        XCTAssertEqual(record.measures.first?.answers?.count, 10)
        XCTAssertNil(record.measures.first?.answers?[7], "null is an unanswered section")
        let discharge = try progress(try Self.text("progress-discharge.yaml")).value.0
        XCTAssertEqual(discharge.homeProgram.count, 3)
    }

    /// Records written with the kebab-case keys of earlier versions still read, with a located
    /// warning naming the new spelling.
    func testOldSpellingsAreReadWithAWarning() throws {
        let reading = try progress("plan-changes: [Bike added.]\nnext-report: 2026-12-28\n")
        XCTAssertEqual(reading.value.0.planChanges, ["Bike added."])
        XCTAssertEqual(reading.value.0.nextReport, CalendarDate(year: 2026, month: 12, day: 28))
        XCTAssertEqual(reading.warnings.map(\.location?.line), [2, 1])
        XCTAssertTrue(reading.warnings[1].message.contains("`planChanges`"), reading.warnings[1].message)
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
            { _ = try Records.practice(yaml: "credentials: CSCS\n", file: "p.yaml") },
            contains: "p.yaml:1:1: invalid practice profile: the practice profile is missing 'trainer'")
        assertError(
            { _ = try Records.practice(yaml: "trainer: ''\n", file: "p.yaml") },
            contains: "p.yaml:1:10: invalid practice profile: `trainer` is empty")
        assertError(
            { _ = try Records.practice(yaml: "trainer: Alex\nfax: 555\n", file: "p.yaml") },
            contains: "p.yaml:2:1: invalid practice profile: unknown key 'fax' in the practice profile")
        assertError({ _ = try Records.practice(yaml: "trainer: [a, b\n", file: "p.yaml") }, contains: "p.yaml:")
    }

    func testProgressRecordMistakes() {
        assertError(
            { _ = try progress("sessions: {attended: 9, scheduled: 5}\n") },
            contains: "r.yaml:1:11: invalid progress record: sessions attended (9) must be between 0 and scheduled (5)")
        assertError(
            {
                _ = try progress("measures:\n  - {measure: nprs, date: 2026-13-01, score: 3}\n")
            },
            contains: "r.yaml:2:27: invalid progress record: measures[0].date '2026-13-01' is not a date")
        assertError(
            {
                _ = try progress("measures:\n  - {measure: nprs, date: 2026-10-01, score: 12}\n")
            },
            contains:
                "r.yaml:2:5: invalid progress record: measures[0] (nprs, 2026-10-01): NPRS score 12 is not a whole number 0-10"
        )
        assertError(
            { _ = try progress("measures:\n  - {measure: koos, date: 2026-10-01, score: 3}\n") },
            contains: "r.yaml:2:15: invalid progress record: measures[0].measure 'koos' is not a measure Liaison scores"
        )
        assertError(
            { _ = try progress("from: 2026-10-01\nto: 2026-09-01\n") },
            contains: "r.yaml:2:5: invalid progress record: `to` (2026-09-01) is before `from` (2026-10-01)")
    }

    /// A YAML syntax error gives the position but never quotes the file (it holds client details).
    func testYAMLSyntaxErrorsDoNotQuoteTheFile() {
        let yaml = "observations:\n  - \"Client Jordan Rivera said: unclosed\n"
        XCTAssertThrowsError(try progress(yaml)) { error in
            let text = (error as? LiaisonError)?.description ?? ""
            XCTAssertTrue(text.hasPrefix("r.yaml:"), text)
            XCTAssertFalse(text.contains("Jordan"), text)
        }
    }
}
