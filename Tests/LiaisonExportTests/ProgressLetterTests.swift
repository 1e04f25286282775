import Foundation
import LiaisonExport
import LiaisonModel
import LiaisonTestSupport
import XCTest

/// A progress letter needs its record.
final class ProgressLetterInputTests: XCTestCase {
    func testProgressLetterWithoutARecordIsAUsageError() throws {
        let (referral, plan) = Fixtures.disc
        XCTAssertThrowsError(
            try Fixtures.render(LetterInput(referral: referral, plan: plan, kind: .progress), as: .html)
        ) {
            XCTAssertEqual(($0 as? LiaisonError)?.code, .usage)
            XCTAssertTrue(($0 as? LiaisonError)?.description.contains("--progress FILE") == true)
        }
        // JSON needs no letter inputs.
        XCTAssertNoThrow(try Fixtures.render(LetterInput(referral: referral, plan: plan, kind: .progress), as: .json))
    }
}

/// What progress letters say in the cases the samples do not cover.
final class ProgressLetterTests: XCTestCase {
    func render(_ yaml: String, kind: LetterKind = .progress) throws -> String {
        var input = try Fixtures.input(Fixtures.disc, kind: kind, progressYAML: yaml)
        input.practice = nil
        return String(decoding: try Fixtures.render(input, as: .markdown), as: UTF8.self)
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
