import LiaisonModel
import LiaisonTestSupport
import XCTest

@testable import LiaisonImport

/// A Past Medical History item said to be ongoing ("remains on tacrolimus") is today's, so an
/// immunosuppressed client is referred back rather than asked about; a history said to be over,
/// or a relative's, is not.
final class CurrentStateTests: XCTestCase {
    func testAnOngoingTreatmentInAHistoryIsToday() {
        XCTAssertEqual(readPlan("Renal transplant, immunosuppressed.", kind: .pastMedicalHistory), "needs-review")
        XCTAssertEqual(
            readPlan("He had a liver transplant and remains on tacrolimus.", kind: .pastMedicalHistory), "refer-back")
        XCTAssertEqual(
            readPlan("St. n. Nierentransplantation, unter Tacrolimus.", kind: .pastMedicalHistory, language: "de"),
            "refer-back")
    }

    func testAnEndedUseOrARelativeStaysAsItWas() {
        XCTAssertEqual(readPlan("Ex-IVDU, clean since 2014.", kind: .pastMedicalHistory), "needs-review")
        XCTAssertEqual(
            readPlan("Mother remains on tacrolimus after a liver transplant.", kind: .familyHistory), "ready")
    }

    /// A coded problem or medication line carries its status after it; the status is the line's.
    func testAStatusAfterACodedLineIsTheLines() {
        XCTAssertEqual(readPlan("G83.4 Cauda equina syndrome", kind: .pastMedicalHistory), "needs-review")
        XCTAssertEqual(readPlan("G83.4 Cauda equina syndrome - active", kind: .pastMedicalHistory), "refer-back")
        XCTAssertEqual(
            readPlan("R50.9 Fever, unspecified - active - onset 2 days ago", kind: .pastMedicalHistory), "refer-back",
            "across the commas of the code's title")
        XCTAssertEqual(
            readPlan(
                "S32.010A Wedge compression fracture of first lumbar vertebra, initial encounter.",
                kind: .pastMedicalHistory),
            "refer-back")
        XCTAssertEqual(
            readPlan("Prednisolone 5 mg tab PO OD - active - long term (PMR)", kind: .pastMedicalHistory), "refer-back")
        XCTAssertEqual(readPlan("Hydrocortisone 10 mg mane, 5 mg midday", kind: .pastMedicalHistory), "refer-back")
        XCTAssertEqual(
            readPlan("G83.4 Syndrome de la queue de cheval - actif", kind: .pastMedicalHistory, language: "fr"),
            "refer-back")
        XCTAssertEqual(
            readPlan("G83.4 Cauda-equina-Syndrom - aktiv", kind: .pastMedicalHistory, language: "de"), "refer-back")
    }

    /// An ICD-10 title's "without rupture" or "not elsewhere classified" denies nothing.
    func testICDTitleWordsAreNotDenials() {
        XCTAssertEqual(
            readPlan(
                "I71.4 Abdominal aortic aneurysm, without rupture (SNOMED 233985008 Abdominal aortic aneurysm), on surveillance",
                kind: .pastMedicalHistory),
            "refer-back")
        XCTAssertEqual(
            readPlan("M48.56XA Collapsed vertebra, not elsewhere classified, lumbar region", kind: .pastMedicalHistory),
            "needs-review")
    }

    /// A dose frequency makes a medication line today's, and a word of its ending does not make
    /// it a history: "stopped", "completed" and their forms describe other events too ("saddle
    /// numbness after the naproxen was stopped", "the stream stops and starts"), so an ended
    /// course is a referral the provider can answer, never a cleared or merely historical one
    /// (a course of a few days is no long-term use at all).
    func testAnEndedMedicationLineIsStillAReferral() {
        XCTAssertEqual(
            readPlan("Azathioprine 100 mg PO OD - STOPPED 2019 (GI intolerance)", kind: .pastMedicalHistory),
            "refer-back")
        XCTAssertEqual(
            readPlan("Prednisolone 30 mg PO OD x 5 days - completed", kind: .pastMedicalHistory), "ready",
            "a five-day course is no long-term steroid use")
        XCTAssertEqual(
            readPlan(
                "Has been straining to pass water and the stream stops and starts, 3/7 history.",
                kind: .historyOfPresentIllness),
            "refer-back")
    }
}
