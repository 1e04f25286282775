import LiaisonModel
import LiaisonTestSupport
import XCTest

@testable import LiaisonImport

/// A Past Medical History item said to be ongoing ("remains on tacrolimus") is today's, so an
/// immunosuppressed client is referred back rather than asked about; a history said to be over,
/// or a relative's, is not.
final class CurrentStateTests: XCTestCase {
    private func plan(_ text: String, kind: SectionKind, language: String = "en") -> String {
        let context = NarrativeContext(
            section: "current", line: 1, kind: kind, language: language,
            referenceDate: SentenceEvaluation.documentDate, vocabulary: TestKnowledge.vocabulary)
        return SentenceEvaluation.plan(NarrativeReader.read(text, context: context))
    }

    func testAnOngoingTreatmentInAHistoryIsToday() {
        XCTAssertEqual(plan("Renal transplant, immunosuppressed.", kind: .pastMedicalHistory), "needs-review")
        XCTAssertEqual(
            plan("He had a liver transplant and remains on tacrolimus.", kind: .pastMedicalHistory), "refer-back")
        XCTAssertEqual(
            plan("St. n. Nierentransplantation, unter Tacrolimus.", kind: .pastMedicalHistory, language: "de"),
            "refer-back")
    }

    func testAnEndedUseOrARelativeStaysAsItWas() {
        XCTAssertEqual(plan("Ex-IVDU, clean since 2014.", kind: .pastMedicalHistory), "needs-review")
        XCTAssertEqual(plan("Mother remains on tacrolimus after a liver transplant.", kind: .familyHistory), "ready")
    }
}
