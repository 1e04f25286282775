import Foundation
import LiaisonImport
import LiaisonModel
import LiaisonTestSupport
import XCTest

/// The provider's follow-up date, which `liaison clients` counts a progress letter from: the
/// earliest planned encounter of a CDA Plan of Treatment, the plain format's `<followUp>`.
final class FollowUpTests: XCTestCase {
    static func encounter(mood: String, _ time: String, template: Bool = false) -> String {
        let id = template ? #"<templateId root="2.16.840.1.113883.10.20.22.4.40"/>"# : ""
        return #"<encounter classCode="ENC" moodCode="\#(mood)">\#(id)\#(time)</encounter>"#
    }

    func testThePlannedEncounterOfThePlanOfTreatmentIsTheFollowUp() throws {
        let plan = CDASnippet.section(
            code: "18776-5", text: "<paragraph>Review in clinic.</paragraph>",
            entries: [
                Self.encounter(mood: "INT", #"<effectiveTime value="20270111"/>"#),
                Self.encounter(mood: "EVN", #"<effectiveTime value="20261201"/>"#),  // happened: not a plan
                Self.encounter(mood: "EVN", #"<effectiveTime><low value="20270104"/></effectiveTime>"#, template: true),
            ])
        let referral = try CDASnippet.read(CDASnippet.document(sections: [plan]))
        XCTAssertEqual(referral.followUp, CalendarDate(year: 2027, month: 1, day: 4))
        let none = try CDASnippet.read(CDASnippet.document(sections: [CDASnippet.section(code: "18776-5")]))
        XCTAssertNil(none.followUp)
    }

    func testThePlainFormatGivesItAsAnElement() throws {
        let folder = TestPaths.samples.appendingPathComponent("clients/whitfield-dana/2026-11-16-referral.xml")
        let referral = try ReferralImporter.read(contentsOf: folder, options: TestKnowledge.options())
        XCTAssertEqual(referral.followUp, CalendarDate(year: 2027, month: 1, day: 4))
        XCTAssertEqual(referral.warnings, [], "<followUp> is a known element")
    }
}
