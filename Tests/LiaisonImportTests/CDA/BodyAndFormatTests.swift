import LiaisonImport
import LiaisonModel
import XCTest

final class BodyAndFormatTests: XCTestCase {
    func testNonXMLBodyImportsTheHeaderWithAWarning() throws {
        let body = """
            <component><nonXMLBody><text mediaType="application/pdf" representation="B64">JVBERi0=</text></nonXMLBody></component>
            """
        let referral = try CDASnippet.read(CDASnippet.document(rawBody: body))
        XCTAssertEqual(referral.patient.name, "Dana Q Rivera")
        XCTAssertTrue(referral.diagnoses.isEmpty)
        XCTAssertEqual(referral.warnings.count, 1)
        XCTAssertTrue(referral.warnings[0].message.contains("nonXMLBody"))
    }

    func testNoDiagnosesIsAWarning() throws {
        let referral = try CDASnippet.read(CDASnippet.document(sections: [CDASnippet.section(code: "10164-2")]))
        XCTAssertTrue(referral.warnings.contains { $0.message.contains("no coded diagnoses") })
    }

    func testUndeclaredXSIPrefixIsKeptAsAWarning() throws {
        let problem = CDASnippet.problem(#"<value xsi:type="CD" code="M54.50" codeSystem="2.16.840.1.113883.6.90"/>"#)
        let xml = CDASnippet.document(sections: [CDASnippet.section(code: "11450-4", entries: [problem])])
            .replacingOccurrences(of: #" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance""#, with: "")
        let referral = try CDASnippet.read(xml)
        XCTAssertEqual(referral.diagnoses.map(\.code), ["M54.50"])
        XCTAssertTrue(referral.warnings.contains { $0.message.contains("xsi") })
    }

    func testAFragmentIsRefusedNamingItsRootElement() {
        let xml = #"<section xmlns="urn:hl7-org:v3"><code code="11450-4"/></section>"#
        XCTAssertThrowsError(try CDASnippet.read(xml, path: "fragment.xml")) { error in
            let e = error as? LiaisonError
            XCTAssertEqual(e?.code, .unsupportedInput)
            XCTAssertEqual(e?.location, SourceLocation(file: "fragment.xml", line: 1, column: 1))
            XCTAssertTrue(e?.message.contains("<section>") == true)
            XCTAssertTrue(e?.hint?.contains("ClinicalDocument") == true)
        }
    }

    func testOtherXMLIsRefusedAndAReferralNeedsItsNamespace() {
        XCTAssertThrowsError(try CDASnippet.read("<html><body/></html>")) { error in
            XCTAssertTrue((error as? LiaisonError)?.message.contains("<html>") == true)
        }
        XCTAssertThrowsError(try CDASnippet.read("<referral><patient/></referral>")) { error in
            XCTAssertEqual((error as? LiaisonError)?.code, .unsupportedInput)
            XCTAssertTrue((error as? LiaisonError)?.hint?.contains("urn:liaison:referral:1") == true)
        }
    }

    func testTheErrorPointsAtTheRootStartTag() {
        let xml = "<?xml version=\"1.0\"?>\n<!-- x --><html/>"
        XCTAssertThrowsError(try CDASnippet.read(xml, path: "page.xml")) { error in
            XCTAssertEqual((error as? LiaisonError)?.location, SourceLocation(file: "page.xml", line: 2, column: 11))
        }
    }

    func testAnAttachedDocumentInAStructuredBodyIsAWarning() throws {
        let section = """
            <section><title>Structured Body File</title><text/>
            <entry><observationMedia classCode="OBS" moodCode="EVN"><value mediaType="application/pdf"><reference value="a.pdf"/></value></observationMedia></entry>
            </section>
            """
        let referral = try CDASnippet.read(CDASnippet.document(sections: [section]))
        XCTAssertTrue(
            referral.warnings.contains {
                $0.message.contains("Structured Body File") && $0.message.contains("application/pdf")
            })
    }

    func testFormatDetectionAcceptsCDAInAnyNamespace() throws {
        let xml = CDASnippet.document().replacingOccurrences(of: "urn:hl7-org:v3", with: "urn:example:other")
        XCTAssertEqual(try CDASnippet.read(xml).source.format, .cda)
    }
}
