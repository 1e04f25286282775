import LiaisonModel
import LiaisonTestSupport
import XCTest

@testable import LiaisonImport

/// A screening form's question and its yes or no answer are read together: "Answer: No" denies
/// what was asked, "Yes" affirms it, an answer in words leaves the question for the provider.
final class FormAnswerTests: XCTestCase {
    func testANoAnswerDeniesTheQuestion() {
        XCTAssertEqual(
            readPlan("Q5 Have you noticed any numbness around your back passage? Answer: No", kind: .reviewOfSystems),
            "ready")
        XCTAssertEqual(readPlan("Any soiling? No. Worsening weakness? None.", kind: .reviewOfSystems), "ready")
        XCTAssertEqual(readPlan("Perte de poids ? Non.", kind: .reviewOfSystems, language: "fr"), "ready")
    }

    func testAYesAnswerAffirmsWhatWasAsked() {
        XCTAssertEqual(
            readPlan("Q7 Do you have pain at night that stops you sleeping? Answer: Yes", kind: .reviewOfSystems),
            "refer-back")
        XCTAssertEqual(
            readPlan("Nächtliche Schmerzen? Antwort: Ja", kind: .reviewOfSystems, language: "de"), "refer-back")
        XCTAssertEqual(readPlan("Douleurs nocturnes ? Oui.", kind: .reviewOfSystems, language: "fr"), "refer-back")
    }

    func testAYesOrAWordedAnswerStaysAsked() {
        XCTAssertEqual(
            readPlan(
                "Q7 Any numbness around your back passage? Patient answer: Yes - started two days ago.",
                kind: .reviewOfSystems), "refer-back")
        XCTAssertEqual(
            readPlan(
                "Q7 Do you have pain at night? Answer: only when I roll onto the sore side", kind: .reviewOfSystems),
            "needs-review")
        XCTAssertEqual(
            readPlan("Is this cauda equina? No one can say yet.", kind: .reviewOfSystems), "refer-back",
            "'No one' is not an answer")
    }

    /// A checklist's heading names what is asked, not a finding: its items say what is present.
    func testAChecklistHeadingIsNoFinding() {
        XCTAssertEqual(
            readPlan("B-Symptomatik: kein Fieber, kein Nachtschweiss, Gewicht stabil.", language: "de"), "ready")
        XCTAssertEqual(readPlan("B-Symptomatik: ja", language: "de"), "refer-back")
        XCTAssertEqual(readPlan("Ausgeprägte B-Symptomatik seit Wochen.", language: "de"), "refer-back")
    }

    func testTheSplitterKeepsAnAnswerWithItsQuestion() {
        let sentences = ClauseSplitter.sentences("Fever? No. Night pain? Yes, most nights. Weight loss? Unsure.")
        XCTAssertEqual(
            sentences.map { $0.clauses.map(\.text).joined(separator: "; ") },
            ["Fever? No.", "Night pain? Yes, most nights.", "Weight loss?", "Unsure."])
    }
}
