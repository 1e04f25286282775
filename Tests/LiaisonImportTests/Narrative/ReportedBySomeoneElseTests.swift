import LiaisonModel
import LiaisonTestSupport
import XCTest

@testable import LiaisonImport

/// A spouse or relative who worries, notices or is told is not the one with the findings, and an
/// event that merely ended nearby is not a history: each of these sentences keeps its red flag
/// or question (a review of 2026-12-03 found them cleared by vocabulary of that day).
final class ReportedBySomeoneElseTests: XCTestCase {
    func testASpouseWhoWorriesOrIsToldLeavesTheFindingsTheClients() {
        XCTAssertEqual(readPlan("Her wife was worried about his new saddle numbness."), "refer-back")
        XCTAssertEqual(readPlan("Her husband has been worried about her new saddle numbness."), "refer-back")
        XCTAssertEqual(readPlan("She cares for her husband and has had saddle numbness since Tuesday."), "refer-back")
        XCTAssertEqual(readPlan("Her husband was told that she has metastatic breast cancer."), "refer-back")
        XCTAssertEqual(readPlan("She has saddle numbness and her husband has cancer."), "refer-back")
        XCTAssertEqual(
            readPlan("Son mari est inquiet car elle a une incontinence urinaire depuis hier.", language: "fr"),
            "refer-back")
        XCTAssertEqual(
            readPlan("Ihr Ehemann hat bemerkt, dass sie seit gestern inkontinent ist.", language: "de"), "refer-back")
    }

    func testASpousesOwnDiagnosisIsTheirs() {
        XCTAssertEqual(readPlan("Her husband was operated on for cauda equina syndrome last year."), "ready")
        XCTAssertEqual(readPlan("Son conjoint est hospitalisé pour une pneumonie fébrile.", language: "fr"), "ready")
        XCTAssertEqual(readPlan("His wife has breast cancer."), "needs-review", "a spouse named alone: a question")
    }

    func testAnEventThatEndedNearbyIsNoHistory() {
        XCTAssertEqual(readPlan("She developed saddle numbness two days after the naproxen was stopped."), "refer-back")
        XCTAssertEqual(readPlan("New urinary retention after his oxybutynin was stopped."), "refer-back")
        XCTAssertEqual(readPlan("Her weight remains 64 kg, compared with 72 kg in January."), "needs-review")
    }

    func testAStableWordBesideAnotherConditionDoesNotClearIncontinence() {
        XCTAssertEqual(
            readPlan(
                "Die Patientin berichtet über eine Inkontinenz und eine bekannte Spinalkanalstenose.", language: "de"),
            "needs-review")
        XCTAssertEqual(
            readPlan(
                "La patiente présente des fuites urinaires à l'effort et une rétention depuis hier.", language: "fr"),
            "refer-back")
    }

    /// A relative's past illness stays the relative's where the relative's reach ends inside the
    /// condition's words; the client's own past illness stays a question.
    func testARelativesPastIllnessIsTheRelatives() {
        XCTAssertEqual(
            readPlan(
                "Sa sœur a été opérée en urgence d'un syndrome de la queue de cheval l'an dernier.",
                kind: .familyHistory,
                language: "fr"), "ready")
        XCTAssertEqual(
            readPlan(
                "Sa sœur a été opérée en urgence d'un syndrome de la queue de cheval l'an dernier.", language: "fr"),
            "ready")
        XCTAssertEqual(
            readPlan("Opérée en urgence d'un syndrome de la queue de cheval l'an dernier.", language: "fr"),
            "needs-review")
    }
}
