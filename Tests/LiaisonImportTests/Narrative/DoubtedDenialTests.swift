import LiaisonModel
import LiaisonTestSupport
import XCTest

@testable import LiaisonImport

/// A denial that is itself doubted or denied ("It is not true that she has no bladder
/// symptoms") is not a denial: the client is referred back or asked about, never cleared.
final class DoubtedDenialTests: XCTestCase {
    func testADoubtedDenialIsNotCleared() {
        XCTAssertEqual(
            readPlan("She has no bladder symptoms.", kind: .historyOfPresentIllness), "ready",
            "the plain denial, for contrast")
        XCTAssertEqual(
            readPlan("It is not true that she has no bladder symptoms.", kind: .historyOfPresentIllness), "refer-back")
        XCTAssertEqual(
            readPlan("He could not say he had no numbness down below.", kind: .historyOfPresentIllness), "refer-back")
        XCTAssertEqual(
            readPlan("No one could say she does not have night pain.", kind: .historyOfPresentIllness), "needs-review")
        XCTAssertEqual(
            readPlan("Can't be sure there was no fracture after the fall.", kind: .historyOfPresentIllness),
            "needs-review")
    }

    func testADoubtWithNoDenialAssertsNothingOfItsOwn() {
        XCTAssertEqual(
            readPlan("He cannot say when the incontinence began.", kind: .historyOfPresentIllness), "refer-back")
        XCTAssertEqual(
            readPlan("She could not say how long she has had night pain.", kind: .historyOfPresentIllness), "refer-back"
        )
    }

    /// "It's not that ..." denies what follows, but not with the confidence that clears an
    /// emergency: a cauda equina sign stays a red flag (R2), anything else a question.
    func testNotThatIsATentativeDenial() {
        XCTAssertEqual(readPlan("It's not that he can't pass urine.", kind: .historyOfPresentIllness), "refer-back")
        XCTAssertEqual(readPlan("It's not that she has night pain.", kind: .historyOfPresentIllness), "needs-review")
    }

    /// "No doubt" is no denial: it affirms.
    func testNoDoubtAffirms() {
        XCTAssertEqual(
            readPlan("There is no doubt that the pain wakes her every night.", kind: .historyOfPresentIllness),
            "refer-back")
        XCTAssertEqual(
            readPlan(
                "Il ne fait aucun doute que la douleur réveille la patiente chaque nuit.",
                kind: .historyOfPresentIllness,
                language: "fr"), "refer-back")
        XCTAssertEqual(
            readPlan(
                "Es besteht kein Zweifel, dass der Schmerz sie jede Nacht weckt.", kind: .historyOfPresentIllness,
                language: "de"), "refer-back")
    }
}
