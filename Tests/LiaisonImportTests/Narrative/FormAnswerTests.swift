import LiaisonModel
import LiaisonTestSupport
import XCTest

@testable import LiaisonImport

/// A screening form's question and its yes or no answer are read together: "Answer: No" denies
/// what was asked, "Yes" leaves it asked (a red flag or a question), an answer in words leaves
/// the question for the provider.
final class FormAnswerTests: XCTestCase {
    private func plan(_ text: String, language: String = "en") -> String {
        let context = NarrativeContext(
            section: "form", line: 1, kind: .reviewOfSystems, language: language,
            referenceDate: SentenceEvaluation.documentDate, vocabulary: TestKnowledge.vocabulary)
        return SentenceEvaluation.plan(NarrativeReader.read(text, context: context))
    }

    func testANoAnswerDeniesTheQuestion() {
        XCTAssertEqual(plan("Q5 Have you noticed any numbness around your back passage? Answer: No"), "ready")
        XCTAssertEqual(plan("Any soiling? No. Worsening weakness? None."), "ready")
        XCTAssertEqual(plan("Perte de poids ? Non.", language: "fr"), "ready")
    }

    func testAYesOrAWordedAnswerStaysAsked() {
        XCTAssertEqual(
            plan("Q7 Any numbness around your back passage? Patient answer: Yes - started two days ago."), "refer-back")
        XCTAssertEqual(
            plan("Q7 Do you have pain at night? Answer: only when I roll onto the sore side"), "needs-review")
        XCTAssertEqual(plan("Is this cauda equina? No one can say yet."), "refer-back", "'No one' is not an answer")
    }

    func testTheSplitterKeepsAnAnswerWithItsQuestion() {
        let sentences = ClauseSplitter.sentences("Fever? No. Night pain? Yes, most nights. Weight loss? Unsure.")
        XCTAssertEqual(
            sentences.map { $0.clauses.map(\.text).joined(separator: "; ") },
            ["Fever? No.", "Night pain? Yes, most nights.", "Weight loss?", "Unsure."])
    }
}
