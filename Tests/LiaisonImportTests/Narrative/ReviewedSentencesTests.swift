import LiaisonModel
import LiaisonTestSupport
import XCTest

@testable import LiaisonImport

/// Sentences a review of this session's vocabulary found cleared or downgraded (red flags and
/// holds that the vocabulary before it caught): each must keep its outcome.
final class ReviewedSentencesTests: XCTestCase {
    /// A normal saddle or reflex finding names its own site; it does not deny the finding
    /// before it.
    func testANormalFindingDeniesOnlyItself() {
        XCTAssertEqual(
            readPlan("Neu aufgetretene Fussheberparese M3, Reflexe auslösbar.", language: "de"), "refer-back")
        XCTAssertEqual(readPlan("Harnverhalt seit gestern, Sensibilität erhalten.", language: "de"), "refer-back")
        XCTAssertEqual(readPlan("Inkontinenz seit heute, Sensibilität ist erhalten.", language: "de"), "refer-back")
        XCTAssertEqual(
            readPlan(
                "Blasen- und Mastdarmfunktion intakt, perianale Sensibilität erhalten, Analreflex auslösbar, "
                    + "Sphinktertonus im TR normal.", kind: .reviewOfSystems, language: "de"), "ready")
    }

    /// A hold is lifted only where the lifting is its own word; a condition that ends is the
    /// hold's condition.
    func testAHoldUntilSomethingEndsStaysAHold() {
        XCTAssertEqual(readPlan("Kein Training bis Wundheilung beendet.", kind: .plan, language: "de"), "needs-review")
        XCTAssertEqual(readPlan("Trainingspause bis Abklärung beendet.", kind: .plan, language: "de"), "needs-review")
        XCTAssertEqual(
            readPlan("Trainingspause erst aufgehoben, wenn MRT vorliegt.", kind: .plan, language: "de"), "needs-review")
        XCTAssertEqual(readPlan("Trainingspause aufgehoben.", kind: .plan, language: "de"), "ready")
    }

    /// A form's "label: yes" row ends at the next label's colon.
    func testAYesRowIsNotDeniedByTheNextRow() {
        XCTAssertEqual(readPlan("Saddle numbness: yes  Fever: no", kind: .reviewOfSystems), "refer-back")
        XCTAssertEqual(readPlan("Steroids > 3 months: yes  Fever: no", kind: .reviewOfSystems), "refer-back")
        XCTAssertNotEqual(
            readPlan("Denies fever, night sweats: yes, weight loss: yes", kind: .reviewOfSystems), "ready")
    }
}
