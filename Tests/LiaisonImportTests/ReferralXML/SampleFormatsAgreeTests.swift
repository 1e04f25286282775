import Foundation
import LiaisonModel
import LiaisonTestSupport
import XCTest

@testable import LiaisonImport

/// Each sample case exists as C-CDA and as a plain referral; through the importer both must
/// tell a trainer the same thing: who, which codes, which restrictions (kind and end) and which
/// red flags. Only the wording and the provenance differ.
final class SampleFormatsAgreeTests: XCTestCase {
    func testBothFormatsOfEveryCaseAgree() throws {
        let names = try TestPaths.samples(endingIn: ".referral.xml")
            .map { String($0.lastPathComponent.dropLast(".referral.xml".count)) }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 6)
        for name in names {
            let cda = try ReferralImporter.read(
                contentsOf: TestPaths.samples.appendingPathComponent("\(name).cda.xml"),
                options: TestKnowledge.options())
            let plain = try ReferralImporter.read(
                contentsOf: TestPaths.samples.appendingPathComponent("\(name).referral.xml"),
                options: TestKnowledge.options())
            XCTAssertEqual(cda.source.format, .cda, name)
            XCTAssertEqual(plain.source.format, .referralXML, name)
            XCTAssertEqual(cda.document.id?.hasSuffix(plain.document.id ?? "-"), true, name)
            XCTAssertEqual(cda.document.date?.prefix(10), plain.document.date?.prefix(10), name)
            XCTAssertEqual(cda.patient.birthDate, plain.patient.birthDate, name)
            XCTAssertEqual(cda.patient.sex, plain.patient.sex, name)
            XCTAssertEqual(cda.referringProvider?.npi, plain.referringProvider?.npi, name)
            XCTAssertEqual(cda.diagnoses.map(\.allCodes), plain.diagnoses.map(\.allCodes), name)
            XCTAssertEqual(Self.terms(cda.restrictions), Self.terms(plain.restrictions), name)
            XCTAssertEqual(Set(cda.redFlags.map(\.kind)), Set(plain.redFlags.map(\.kind)), name)
        }
    }

    /// Restrictions as kind and end, without wording or provenance.
    static func terms(_ restrictions: [Restriction]) -> Set<String> {
        Set(restrictions.map { "\($0.kind) until \($0.until?.description ?? "-")" })
    }
}
