import LiaisonModel
import LiaisonTestSupport
import XCTest

@testable import LiaisonImport

/// A denial that is itself doubted or denied ("It is not true that she has no bladder
/// symptoms") is not a denial: the client is referred back or asked about, never cleared.
final class DoubtedDenialTests: XCTestCase {
    private func plan(_ text: String) -> String {
        let context = NarrativeContext(
            section: "doubt", line: 1, kind: .historyOfPresentIllness, language: "en",
            referenceDate: SentenceEvaluation.documentDate, vocabulary: TestKnowledge.vocabulary)
        return SentenceEvaluation.plan(NarrativeReader.read(text, context: context))
    }

    func testADoubtedDenialIsNotCleared() {
        XCTAssertEqual(plan("She has no bladder symptoms."), "ready", "the plain denial, for contrast")
        XCTAssertEqual(plan("It is not true that she has no bladder symptoms."), "refer-back")
        XCTAssertEqual(plan("He could not say he had no numbness down below."), "refer-back")
        XCTAssertEqual(plan("No one could say she does not have night pain."), "needs-review")
        XCTAssertEqual(plan("Can't be sure there was no fracture after the fall."), "needs-review")
    }

    func testADoubtWithNoDenialAssertsNothingOfItsOwn() {
        XCTAssertEqual(plan("He cannot say when the incontinence began."), "refer-back")
        XCTAssertEqual(plan("She could not say how long she has had night pain."), "refer-back")
    }

    /// "It's not that ..." denies what follows, but not with the confidence that clears an
    /// emergency: a cauda equina sign stays a red flag (R2), anything else a question.
    func testNotThatIsATentativeDenial() {
        XCTAssertEqual(plan("It's not that he can't pass urine."), "refer-back")
        XCTAssertEqual(plan("It's not that she has night pain."), "needs-review")
    }
}
