import LiaisonModel
import LiaisonTestSupport
import XCTest

@testable import LiaisonImport

/// A denial reads across the commas of a list of denied findings, but a list item that opens
/// with a statement (an amount, a dose, a time since onset, a verb) may be a new finding: what
/// it names is asked about or referred back, never cleared.
final class DeniedListTests: XCTestCase {
    func testAListOfDeniedFindingsIsCleared() {
        XCTAssertEqual(
            readPlan("Denies fever, chills, night sweats, saddle anaesthesia or bladder dysfunction."), "ready")
        XCTAssertEqual(
            readPlan("Denies fever, chills, weight loss over the past 6 months, saddle anaesthesia or bladder change."),
            "ready")
        XCTAssertEqual(readPlan("Kein Fieber, keine Gewichtsabnahme, keine Blasenstörung.", language: "de"), "ready")
        XCTAssertEqual(
            readPlan("Pas de fièvre, pas de perte de poids, pas de trouble sphinctérien.", language: "fr"), "ready")
    }

    func testAStatementAfterTheCommaIsNotDenied() {
        let rows: [(text: String, language: String, plan: String)] = [
            ("No fever, unintentional weight loss of 8 kg over 3 months.", "en", "needs-review"),
            ("No allergies, takes methotrexate weekly.", "en", "needs-review"),
            ("No allergies, on prednisolone 20 mg daily.", "en", "needs-review"),
            ("No cough, temperature of 38.9 last night.", "en", "needs-review"),
            ("No fever, urinary retention for 2 days.", "en", "refer-back"),
            ("Kein Trauma, seit 3 Monaten Harnverhalt.", "de", "refer-back"),
            ("Kein Trauma, seit gestern Taubheit im Reithosenbereich.", "de", "refer-back"),
            ("Keine Allergien, nimmt Methotrexat wöchentlich.", "de", "needs-review"),
            ("Pas de fièvre, rétention urinaire depuis 3 jours.", "fr", "refer-back"),
            ("Pas de traumatisme, perte de poids de 8 kg en 3 mois.", "fr", "needs-review"),
        ]
        for row in rows {
            XCTAssertEqual(readPlan(row.text, language: row.language), row.plan, row.text)
        }
    }

    /// The item's own denial still clears it, and the items before the statement stay denied.
    func testTheItemsOwnDenialStillClearsIt() {
        XCTAssertEqual(readPlan("No fever, has no saddle numbness."), "ready")
        let findings = read("No fever, chills, weight loss of 8 kg in 2 months.")
        XCTAssertEqual(findings.redFlags, [], "fever and chills stay denied")
        XCTAssertEqual(findings.reviewItems.map(\.flag), [.unexplainedWeightLoss])
    }

    /// A denial cut off by a dash is a reply to what came before it; a doubt in a later item is
    /// that item's own.
    func testADashOrADoubtEndsADenial() {
        XCTAssertEqual(
            readPlan(
                "Exercise clearance: Cleared for exercise: No - please await the outcome of the bone scan before starting.",
                kind: .plan), "needs-review")
        XCTAssertEqual(
            readPlan("Douleur lombaire après une glissade sans chute franche, fracture non exclue.", language: "fr"),
            "needs-review")
    }

    /// "Normal to light touch" reads back to the site it describes.
    func testNormalToLightTouchDeniesTheSiteBeforeIt() {
        XCTAssertEqual(
            readPlan(
                "Denies any trouble passing water or opening his bowels, and perianal sensation is normal to light touch."
            ), "ready")
    }

    private func read(_ text: String) -> NarrativeFindings {
        let context = NarrativeContext(
            section: "test", line: 1, kind: .assessment, language: "en", referenceDate: SentenceEvaluation.documentDate,
            vocabulary: TestKnowledge.vocabulary)
        return NarrativeReader.read(text, context: context)
    }
}
