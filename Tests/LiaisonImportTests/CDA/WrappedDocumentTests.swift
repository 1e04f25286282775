import Foundation
import LiaisonImport
import LiaisonModel
import LiaisonTestSupport
import XCTest

/// CDA documents wrapped in the XSL stylesheet that renders them (the French "autopresentable"
/// form) are read, not refused.
final class WrappedDocumentTests: XCTestCase {
    /// A stylesheet holding the snippet document in `data:Contenu`, with the CDA namespace bound
    /// to the prefix `c:` on the stylesheet, as the ANS examples do.
    private func wrapped(_ sections: [String]) -> String {
        let inner = CDASnippet.document(sections: sections)
            .replacingOccurrences(of: #"<?xml version="1.0" encoding="UTF-8"?>"#, with: "")
            .replacingOccurrences(of: #" xmlns="urn:hl7-org:v3""#, with: "")
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <?xml-stylesheet type="text/xsl" href="#"?>
            <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
              xmlns:data="urn:asip-sante:ci-sis" xmlns="urn:hl7-org:v3">
            <data:Contenu>\(inner)</data:Contenu>
            <xsl:template match="/"><html><body><xsl:apply-templates/></body></html></xsl:template>
            </xsl:stylesheet>
            """
    }

    func testTheDocumentInsideAStylesheetIsReadWithItsOwnLineNumbers() throws {
        let problem = CDASnippet.problem(#"<value xsi:type="CD" code="M54.50" codeSystem="2.16.840.1.113883.6.90"/>"#)
        let xml = wrapped([CDASnippet.section(code: "11450-4", entries: [problem])])
        let referral = try CDASnippet.read(xml)
        XCTAssertEqual(referral.source.format, .cda)
        XCTAssertEqual(referral.patient.name, "Dana Q Rivera")
        let diagnosis = try XCTUnwrap(referral.diagnoses.first)
        XCTAssertEqual(diagnosis.code, "M54.50")
        let lines = xml.components(separatedBy: "\n")
        let expected = try XCTUnwrap(lines.firstIndex { $0.contains("<observation") }) + 1
        XCTAssertEqual(diagnosis.source.line, expected, "the line is the file's, not the inner document's")
    }

    func testAStylesheetWithoutADocumentIsRefusedWithAHint() {
        let xml = #"<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"/>"#
        XCTAssertThrowsError(try CDASnippet.read(xml)) { error in
            let e = error as? LiaisonError
            XCTAssertEqual(e?.code, .unsupportedInput)
            XCTAssertEqual(e?.hint?.contains("carries no CDA document"), true)
        }
    }

    /// The two autopresentable ANS examples, refused before.
    func testTheAutopresentableCorpusDocumentsImport() throws {
        guard let root = TestPaths.corpus else { throw XCTSkip("../shared/corpus is absent") }
        let folder = root.appendingPathComponent("ans-testcontenu-cda")
        let pps = try ReferralImporter.read(
            contentsOf: folder.appendingPathComponent("CANCER-PPS_2022.01_Autopresentable.xml"),
            options: TestKnowledge.options())
        XCTAssertEqual(pps.document.language, "fr-FR")
        // The ICD-O-3 tumour observation on line 974 of the file (the document starts on line 33).
        let tumour = try XCTUnwrap(pps.diagnoses.first { $0.code == "8000/3" })
        XCTAssertEqual(tumour.source.line, 974)
        let bio = try ReferralImporter.read(
            contentsOf: folder.appendingPathComponent("BIO-CR-BIO_2021.01_Auto-Presentable_avec-image.xml"),
            options: TestKnowledge.options())
        XCTAssertEqual(bio.document.typeCode, "11502-2")
        XCTAssertEqual(bio.patient.birthDate, "1979-03-28")
    }
}
