import LiaisonModel
import LiaisonRecords
import XCTest

/// Scoring rules from ../shared/DOMAIN.md section 5, one measure at a time.
final class OutcomeMeasureTests: XCTestCase {
    func testOswestryCompleteQuestionnaire() throws {
        let score = try Oswestry.score(answers: [3, 2, 3, 2, 3, 2, 2, 1, 3, 2])
        XCTAssertEqual(score.value, 46, accuracy: 0.001)  // 23 / 50
        XCTAssertEqual(score.band, "severe disability")
        XCTAssertNil(score.detail)
    }

    func testOswestryUnansweredSectionsShrinkTheDenominator() throws {
        // 9 answered, sum 22: 22 / 45 = 48.9%, not 22 / 50 = 44%.
        let one = try Oswestry.score(answers: [3, 2, 3, 2, 3, 2, 2, nil, 3, 2])
        XCTAssertEqual(one.value, 48.888, accuracy: 0.01)
        XCTAssertEqual(one.detail, "9 of 10 sections answered")
        XCTAssertEqual(OutcomeMeasure.odi.format(one.value), "48.9%")
        let three = try Oswestry.score(answers: [5, nil, 5, nil, 5, nil, 5, 5, 5, 5])
        XCTAssertEqual(three.value, 100)
        XCTAssertEqual(three.detail, "7 of 10 sections answered")
    }

    func testOswestryBandsAtTheirBoundaries() throws {
        func band(_ sum: Int) throws -> String? {
            var answers = [Int?](repeating: 0, count: 10)
            var left = sum
            for i in 0..<10 where left > 0 {
                answers[i] = min(5, left)
                left -= min(5, left)
            }
            return try Oswestry.score(answers: answers).band
        }
        XCTAssertEqual(try band(10), "minimal disability")  // 20%
        XCTAssertEqual(try band(11), "moderate disability")  // 22%
        XCTAssertEqual(try band(20), "moderate disability")  // 40%
        XCTAssertEqual(try band(30), "severe disability")  // 60%
        XCTAssertEqual(try band(40), "crippled")  // 80%
        XCTAssertEqual(try band(41), "bed-bound or exaggerating symptoms")  // 82%
    }

    func testOswestryRefusesWhatCannotBeScored() {
        XCTAssertThrowsError(try Oswestry.score(answers: [Int?](repeating: nil, count: 10))) {
            XCTAssertTrue(($0 as? MeasureInputError)?.message.contains("no answered section") == true)
        }
        XCTAssertThrowsError(try Oswestry.score(answers: [1, 2, 3])) {
            XCTAssertTrue(($0 as? MeasureInputError)?.message.contains("10 sections") == true)
        }
        XCTAssertThrowsError(try Oswestry.score(answers: [1, 2, 3, 4, 6, 0, 0, 0, 0, 0])) {
            XCTAssertEqual(($0 as? MeasureInputError)?.message, "ODI section 5 is 6; each section is scored 0-5")
        }
        XCTAssertThrowsError(try Oswestry.score(answers: nil))
    }

    func testRolandMorrisCountsTickedItems() throws {
        XCTAssertEqual(try RolandMorris.score(ticked: [1, 5, 24], score: nil).value, 3)
        XCTAssertEqual(try RolandMorris.score(ticked: nil, score: 12).value, 12)
        XCTAssertEqual(try RolandMorris.score(ticked: [], score: nil).value, 0)
        XCTAssertThrowsError(try RolandMorris.score(ticked: [0, 25], score: nil))
        XCTAssertThrowsError(try RolandMorris.score(ticked: [3, 3], score: nil))
        XCTAssertThrowsError(try RolandMorris.score(ticked: [1, 2], score: 5))  // disagrees
        XCTAssertThrowsError(try RolandMorris.score(ticked: nil, score: 25))
        XCTAssertThrowsError(try RolandMorris.score(ticked: nil, score: 4.5))
        XCTAssertThrowsError(try RolandMorris.score(ticked: nil, score: nil))
    }

    func testPainRatingIsAWholeNumberFromZeroToTen() throws {
        XCTAssertEqual(try PainRating.score(0).value, 0)
        XCTAssertEqual(try PainRating.score(10).value, 10)
        XCTAssertThrowsError(try PainRating.score(11))
        XCTAssertThrowsError(try PainRating.score(-1))
        XCTAssertThrowsError(try PainRating.score(6.5))
        XCTAssertThrowsError(try PainRating.score(nil))
    }

    func testPatientSpecificScaleIsTheMean() throws {
        let score = try PatientSpecificScale.score([
            PSFSActivity(activity: "Lifting", score: 3), PSFSActivity(activity: "Sitting", score: 4),
            PSFSActivity(activity: "Stairs", score: 8),
        ])
        XCTAssertEqual(score.value, 5)
        XCTAssertEqual(score.detail, "mean of 3: Lifting 3; Sitting 4; Stairs 8")
        XCTAssertThrowsError(try PatientSpecificScale.score([]))
        XCTAssertThrowsError(try PatientSpecificScale.score([PSFSActivity(activity: "Run", score: 11)]))
        XCTAssertThrowsError(
            try PatientSpecificScale.score((1...6).map { PSFSActivity(activity: "a\($0)", score: 5) }))
    }

    func testStartBackRiskGroupsFollowKeele() throws {
        let low = try StartBack.score(answers: [1, 1, 1, 0, 0, 0, 0, 0, 0])
        XCTAssertEqual(low.band, "low risk")
        XCTAssertEqual(low.value, 3)
        // Total 5, distress (items 5-9) 3: medium.
        let medium = try StartBack.score(answers: [1, 1, 0, 0, 1, 1, 1, 0, 0])
        XCTAssertEqual(medium.band, "medium risk")
        XCTAssertEqual(medium.detail, "distress subscale 3/5")
        // Total 4, distress 4: high.
        XCTAssertEqual(try StartBack.score(answers: [0, 0, 0, 0, 1, 1, 1, 1, 0]).band, "high risk")
        // Items 1, 4, 7, 8, 9 (the mirror's subscale) would say high; Keele's items 5-9 give 3.
        XCTAssertEqual(try StartBack.score(answers: [1, 0, 0, 1, 0, 0, 1, 1, 1]).band, "medium risk")
        XCTAssertThrowsError(try StartBack.score(answers: [1, 0, 0, 1, 0, 0, 1, 1, nil]))
        XCTAssertThrowsError(try StartBack.score(answers: [1, 0, 0, 1, 0, 0, 1, 1, 2]))
        XCTAssertThrowsError(try StartBack.score(answers: [1, 0]))
    }
}
