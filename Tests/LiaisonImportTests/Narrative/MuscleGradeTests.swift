import LiaisonModel
import LiaisonTestSupport
import XCTest

@testable import LiaisonImport

/// Muscle grades that differ are a progressive deficit only when the text says when ("5/5 at
/// intake, now 3/5"); a list of different muscles ("L4 5/5, L5 4/5") is a question, and a weak
/// muscle said to be unchanged is none.
final class MuscleGradeTests: XCTestCase {
    func testAGradeFallingOverTimeIsARedFlag() {
        XCTAssertEqual(readPlan("EHL 5/5 at intake, now 3/5."), "refer-back")
        XCTAssertEqual(readPlan("Right ankle eversion has gone from 5/5 to 3/5 in six weeks."), "refer-back")
    }

    func testGradesOfDifferentMusclesAreAQuestion() {
        XCTAssertEqual(readPlan("Myotomes: L4 5/5, L5 4/5 left, S1 5/5."), "needs-review")
        XCTAssertEqual(readPlan("Power 5/5 throughout except left EHL 4/5, unchanged from last year."), "ready")
    }
}
