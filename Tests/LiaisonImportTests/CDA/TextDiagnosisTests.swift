import Foundation
import LiaisonImport
import LiaisonModel
import LiaisonTestSupport
import XCTest

/// Diagnoses given as text only are reported, with no code and a warning.
final class TextDiagnosisTests: XCTestCase {
    private func read(section: String) throws -> Referral {
        try CDASnippet.read(CDASnippet.document(sections: [section]))
    }

    /// A CDA-CH level-1 diagnosis: free text, `code nullFlavor="UNK"`.
    private func level1(_ text: String) -> String {
        """
        <entry><observation classCode="OBS" moodCode="EVN">
        <templateId root="2.16.756.5.30.1.1.1.1.1" extension="CDA-CH.Body.DiagL1"/>
        <code nullFlavor="UNK"/><text>\(text)</text><effectiveTime value="20081017"/>
        </observation></entry>
        """
    }

    func testALevel1DiagnosisIsATextDiagnosisWithTheICDCodeOfItsText() throws {
        let section = """
            <section><code code="29548-5" codeSystem="2.16.840.1.113883.6.1"/><title>Diagnosen</title><text/>
            \(level1("Vordere Beckenringfraktur links S32.89"))\(level1("Schulterkontusion rechts"))
            </section>
            """
        let referral = try read(section: section)
        XCTAssertEqual(referral.diagnoses.count, 2)
        let fracture = referral.diagnoses[0]
        XCTAssertNil(fracture.code)
        XCTAssertEqual(fracture.system, CodeSystem.text)
        XCTAssertEqual(fracture.display, "Vordere Beckenringfraktur links S32.89")
        XCTAssertEqual(fracture.alternateCodes, [CodeRef(code: "S32.89", system: "ICD-10")])
        XCTAssertEqual(fracture.onset, "2008-10-17")
        XCTAssertEqual(referral.diagnoses[1].alternateCodes, [])
        XCTAssertTrue(referral.warnings.contains { $0.message.contains("S32.89 was read from the text") })
        XCTAssertTrue(referral.warnings.contains { $0.message.contains("with no code") })
        XCTAssertTrue(referral.warnings.contains { $0.message.contains("no coded diagnoses") })
    }

    func testTheJSONContractCarriesANullCode() throws {
        let section = "<section><title>Diagnosen</title><text/>\(level1("Lumbago"))</section>"
        let referral = try read(section: section)
        let json = String(decoding: try JSONEncoder().encode(referral.diagnoses[0]), as: UTF8.self)
        XCTAssertTrue(json.contains(#""code":null"#), json)
        XCTAssertTrue(json.contains(#""system":"text""#), json)
    }

    /// An uncoded problem is a text diagnosis only where nothing is coded: beside a coded problem
    /// list it mostly repeats a coded problem.
    func testAnUncodedProblemCountsOnlyWhereNothingIsCoded() throws {
        let uncoded = CDASnippet.problem(
            #"<value xsi:type="CD" nullFlavor="UNK"/>"#, extra: "<text>Unklare Monoarthritis Knie rechts</text>")
        let coded = CDASnippet.problem(#"<value xsi:type="CD" code="M54.50" codeSystem="2.16.840.1.113883.6.90"/>"#)
        let alone = try read(section: CDASnippet.section(code: "11348-0", entries: [uncoded]))
        XCTAssertEqual(alone.diagnoses.map(\.display), ["Unklare Monoarthritis Knie rechts"])
        let beside = try read(section: CDASnippet.section(code: "11450-4", entries: [uncoded, coded]))
        XCTAssertEqual(beside.diagnoses.map(\.code), ["M54.50"])
        let placeholder = CDASnippet.problem(
            #"<value xsi:type="CD" nullFlavor="NI"/>"#, extra: "<text>(Texte libre)</text>")
        XCTAssertTrue(try read(section: CDASnippet.section(code: "11450-4", entries: [placeholder])).diagnoses.isEmpty)
    }

    /// A diagnosis section with only narrative: rows that carry an ICD-10 code are diagnoses,
    /// a template's explanatory text is not.
    func testNarrativeRowsWithACodeInADiagnosisSection() throws {
        let section = """
            <section><title>Diagnosen</title><text><table><tbody>
            <tr><th>Diagnose</th><th>ICD Code</th></tr>
            <tr><td>Vordere Beckenringfraktur links</td><td>S32.89</td></tr>
            <tr><td>Liste der bekannten Diagnosen des Patienten</td><td></td></tr>
            </tbody></table><list><item>Lumbale Spinalkanalstenose M48.06</item></list></text></section>
            """
        let referral = try read(section: section)
        XCTAssertEqual(
            referral.diagnoses.map(\.display), ["Vordere Beckenringfraktur links", "Lumbale Spinalkanalstenose"])
        XCTAssertEqual(referral.diagnoses.map(\.alternateCodes.first?.code), ["S32.89", "M48.06"])
        XCTAssertTrue(referral.diagnoses.allSatisfy { $0.code == nil })
    }

    func testSuvaReportsGiveTheirDiagnosesAsText() throws {
        guard let root = TestPaths.corpus else { throw XCTSkip("../shared/corpus is absent") }
        let suva = root.appendingPathComponent("hl7ch-cda/Suva/eMedidoc")
        let v2 = try ReferralImporter.read(
            contentsOf: suva.appendingPathComponent("v2.0/2907-MeldungKomplexfall.xml"),
            options: TestKnowledge.options())
        XCTAssertEqual(v2.diagnoses.compactMap(\.alternateCodes.first?.code), ["S32.89", "S33.4", "S32.1", "N19"])
        XCTAssertEqual(v2.diagnoses.first?.source.line, 318)
        let v1 = try ReferralImporter.read(
            contentsOf: suva.appendingPathComponent("v1.0/2907-MeldungKomplexfall.xml"),
            options: TestKnowledge.options())
        XCTAssertEqual(v1.diagnoses.first?.display, "Vordere Beckenringfraktur links")
        XCTAssertEqual(v1.diagnoses.count, 4)
    }

    /// TA_ASIP codes treatments and events as well as conditions: a problem coded only in it is
    /// shown as text, with its local code, beside a coded problem too.
    func testAProblemCodedOnlyInTAASIPIsATextDiagnosisWithItsLocalCode() throws {
        let local = CDASnippet.problem(
            #"<value xsi:type="CD" code="MED-185" displayName="Accident domestique" codeSystem="1.2.250.1.213.1.1.4.322"/>"#
        )
        let coded = CDASnippet.problem(#"<value xsi:type="CD" code="M54.50" codeSystem="2.16.840.1.113883.6.90"/>"#)
        let referral = try read(section: CDASnippet.section(code: "11450-4", entries: [local, coded]))
        XCTAssertEqual(referral.diagnoses.compactMap(\.code), ["M54.50"])
        let text = try XCTUnwrap(referral.diagnoses.first { $0.code == nil })
        XCTAssertEqual(text.system, CodeSystem.text)
        XCTAssertEqual(text.display, "Accident domestique")
        XCTAssertEqual(text.alternateCodes, [CodeRef(code: "MED-185", system: "TA_ASIP")])
        XCTAssertTrue(
            referral.warnings.contains { $0.message.contains("coded only in the local terminology TA_ASIP (MED-185)") },
            "\(referral.warnings.map(\.message))")
    }
}
