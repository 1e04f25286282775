import LiaisonModel
import LiaisonRecords
import LiaisonTestSupport
import XCTest

/// Baseline-to-current verdicts against the MCIDs of `Protocols/measures.yaml`, including where
/// sources disagree.
final class MeasureChangeTests: XCTestCase {
    let day1 = CalendarDate(year: 2026, month: 10, day: 1)
    let day2 = CalendarDate(year: 2026, month: 11, day: 12)

    func changes(_ entries: [MeasureEntry]) throws -> [MeasureChange] {
        ProgressMeasures.changes(
            try ProgressMeasures.score(ProgressRecord(measures: entries)), rules: TestKnowledge.base.measureRules)
    }

    func change(_ measure: OutcomeMeasure, _ from: Double, _ to: Double) -> MeasureChange {
        let scored = [(day1, from), (day2, to)].map {
            ProgressMeasures.Scored(measure: measure, date: $0.0, score: MeasureScore(measure: measure, value: $0.1))
        }
        return ProgressMeasures.changes(scored, rules: TestKnowledge.base.measureRules)[0]
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

    func testSingleAdministrationIsNotJudged() throws {
        let once = try changes([MeasureEntry(measure: .nprs, date: day1, score: 6)])[0]
        XCTAssertEqual(once.verdict, .notApplicable)
        XCTAssertTrue(once.thresholds.isEmpty)
    }

    /// The rules are data: a knowledge base without them judges nothing.
    func testWithoutRulesNoChangeIsJudged() {
        let scored = [(day1, 40.0), (day2, 20.0)].map {
            ProgressMeasures.Scored(measure: .odi, date: $0.0, score: MeasureScore(measure: .odi, value: $0.1))
        }
        XCTAssertEqual(ProgressMeasures.changes(scored, rules: [:])[0].verdict, .notApplicable)
        XCTAssertEqual(TestKnowledge.base.measureRules[.odi]?.primary.first?.source, "O2")
    }

    func testProgressRecordBaselineIsEarliestWhateverTheOrder() throws {
        let changes = try changes([
            MeasureEntry(measure: .nprs, date: day2, score: 3), MeasureEntry(measure: .nprs, date: day1, score: 7),
            MeasureEntry(measure: .startBack, date: day1, answers: [1, 1, 1, 1, 1, 1, 1, 1, 1]),
        ])
        XCTAssertEqual(changes.map(\.measure), [.nprs, .startBack])
        XCTAssertEqual(changes[0].baseline.value, 7)
        XCTAssertEqual(changes[0].current.value, 3)
        XCTAssertEqual(changes[0].verdict, .passes)
    }

    func testProgressRecordErrorsNameTheEntry() {
        let record = ProgressRecord(measures: [MeasureEntry(measure: .odi, date: day1, answers: [1, 2])])
        XCTAssertThrowsError(try ProgressMeasures.score(record)) {
            XCTAssertTrue(($0 as? MeasureInputError)?.message.hasPrefix("measures[0] (odi, 2026-10-01)") == true)
        }
    }
}
