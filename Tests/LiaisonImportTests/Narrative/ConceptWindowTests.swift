import LiaisonModel
import LiaisonTestSupport
import XCTest

@testable import LiaisonImport

/// How near a concept's parts must be: a concept's parts may stand on either side of an aside
/// (between brackets or a pair of spaced dashes), whose words do not count towards the window; a
/// part of several words counts as one; and a reason against a concept that is itself denied
/// ("not on any diet") does not stop it.
final class ConceptWindowTests: XCTestCase {
    func testTheWordsOfADashAsideDoNotCount() {
        let aside = "The weakness in her left calf - which she put down to the long walk at first - has got worse."
        XCTAssertEqual(readPlan(aside), "refer-back")
        // The same words with no dashes are too far apart: the window still holds.
        let plain = "The weakness in her left calf which she put down to the long walk at first has got worse."
        XCTAssertEqual(readPlan(plain), "ready")
    }

    func testABracketAsideAndAPhraseCountAsWritten() {
        XCTAssertEqual(
            readPlan("Fell from the top of a climbing wall (about 8 m) when the auto-belay failed."), "refer-back")
    }

    func testOneDashIsNoAside() {
        let tokens = Tokenizer.tokens("Saddle numbness - new since Monday")
        XCTAssertFalse(tokens.contains(where: \.inAside), "an unclosed dash opens no aside")
        let paired = Tokenizer.tokens("Saddle numbness - she says - new since Monday")
        XCTAssertEqual(paired.filter(\.inAside).map(\.text), ["she", "says"])
    }

    func testABracketOnAWordIsNoAside() {
        let tokens = Tokenizer.tokens("prednisolone 1 unit(s) orally (with food) once a day")
        XCTAssertEqual(tokens.filter(\.inAside).map(\.text), ["(", "with", "food", ")"])
        XCTAssertFalse(Tokenizer.tokens("range 5 - 10 - 15 kg").contains(where: \.inAside), "dashes between figures")
    }

    func testADeniedReasonAgainstDoesNotStopAConcept() {
        XCTAssertEqual(readPlan("She has lost 6 kg of weight since June on a diet."), "ready")
        XCTAssertNotEqual(readPlan("She has lost 6 kg of weight since June and is not on any diet."), "ready")
        XCTAssertNotEqual(readPlan("Clothes are loose on her, no diet."), "ready")
    }

    func testAFractureDeniedOnImagingMakesATraumaAQuestion() {
        XCTAssertEqual(readPlan("Fell from a ladder on Monday; CT spine showed no fracture."), "needs-review")
        XCTAssertEqual(readPlan("Fell from a ladder on Monday; no previous fractures."), "refer-back", "no imaging")
        XCTAssertEqual(readPlan("Fell from a ladder on Monday; X-ray of the wrist showed no fracture."), "refer-back")
        for (language, text) in [
            ("de", "Sturz von der Leiter am Montag, im CT keine Fraktur."),
            ("fr", "Chute d'une échelle lundi, pas de fracture au scanner."),
        ] {
            let context = NarrativeContext(
                section: "imaging", line: 1, kind: .assessment, language: language,
                referenceDate: SentenceEvaluation.documentDate, vocabulary: TestKnowledge.vocabulary)
            XCTAssertEqual(SentenceEvaluation.plan(NarrativeReader.read(text, context: context)), "needs-review", text)
        }
    }
}
