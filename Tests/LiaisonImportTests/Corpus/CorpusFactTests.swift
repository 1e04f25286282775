import Foundation
import LiaisonImport
import LiaisonModel
import LiaisonTestSupport
import XCTest

/// Facts read by hand from real corpus documents.
final class CorpusFactTests: XCTestCase {
    private func read(_ relative: String) throws -> Referral {
        guard let root = TestPaths.corpus else { throw XCTSkip("../shared/corpus is absent") }
        return try ReferralImporter.read(
            contentsOf: root.appendingPathComponent(relative), options: TestKnowledge.options())
    }

    func testReferralNoteReferringProviderNPI() throws {
        let referral = try read(
            "onc-2015-cert-samples/DrummondGroup/ETT_Version_2.1.1/Drummond_Group_-_iPatientCare/B1_ccda/B1_ccda/RN_B1_Sample1_2.1.xml"
        )
        XCTAssertEqual(referral.document.typeCode, "57133-1")
        XCTAssertEqual(referral.referringProvider?.name, "Henry Seven")
        XCTAssertEqual(referral.referringProvider?.npi, "123123")
        XCTAssertEqual(referral.referringProvider?.organization, "iPatientCare MU2")
        XCTAssertNil(referral.reason, "'No information.' is not a reason")
        // The encounter diagnosis is found inside the Encounters section.
        XCTAssertTrue(referral.diagnoses.contains { $0.code == "234348004" && $0.source.section == "46240-8" })
    }

    func testEveryTranslationIsKept() throws {
        let referral = try read(
            "onc-2015-cert-samples/DrummondGroup/ETT_Version_1.2.1/DrummondGroup_-_Allscripts_Professional/Referral_Summary__2015_Edition_Referral_Note_-Community_Health_Hospitals....xml"
        )
        let hypertension = try XCTUnwrap(referral.diagnoses.first { $0.code == "59621000" })
        XCTAssertEqual(hypertension.alternateCodes.count, 3)
        XCTAssertTrue(hypertension.alternateCodes.contains(CodeRef(code: "I10", system: "ICD-10-CM")))
        XCTAssertTrue(hypertension.alternateCodes.contains(CodeRef(code: "401.9", system: "ICD-9-CM")))
        XCTAssertEqual(hypertension.status, "active")
    }

    func testAustralianEReferral() throws {
        let referral = try read("au-adha-cdlib-java/src/test/resources/e-Referral/CDA-e-Referral-3A.xml")
        XCTAssertEqual(referral.document.date, "2011-11-01T08:00+10:00")
        XCTAssertEqual(referral.reason, "Referral reason goes here.")
        let rash = try XCTUnwrap(referral.diagnoses.first)
        XCTAssertEqual([rash.code, rash.system, rash.status], ["304386008", "SNOMED-CT", "resolved"])
        XCTAssertEqual(rash.source.section, "101.16117")
    }
}
