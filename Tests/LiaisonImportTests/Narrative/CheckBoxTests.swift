import LiaisonModel
import LiaisonTestSupport
import XCTest

@testable import LiaisonImport

/// A form's yes-or-no check boxes written as text are read as the box that was ticked: the last
/// option written ("... [x] ja [ ] nein") does not deny what was asked.
final class CheckBoxTests: XCTestCase {
    func testATickedYesAffirmsWhatWasAsked() {
        XCTAssertEqual(
            readPlan("Taubheit im Genitalbereich [x] ja [ ] nein", kind: .reviewOfSystems, language: "de"),
            "refer-back")
        XCTAssertEqual(
            readPlan("Perte d'urine involontaire [x] oui [ ] non", kind: .reviewOfSystems, language: "fr"),
            "refer-back")
        XCTAssertEqual(
            readPlan("Numbness around back passage \u{2612} Yes \u{2610} No", kind: .reviewOfSystems), "refer-back")
    }

    /// Found by review: several rows in one block, and a label's own "Y/N" before the boxes.
    func testEachAnsweredRowEndsItsClause() {
        XCTAssertEqual(
            readPlan("Saddle numbness [x] yes [ ] no Fever [ ] yes [x] no", kind: .reviewOfSystems), "refer-back")
        XCTAssertEqual(
            readPlan("Known cancer [x] yes [ ] no  Night pain [ ] yes [x] no", kind: .reviewOfSystems), "refer-back")
        XCTAssertEqual(
            readPlan(
                "Reithosenanästhesie [x] ja [ ] nein Blasenstörung [ ] ja [x] nein", kind: .reviewOfSystems,
                language: "de"), "refer-back")
        XCTAssertEqual(
            readPlan(
                "Antécédent de cancer \u{2612} oui \u{2610} non  Fièvre \u{2610} oui \u{2612} non",
                kind: .reviewOfSystems, language: "fr"), "refer-back")
        XCTAssertEqual(readPlan("Saddle numbness Y/N [x] Y [ ] N", kind: .reviewOfSystems), "refer-back")
        XCTAssertEqual(
            readPlan("Reithosenanästhesie ja/nein [x] ja [ ] nein", kind: .reviewOfSystems, language: "de"),
            "refer-back")
    }

    func testABoxAfterItsWordCountsToo() {
        XCTAssertEqual(
            readPlan("On oral steroids for more than 3 months:  Yes [x]  No", kind: .reviewOfSystems), "refer-back")
        XCTAssertEqual(readPlan("Saddle numbness: Yes [ ] No [x]", kind: .reviewOfSystems), "ready")
    }

    func testATickedNoDeniesIt() {
        XCTAssertEqual(readPlan("Loss of bladder control: [ ] Yes [X] No", kind: .reviewOfSystems), "ready")
        XCTAssertEqual(
            readPlan("Blasenschwäche [ ] ja [x] nein; Fieber [ ] ja [x] nein", kind: .reviewOfSystems, language: "de"),
            "ready")
    }

    func testEachRowOfAFormIsItsOwn() {
        XCTAssertEqual(
            readPlan(
                "Taubheit im Genitalbereich [x] ja [ ] nein; Blasenschwäche [ ] ja [x] nein", kind: .reviewOfSystems,
                language: "de"), "refer-back")
    }

    /// A row with no box ticked or with both answers nothing: it is a question, never a denial.
    func testRowsThatAnswerNothingAreAsked() {
        XCTAssertEqual(readPlan("Saddle numbness [ ] yes [ ] no", kind: .reviewOfSystems), "refer-back")
        XCTAssertEqual(readPlan("Known cancer [x] yes [x] no", kind: .reviewOfSystems), "needs-review")
        XCTAssertEqual(
            readPlan("Antécédent de cancer \u{2610} oui \u{2610} non", kind: .reviewOfSystems, language: "fr"),
            "needs-review")
        XCTAssertEqual(
            readPlan("Known cancer [ ] yes [ ] no; Fever [ ] yes [x] no", kind: .reviewOfSystems), "needs-review")
        XCTAssertNil(CheckBoxes.answered(Array("Saddle numbness [x] unknown [ ] no".unicodeScalars)))
        XCTAssertNil(CheckBoxes.answered(Array("Pain [x] at night".unicodeScalars)))
        XCTAssertNil(CheckBoxes.answered(Array("Saddle numbness yes no [x]".unicodeScalars)))
    }

    func testTheAnswerKeepsTheProvidersWords() {
        let context = NarrativeContext(
            section: "ros", line: 3, kind: .reviewOfSystems, language: "de", vocabulary: TestKnowledge.vocabulary)
        let found = NarrativeReader.read("Taubheit im Genitalbereich [x] ja [ ] nein", context: context)
        XCTAssertEqual(found.redFlags.map(\.text), ["Taubheit im Genitalbereich ja"])
    }
}
