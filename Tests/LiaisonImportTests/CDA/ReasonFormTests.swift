import Foundation
import LiaisonImport
import LiaisonModel
import LiaisonTestSupport
import XCTest

/// The reason for referral is the reason text proper: not a dump of a form, not a placeholder.
final class ReasonFormTests: XCTestCase {
    private func reason(_ text: String, entries: [String] = []) throws -> String? {
        let section = CDASnippet.section(code: "42349-1", text: text, entries: entries)
        return try CDASnippet.read(CDASnippet.document(sections: [section])).reason
    }

    private func row(_ label: String, _ value: String) -> String { "<tr><td>\(label)</td><td>\(value)</td></tr>" }

    func testAFormGivesOnlyTheFieldLabelledAsTheReason() throws {
        let form =
            "<table><tbody>" + row("Motif du recours", "Déficit moteur brutal du membre supérieur gauche")
            + row("Latéralité", "Manuelle Gaucher") + row("Déficit moteur", "Oui") + "</tbody></table>"
        XCTAssertEqual(try reason(form), "Déficit moteur brutal du membre supérieur gauche")
    }

    func testAFormWithoutAReasonFieldGivesNothing() throws {
        let form =
            "<table><tbody>" + row("Nature de la discussion", "RCP Appareil") + row("RCP de recours", "Non")
            + row("Commentaire", "(Texte libre)") + "</tbody></table>"
        XCTAssertNil(try reason(form))
        let fields =
            "<paragraph>Pédiatrie : Non</paragraph><paragraph>Commentaire : (Texte libre) Lorem ipsum dolor sit amet.</paragraph>"
        XCTAssertNil(try reason(fields))
    }

    func testPlaceholdersInEveryRealmLanguageAreNoReason() throws {
        for text in ["Aucune information sur plainte principale.", "keine Angaben", "Non renseigné", "(Texte libre)"] {
            XCTAssertNil(try reason("<paragraph>\(text)</paragraph>"), text)
        }
    }

    func testProseStaysTheReasonWithoutTheFreeTextMarker() throws {
        XCTAssertEqual(
            try reason("<paragraph>Bilan de réfraction sans prescription (Texte libre)</paragraph>"),
            "Bilan de réfraction sans prescription")
        XCTAssertEqual(
            try reason("<paragraph>Rückenschmerzen im Bereich der LWS seit 3 Wochen.</paragraph>"),
            "Rückenschmerzen im Bereich der LWS seit 3 Wochen.")
    }

    func testAReasonObservationGivesItsText() throws {
        let text =
            #"<table><tbody><tr><td><content ID="m">Bilan de réfraction</content></td><td>(Texte libre)</td></tr></tbody></table>"#
        let entry = """
            <observation classCode="OBS" moodCode="EVN"><code code="42349-1" codeSystem="2.16.840.1.113883.6.1"/>
            <text><reference value="#m"/></text></observation>
            """
        XCTAssertEqual(try reason(text, entries: [entry]), "Bilan de réfraction")
    }

    func testFrenchCorpusReasons() throws {
        guard let root = TestPaths.corpus else { throw XCTSkip("../shared/corpus is absent") }
        let folder = root.appendingPathComponent("ans-testcontenu-cda")
        func reason(_ file: String) throws -> String? {
            try ReferralImporter.read(contentsOf: folder.appendingPathComponent(file), options: TestKnowledge.options())
                .reason
        }
        XCTAssertNil(try reason("CANCER-FRCP_2022.01_Appareil.xml"), "a form of the multidisciplinary meeting")
        XCTAssertNil(try reason("CANCER-PPS_2022.01_Autopresentable.xml"), "Pédiatrie : Non, Lorem ipsum")
        XCTAssertEqual(try reason("OPH-BRE_2022.02.xml"), "Bilan de réfraction sans prescription")
        XCTAssertEqual(try reason("LDL-SES_2022.01.xml"), "Episode psychotique – cachexie/anorexie")
    }
}
