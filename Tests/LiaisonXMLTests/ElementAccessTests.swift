import Foundation
import LiaisonXML
import XCTest

final class ElementAccessTests: XCTestCase {
    private let cda = """
        <?xml version="1.0"?>
        <ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:sdtc="urn:hl7-org:sdtc"
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
          <title>Referral   Note</title>
          <sdtc:title>not this one</sdtc:title>
          <component>
            <section>
              <text><paragraph ID="p1">No lifting &gt; 15 lb.</paragraph></text>
              <entry><observation><value xsi:type="CD" code="M51.26"/></observation></entry>
            </section>
          </component>
        </ClinicalDocument>
        """

    func testMatchesLocalNamesInThePrimaryNamespaceOnly() throws {
        let doc = try XMLDocument.parse(data: Data(cda.utf8), path: "c.xml")
        XCTAssertEqual(doc.primaryNamespace, "urn:hl7-org:v3")
        XCTAssertEqual(doc.root.child("title")?.normalizedText, "Referral Note")
        XCTAssertEqual(doc.root.children("title").count, 1, "sdtc:title is another element")
        XCTAssertEqual(doc.root.elementChildren.count, 3)
        let section = try XCTUnwrap(doc.root.child(path: "component", "section"))
        XCTAssertEqual(section.line, 7)
        let value = try XCTUnwrap(section.descendants("value").first)
        XCTAssertEqual(value.xsiType, "CD")
        XCTAssertEqual(value.attribute("code"), "M51.26")
        XCTAssertEqual(doc.element(withID: "#p1")?.text, "No lifting > 15 lb.")
        XCTAssertNil(doc.element(withID: "missing"))
    }

    func testNamespaceLessDocumentsMatchTooAndUnboundXsiIsAWarning() throws {
        let text =
            "<ClinicalDocument>\n<component><section><value xsi:type=\"PQ\"/></section></component></ClinicalDocument>"
        let doc = try XMLDocument.parse(data: Data(text.utf8), path: "n.xml")
        XCTAssertNil(doc.primaryNamespace)
        let value = try XCTUnwrap(doc.root.child(path: "component", "section", "value"))
        XCTAssertEqual(value.xsiType, "PQ")
        XCTAssertEqual(doc.warnings.count, 1)
        XCTAssertEqual(doc.warnings.first?.location?.line, 2)
    }

    func testFoldsWhiteSpaceIncludingNonBreakingSpaces() {
        XCTAssertEqual(XMLText.normalize("  a\u{00A0}\n\t b  "), "a b")
        XCTAssertEqual(XMLText.normalize(" \n "), "")
    }

    /// An encapsulated attachment (an image or PDF as base64) keeps its element and attributes
    /// but not its encoded bytes, which nothing reads; encoded text and the text beside and after it
    /// are kept.
    func testAttachmentTextIsNotKept() throws {
        let text = """
            <ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
              <component><section>
                <text>Before</text>
                <entry><observationMedia><value xsi:type="ED" mediaType="image/png" representation="B64">            iVBORw0KGgo<reference value="#x"/>AAAANSUhEUg==</value></observationMedia></entry>
                <entry><observation><value xsi:type="ED" representation="TXT">Plain words</value></observation></entry>
                <entry><observation><value xsi:type="ED" mediaType="text/plain" representation="B64">Tm8gbGlmdGluZw==</value></observation></entry>
                <paragraph>After</paragraph>
              </section></component>
            </ClinicalDocument>
            """
        let doc = try XMLDocument.parse(data: Data(text.utf8), path: "a.xml")
        let values = doc.root.descendants("value")
        XCTAssertEqual(values.count, 3)
        XCTAssertEqual(values[0].attribute("mediaType"), "image/png")
        XCTAssertEqual(values[0].text, "")
        XCTAssertEqual(values[0].children("reference").count, 1, "elements inside are kept")
        XCTAssertEqual(values[1].text, "Plain words")
        XCTAssertEqual(values[2].text, "Tm8gbGlmdGluZw==", "encoded text (text/plain) is kept")
        XCTAssertEqual(doc.root.descendants("text").first?.text, "Before")
        XCTAssertEqual(doc.root.descendants("paragraph").first?.text, "After")
    }
}
