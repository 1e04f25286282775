import LiaisonModel
import LiaisonXML
import XCTest

@testable import LiaisonImport

final class ReasonAndNarrativeTests: XCTestCase {
    func testReasonForReferralWinsOverReasonForVisitAndPlaceholdersAreIgnored() throws {
        let sections = [
            CDASnippet.section(code: "29299-5", text: "<paragraph>Low back pain for 3 months</paragraph>"),
            CDASnippet.section(code: "42349-1", text: "<paragraph>No information.</paragraph>"),
        ]
        XCTAssertEqual(
            try CDASnippet.read(CDASnippet.document(sections: sections)).reason, "Low back pain for 3 months")
        let referral = CDASnippet.section(
            code: "42349-1",
            text:
                "<paragraph>Graded exercise for\n   lumbar stenosis.</paragraph><paragraph>Please report back.</paragraph>"
        )
        XCTAssertEqual(
            try CDASnippet.read(CDASnippet.document(sections: sections + [referral])).reason,
            "Graded exercise for lumbar stenosis. Please report back.")
    }

    func testAustralianReasonObservation() throws {
        let section = """
            <section><code code="102.16347" codeSystem="1.2.36.1.2001.1001.101"/><title>Referral Detail</title><text/>
            <entry><observation classCode="OBS" moodCode="EVN"><code code="42349-1" codeSystem="2.16.840.1.113883.6.1"/>
            <value xsi:type="ST">Core strengthening after discectomy.</value></observation></entry>
            <entry><observation classCode="OBS" moodCode="EVN"><code code="282291009" codeSystem="2.16.840.1.113883.6.96"/>
            <value xsi:type="CD" code="76107001" codeSystem="2.16.840.1.113883.6.96" displayName="Spinal stenosis"/></observation></entry>
            </section>
            """
        let referral = try CDASnippet.read(CDASnippet.document(sections: [section]))
        XCTAssertEqual(referral.reason, "Core strengthening after discectomy.")
        XCTAssertEqual(referral.diagnoses.map(\.code), ["76107001"])
        XCTAssertEqual(referral.diagnoses.first?.source.section, "102.16347")
    }

    func testStructuralProblemsAreNotTakenFromFamilyHistoryOrAllergies() throws {
        let observation = """
            <observation classCode="OBS" moodCode="EVN"><code code="64572001" codeSystem="2.16.840.1.113883.6.96"/>
            <value xsi:type="CD" code="363406005" codeSystem="2.16.840.1.113883.6.96"/></observation>
            """
        let sections = ["10157-6", "48765-2"].map { CDASnippet.section(code: $0, entries: [observation]) }
        XCTAssertTrue(try CDASnippet.read(CDASnippet.document(sections: sections)).diagnoses.isEmpty)
    }

    func testNarrativeSplitsIntoParagraphsItemsRowsAndLines() throws {
        let xml = """
            <text xmlns="urn:hl7-org:v3">Walk daily.<br/>No running
            <paragraph>No lifting over 15 lb.</paragraph>
            <list><item>Avoid bending</item><item>Avoid <content>twisting</content> for 6 weeks</item></list>
            <table><thead><tr><th>Instruction</th><th>Until</th></tr></thead>
            <tbody><tr><td>No high-impact</td><td>2026-12-01</td></tr></tbody></table>
            </text>
            """
        let doc = try XMLDocument.parse(data: Data(xml.utf8), path: "t.xml")
        let blocks = NarrativeBlocks.split(doc.root)
        XCTAssertEqual(
            blocks.map(\.text),
            [
                "Walk daily.", "No running", "No lifting over 15 lb.", "Avoid bending", "Avoid twisting for 6 weeks",
                "No high-impact 2026-12-01",
            ])
        XCTAssertEqual(blocks.map(\.line), [1, 1, 2, 3, 3, 5])
    }

    func testLatestPerformedProcedureIsTheSurgeryDate() throws {
        let procedures = """
            <section xmlns="urn:hl7-org:v3"><code code="47519-4"/>
            <entry><procedure moodCode="EVN"><effectiveTime value="20250102"/></procedure></entry>
            <entry><procedure moodCode="EVN"><effectiveTime><low value="20260928"/></effectiveTime></procedure></entry>
            <entry><procedure moodCode="INT"><effectiveTime value="20261201"/></procedure></entry>
            <entry><procedure moodCode="EVN" negationInd="true"><effectiveTime value="20261115"/></procedure></entry>
            </section>
            """
        let doc = try XMLDocument.parse(data: Data(procedures.utf8), path: "p.xml")
        let section = CDASection(doc.root, parentCode: nil)
        XCTAssertEqual(ProceduresSection.latestProcedureDate(in: section), CalendarDate(year: 2026, month: 9, day: 28))
    }

    func testNarrativeDurationsCountFromTheDocumentDateAndTheProcedureDate() throws {
        let procedures = """
            <section><code code="47519-4" codeSystem="2.16.840.1.113883.6.1"/><text/>
            <entry><procedure classCode="PROC" moodCode="EVN"><code code="609588000" codeSystem="2.16.840.1.113883.6.96"/>
            <effectiveTime value="20260928"/></procedure></entry></section>
            """
        let plan = CDASnippet.section(
            code: "18776-5",
            text:
                "<list><item>No lifting over 10 lb until 12 weeks post-op.</item><item>No running for 6 weeks.</item></list>"
        )
        let referral = try CDASnippet.read(CDASnippet.document(sections: [procedures, plan]))
        let lift = try XCTUnwrap(referral.restrictions.first { $0.kind == .maxLift(value: 10, unit: .lb) })
        XCTAssertEqual(lift.until, CalendarDate(year: 2026, month: 12, day: 21), "12 weeks after 2026-09-28")
        XCTAssertEqual(lift.source.section, "18776-5")
        XCTAssertEqual(lift.source.kind, .plan)
        let impact = try XCTUnwrap(referral.restrictions.first { $0.kind == .noImpact })
        XCTAssertEqual(
            impact.until, CalendarDate(year: 2026, month: 12, day: 21), "6 weeks after the document date 2026-11-09")
    }

    func testHL7TimestampsBecomeISO() {
        XCTAssertEqual(HL7Time.iso("20170907111957"), "2017-09-07T11:19:57")
        XCTAssertEqual(HL7Time.iso("201111010800+1000"), "2011-11-01T08:00+10:00")
        XCTAssertEqual(HL7Time.iso("20150722000000.000-0500"), "2015-07-22T00:00:00-05:00")
        XCTAssertEqual(HL7Time.iso("201507"), "2015-07")
        XCTAssertEqual(HL7Time.isoDate("19800801120000"), "1980-08-01")
        XCTAssertNil(HL7Time.iso("UNK"))
        XCTAssertNil(HL7Time.iso(nil))
    }
}
