import LiaisonExport
import LiaisonModel
import XCTest

/// Baseline-to-current verdicts against the MCIDs, including where sources disagree.
final class MeasureChangeTests: XCTestCase {
    let day1 = CalendarDate(year: 2026, month: 10, day: 1)
    let day2 = CalendarDate(year: 2026, month: 11, day: 12)

    func change(_ measure: OutcomeMeasure, _ from: Double, _ to: Double) -> MeasureChange {
        MeasureChange(
            measure: measure, baseline: MeasureScore(measure: measure, value: from), on: day1,
            current: MeasureScore(measure: measure, value: to), on: day2)
    }

    func testOswestryPassesOnTenPointsOrThirtyPercent() {
        XCTAssertEqual(change(.odi, 40, 30).verdict, .passes)  // 10 points
        XCTAssertEqual(change(.odi, 20, 13).verdict, .passes)  // 7 points but 35%
        let modifiedOnly = change(.odi, 50, 43)  // 7 points, 14%: only the modified ODI's 6
        XCTAssertEqual(modifiedOnly.verdict, .passesSomeSources)
        XCTAssertEqual(modifiedOnly.thresholds.map(\.met), [false, false, true])
        XCTAssertEqual(change(.odi, 50, 47).verdict, .doesNotPass)
        XCTAssertEqual(change(.odi, 30, 40).verdict, .doesNotPass)  // worse
        XCTAssertTrue(change(.odi, 50, 20).notes.contains { $0.contains("50% or more") })
    }

    func testRolandMorrisSourcesDisagree() {
        let three = change(.rmdq, 10, 7)
        XCTAssertEqual(three.verdict, .passesSomeSources)
        XCTAssertTrue(three.notes.contains { $0.contains("sources disagree") })
        XCTAssertEqual(change(.rmdq, 12, 7).verdict, .passes)
        XCTAssertEqual(change(.rmdq, 12, 11).verdict, .doesNotPass)
        XCTAssertTrue(change(.rmdq, 3, 2).notes.contains { $0.contains("insensitive") })
        XCTAssertTrue(change(.rmdq, 10, 2).notes.contains { $0.contains("recovered") })
    }

    func testPainRatingUsesTwoPoints() {
        XCTAssertEqual(change(.nprs, 6, 4).verdict, .passes)
        let small = change(.nprs, 6, 5)
        XCTAssertEqual(small.verdict, .doesNotPass)
        XCTAssertEqual(small.change, -1)
        XCTAssertEqual(small.improvement, 1)
        XCTAssertTrue(change(.nprs, 6, 0).notes.contains { $0.contains("recovered") })
    }

    func testPatientSpecificScaleHasNoEstablishedMCIDAndHigherIsBetter() {
        let better = change(.psfs, 3, 6)
        XCTAssertEqual(better.verdict, .noEstablishedMCID)
        XCTAssertEqual(better.improvement, 3)
        XCTAssertEqual(better.thresholds.first?.met, true)  // MDC90 of 2
        XCTAssertEqual(change(.psfs, 6, 3).thresholds.first?.met, false)
    }

    func testSingleAdministrationIsNotJudged() {
        let once = MeasureChange(
            measure: .nprs, baseline: MeasureScore(measure: .nprs, value: 6), on: day1,
            current: MeasureScore(measure: .nprs, value: 6), on: day1)
        XCTAssertEqual(once.verdict, .notApplicable)
        XCTAssertTrue(once.thresholds.isEmpty)
    }

    func testProgressRecordBaselineIsEarliestWhateverTheOrder() throws {
        let record = ProgressRecord(measures: [
            MeasureEntry(measure: "nprs", date: day2, score: 3),
            MeasureEntry(measure: "NPRS", date: day1, score: 7),
            MeasureEntry(measure: "start-back", date: day1, answers: [1, 1, 1, 1, 1, 1, 1, 1, 1]),
        ])
        let changes = try ProgressMeasures.changes(in: record)
        XCTAssertEqual(changes.map(\.measure), [.nprs, .startBack])
        XCTAssertEqual(changes[0].baseline.value, 7)
        XCTAssertEqual(changes[0].current.value, 3)
        XCTAssertEqual(changes[0].verdict, .passes)
    }

    func testProgressRecordErrorsNameTheEntry() {
        let record = ProgressRecord(measures: [MeasureEntry(measure: "odi", date: day1, answers: [1, 2])])
        XCTAssertThrowsError(try ProgressMeasures.changes(in: record)) {
            XCTAssertTrue(($0 as? MeasureInputError)?.message.hasPrefix("measures[0] (odi, 2026-10-01)") == true)
        }
        let unknown = ProgressRecord(measures: [MeasureEntry(measure: "koos", date: day1, score: 3)])
        XCTAssertThrowsError(try ProgressMeasures.changes(in: unknown)) {
            XCTAssertTrue(($0 as? MeasureInputError)?.message.contains("unknown measure") == true)
        }
    }
}
