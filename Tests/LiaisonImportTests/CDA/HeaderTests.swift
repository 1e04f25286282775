import LiaisonImport
import LiaisonModel
import XCTest

final class HeaderTests: XCTestCase {
    private let people = """
        <author><time value="20261109"/><assignedAuthor>
          <id root="2.16.840.1.113883.4.6" extension="1111111111"/>
          <assignedPerson><name><given>Alan</given><family>Author</family></name></assignedPerson>
        </assignedAuthor></author>
        <informationRecipient><intendedRecipient>
          <informationRecipient><name><given>Terry</given><family>Trainer</family></name></informationRecipient>
          <receivedOrganization><name>Strong Back Studio</name></receivedOrganization>
        </intendedRecipient></informationRecipient>
        <legalAuthenticator><assignedEntity><id root="2.16.840.1.113883.4.6" extension="2222222222"/>
          <assignedPerson><name><given>Lee</given><family>Legal</family></name></assignedPerson>
        </assignedEntity></legalAuthenticator>
        <participant typeCode="REF"><associatedEntity classCode="PROV">
          <id root="2.16.840.1.113883.4.6" extension="1639271845"/>
          <addr><streetAddressLine>12 Spine Way</streetAddressLine><city>Portland</city><state>OR</state><postalCode>97201</postalCode></addr>
          <telecom use="WP" value="tel:+1-503-555-0100"/>
          <telecom use="WP" value="fax:+1-503-555-0101"/>
          <telecom value="mailto:dr.okafor@example.org"/>
          <associatedPerson><name><prefix>Dr</prefix><given>Ngozi</given><family>Okafor</family></name></associatedPerson>
          <scopingOrganization><name>Riverside Spine Clinic</name></scopingOrganization>
        </associatedEntity></participant>
        """

    func testDocumentAndPatient() throws {
        let referral = try CDASnippet.read(CDASnippet.document(sections: []))
        XCTAssertEqual(referral.document.id, "2.16.840.1.113883.19.5^doc-1")
        XCTAssertEqual(referral.document.title, "Referral to exercise")
        XCTAssertEqual(referral.document.typeCode, "57133-1")
        XCTAssertEqual(referral.document.date, "2026-11-09T11:00:00-08:00")
        XCTAssertEqual(referral.document.language, "en-US")
        XCTAssertEqual(referral.patient.name, "Dana Q Rivera")
        XCTAssertEqual(referral.patient.birthDate, "1971-03-14")
        XCTAssertEqual(referral.patient.sex, "F")
        XCTAssertEqual(referral.patient.identifiers, [Identifier(root: "2.16.840.1.113883.19.5.1", value: "MRN-7")])
        XCTAssertEqual(referral.source.format, .cda)
        XCTAssertEqual(referral.source.sha256.count, 64)
    }

    func testReferrerParticipantComesBeforeAuthorAndLegalAuthenticator() throws {
        let referral = try CDASnippet.read(CDASnippet.document(header: CDASnippet.header + people))
        let provider = try XCTUnwrap(referral.referringProvider)
        XCTAssertEqual(provider.name, "Dr Ngozi Okafor")
        XCTAssertEqual(provider.npi, "1639271845")
        XCTAssertEqual(provider.organization, "Riverside Spine Clinic")
        XCTAssertEqual(provider.phone, "+1-503-555-0100")
        XCTAssertEqual(provider.fax, "+1-503-555-0101")
        XCTAssertEqual(provider.email, "dr.okafor@example.org")
        XCTAssertEqual(provider.address, "12 Spine Way, Portland, OR, 97201")
        XCTAssertEqual(referral.recipient?.name, "Terry Trainer")
        XCTAssertEqual(referral.recipient?.organization, "Strong Back Studio")
    }

    func testAuthorThenLegalAuthenticatorWhenNoReferrer() throws {
        let noReferrer = people.components(separatedBy: "<participant").first ?? ""
        let referral = try CDASnippet.read(CDASnippet.document(header: CDASnippet.header + noReferrer))
        XCTAssertEqual(referral.referringProvider?.name, "Alan Author")
        XCTAssertEqual(referral.referringProvider?.npi, "1111111111")
        let legalOnly = noReferrer.components(separatedBy: "<informationRecipient>").first.map { _ in
            String(noReferrer[noReferrer.range(of: "<legalAuthenticator>")!.lowerBound...])
        }
        let second = try CDASnippet.read(CDASnippet.document(header: CDASnippet.header + (legalOnly ?? "")))
        XCTAssertEqual(second.referringProvider?.name, "Lee Legal")
    }

    func testNamespaceLessDocumentsReadTheSame() throws {
        let problem = CDASnippet.problem(#"<value xsi:type="CD" code="M54.50" codeSystem="2.16.840.1.113883.6.90"/>"#)
        let xml = CDASnippet.document(
            header: CDASnippet.header + people, sections: [CDASnippet.section(code: "11450-4", entries: [problem])],
            namespaced: false)
        let referral = try CDASnippet.read(xml)
        XCTAssertEqual(referral.patient.name, "Dana Q Rivera")
        XCTAssertEqual(referral.referringProvider?.npi, "1639271845")
        XCTAssertEqual(referral.diagnoses.map(\.code), ["M54.50"])
    }
}
