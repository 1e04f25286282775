import Foundation
import LiaisonModel
import LiaisonTestSupport
import XCTest

@testable import LiaisonImport

/// Diagnosis codes that are red flags in themselves (issue 9, item 3;
/// Protocols/vocabulary/red-flag-codes.yaml): every rule raises what it says, 7th characters and
/// resolved status decide as DOMAIN.md section 3 says, and family history is never the client's.
final class CodedRedFlagTests: XCTestCase {
    func outcome(_ code: String, _ system: String, status: String? = nil) -> String {
        var referral = Referral(
            source: SourceDocument(path: "x.xml", sha256: "0", format: .cda),
            diagnoses: [
                Diagnosis(code: code, system: system, status: status, source: Provenance(section: "11450-4", line: 9))
            ])
        CodedRedFlags.apply(to: &referral, vocabulary: TestKnowledge.vocabulary)
        if let flag = referral.redFlags.first { return "flag \(flag.kind.rawValue) \(flag.assertion.rawValue)" }
        if let item = referral.reviewItems.first { return "review \(item.flag?.rawValue ?? "-")" }
        return "none"
    }

    func testEveryRuleRaisesWhatItSays() {
        for rule in TestKnowledge.base.vocabulary.codedRedFlags {
            for pattern in rule.codes {
                // A prefix completed to a code; an injury rule's code given a new-injury 7th character.
                var code = pattern.hasSuffix("*") ? String(pattern.dropLast()) + "0" : pattern
                if let letter = rule.newInjury.sorted().first {
                    while code.count < 6 { code += "0" }
                    code = String(code.prefix(6)) + String(letter)
                }
                let got = outcome(code, rule.system)
                switch rule.effect {
                case .redFlag(let kind): XCTAssertEqual(got, "flag \(kind.rawValue) affirmed", "\(rule.system) \(code)")
                case .review(let kind): XCTAssertEqual(got, "review \(kind.rawValue)", "\(rule.system) \(code)")
                case .never: XCTAssertEqual(got, "none", "\(rule.system) \(code)")
                }
            }
        }
    }

    func testTheSeventhCharacterTellsANewFractureFromAHealedOne() {
        XCTAssertEqual(outcome("S32.010A", "ICD-10-CM"), "flag possible-fracture affirmed")
        XCTAssertEqual(outcome("S32.010B", "ICD-10-CM"), "flag possible-fracture affirmed")
        XCTAssertEqual(outcome("S32.010D", "ICD-10-CM"), "none")
        XCTAssertEqual(outcome("S32.010S", "ICD-10-CM"), "none")
        XCTAssertEqual(outcome("S32.01", "ICD-10-CM"), "review possible-fracture")
        XCTAssertEqual(outcome("M80.08XA", "ICD-10-CM"), "flag possible-fracture affirmed")
        XCTAssertEqual(outcome("M80.08XD", "ICD-10-CM"), "none")
    }

    func testAPastCancerStaysARedFlagAndAPastFeverDoesNot() {
        XCTAssertEqual(outcome("C50.911", "ICD-10-CM", status: "resolved"), "flag cancer-history historical")
        XCTAssertEqual(outcome("Z85.3", "ICD-10-CM"), "flag cancer-history affirmed")
        XCTAssertEqual(outcome("R50.9", "ICD-10-CM", status: "resolved"), "none")
        XCTAssertEqual(outcome("R50.9", "ICD-10-CM", status: "active"), "flag possible-infection affirmed")
    }

    func testFamilyHistoryCodesAreNeverTheClients() {
        XCTAssertEqual(outcome("Z80.3", "ICD-10-CM"), "none")
        XCTAssertEqual(outcome("Z80.0", "2.16.840.1.113883.6.90"), "none")
    }

    func testCodeSystemsByOIDAndOtherEditionsCount() {
        XCTAssertEqual(outcome("G83.4", "2.16.840.1.113883.6.90"), "flag cauda-equina affirmed")
        XCTAssertEqual(outcome("g834", "ICD-10"), "flag cauda-equina affirmed")
        XCTAssertEqual(outcome("192970008", "2.16.840.1.113883.6.96"), "flag cauda-equina affirmed")
        XCTAssertEqual(outcome("344.60", "ICD-9-CM"), "flag cauda-equina affirmed")
        XCTAssertEqual(outcome("M54.5", "ICD-10-CM"), "none")
    }

    /// A negated problem entry (negationInd) is no diagnosis at all, so raises nothing.
    func testANegatedProblemEntryRaisesNothing() throws {
        let value =
            #"<value xsi:type="CD" code="G83.4" codeSystem="2.16.840.1.113883.6.90" displayName="Cauda equina syndrome"/>"#
        let section = CDASnippet.section(
            code: "11450-4", entries: [CDASnippet.concern(CDASnippet.problem(value, negated: true))])
        let referral = try CDASnippet.read(CDASnippet.document(sections: [section]))
        XCTAssertEqual(referral.redFlags, [])
        let affirmed = try CDASnippet.read(
            CDASnippet.document(sections: [
                CDASnippet.section(code: "11450-4", entries: [CDASnippet.concern(CDASnippet.problem(value))])
            ]))
        XCTAssertEqual(affirmed.redFlags.map(\.kind), [.caudaEquina])
        XCTAssertEqual(affirmed.redFlags.first?.code, CodeRef(code: "G83.4", system: "ICD-10-CM"))
    }
}
