import LiaisonImport
import LiaisonModel
import XCTest

final class ProblemsSectionTests: XCTestCase {
    private func problems(_ entries: [String], text: String = "") throws -> Referral {
        try CDASnippet.read(
            CDASnippet.document(sections: [CDASnippet.section(code: "11450-4", text: text, entries: entries)]))
    }

    func testKeepsEveryTranslationInOrderWithNamedSystems() throws {
        let value = """
            <value xsi:type="CD" code="M51.16" codeSystem="2.16.840.1.113883.6.90" displayName="Lumbar disc disorder with radiculopathy">
              <translation code="202708005" codeSystem="2.16.840.1.113883.6.96"/>
              <translation code="722.10" codeSystem="2.16.840.1.113883.6.103"/>
              <translation code="M51.1" codeSystem="2.16.840.1.113883.6.3"/>
              <translation code="X1" codeSystem="1.2.3.4"/>
            </value>
            """
        let d = try XCTUnwrap(problems([CDASnippet.problem(value)]).diagnoses.first)
        XCTAssertEqual(d.code, "M51.16")
        XCTAssertEqual(d.system, "ICD-10-CM")
        XCTAssertEqual(d.display, "Lumbar disc disorder with radiculopathy")
        XCTAssertEqual(
            d.alternateCodes,
            [
                CodeRef(code: "202708005", system: "SNOMED-CT"), CodeRef(code: "722.10", system: "ICD-9-CM"),
                CodeRef(code: "M51.1", system: "ICD-10"), CodeRef(code: "X1", system: "1.2.3.4"),
            ])
        XCTAssertEqual(d.source.section, "11450-4")
        XCTAssertEqual(d.source.kind, .problems, "the section's code is read as what the section is for")
    }

    func testLeavesOutNegatedObservationsAndNegatedConcerns() throws {
        let kept = CDASnippet.problem(#"<value xsi:type="CD" code="M54.50" codeSystem="2.16.840.1.113883.6.90"/>"#)
        let negated = CDASnippet.problem(
            #"<value xsi:type="CD" code="C79.51" codeSystem="2.16.840.1.113883.6.90"/>"#, negated: true)
        let referral = try problems([CDASnippet.concern(kept), CDASnippet.concern(negated)])
        XCTAssertEqual(referral.diagnoses.map(\.code), ["M54.50"])
    }

    func testDisplayFallsBackToOriginalTextThenNarrativeReference() throws {
        let plain = CDASnippet.problem(
            #"<value xsi:type="CD" code="A1" codeSystem="2.16.840.1.113883.6.90"><originalText>Sciatica, left</originalText></value>"#
        )
        let referenced = CDASnippet.problem(
            ##"<value xsi:type="CD" code="A2" codeSystem="2.16.840.1.113883.6.90"><originalText><reference value="#p2"/></originalText></value>"##
        )
        let fromText = CDASnippet.problem(
            #"<value xsi:type="CD" code="A3" codeSystem="2.16.840.1.113883.6.90"/>"#,
            extra: ##"<text><reference value="#p3"/></text>"##)
        let dangling = CDASnippet.problem(
            ##"<value xsi:type="CD" code="A4" codeSystem="2.16.840.1.113883.6.90"><originalText><reference value="#nowhere"/></originalText></value>"##
        )
        let narrative =
            #"<list><item ID="p2">Lumbar <content>stenosis</content></item><item ID="p3">Spondylolisthesis L5</item></list>"#
        let referral = try problems([plain, referenced, fromText, dangling], text: narrative)
        XCTAssertEqual(
            referral.diagnoses.map(\.display), ["Sciatica, left", "Lumbar stenosis", "Spondylolisthesis L5", nil])
        XCTAssertTrue(referral.warnings.contains { $0.message.contains("#nowhere") && $0.line != nil })
    }

    func testStatusAndOnset() throws {
        let statusObservation = """
            <entryRelationship typeCode="REFR"><observation classCode="OBS" moodCode="EVN">
            <templateId root="2.16.840.1.113883.10.20.22.4.6"/><code code="33999-4" codeSystem="2.16.840.1.113883.6.1"/>
            <value xsi:type="CD" code="73425007" codeSystem="2.16.840.1.113883.6.96" displayName="Inactive"/>
            </observation></entryRelationship>
            """
        let withStatus = CDASnippet.problem(
            #"<value xsi:type="CD" code="B1" codeSystem="2.16.840.1.113883.6.90"/>"# + statusObservation,
            extra: #"<effectiveTime><low value="20240105"/></effectiveTime>"#)
        let ended = CDASnippet.problem(
            #"<value xsi:type="CD" code="B2" codeSystem="2.16.840.1.113883.6.90"/>"#,
            extra: #"<effectiveTime><low value="2019"/><high value="20200301"/></effectiveTime>"#)
        let fromConcern = CDASnippet.problem(#"<value xsi:type="CD" code="B3" codeSystem="2.16.840.1.113883.6.90"/>"#)
        let referral = try problems([
            CDASnippet.concern(withStatus), CDASnippet.concern(ended),
            CDASnippet.concern(fromConcern, status: "completed"),
        ])
        XCTAssertEqual(referral.diagnoses.map(\.status), ["inactive", "resolved", "resolved"])
        XCTAssertEqual(referral.diagnoses.map(\.onset), ["2024-01-05", "2019", nil])
    }

    func testNullFlavoredValueTakesItsFirstTranslation() throws {
        let value = """
            <value xsi:type="CD" nullFlavor="OTH"><translation code="M48.061" codeSystem="2.16.840.1.113883.6.90" displayName="Spinal stenosis, lumbar"/>
            <translation code="18347007" codeSystem="2.16.840.1.113883.6.96"/></value>
            """
        let d = try XCTUnwrap(problems([CDASnippet.problem(value)]).diagnoses.first)
        XCTAssertEqual([d.code, d.system, d.display], ["M48.061", "ICD-10-CM", "Spinal stenosis, lumbar"])
        XCTAssertEqual(d.alternateCodes, [CodeRef(code: "18347007", system: "SNOMED-CT")])
    }

    func testDuplicatesAcrossSectionsMergeKeepingTheFirstSource() throws {
        let first = CDASnippet.problem(#"<value xsi:type="CD" code="M54.16" codeSystem="2.16.840.1.113883.6.90"/>"#)
        let again = CDASnippet.problem(
            #"<value xsi:type="CD" code="M54.16" codeSystem="2.16.840.1.113883.6.90" displayName="Radiculopathy, lumbar region"><translation code="1" codeSystem="2.16.840.1.113883.6.96"/></value>"#
        )
        let encounter = """
            <encounter classCode="ENC" moodCode="EVN"><entryRelationship typeCode="SUBJ"><act classCode="ACT" moodCode="EVN">
            <templateId root="2.16.840.1.113883.10.20.22.4.80"/><code code="29308-4" codeSystem="2.16.840.1.113883.6.1"/>
            <entryRelationship typeCode="SUBJ">\(again)</entryRelationship></act></entryRelationship></encounter>
            """
        let referral = try CDASnippet.read(
            CDASnippet.document(sections: [
                CDASnippet.section(code: "11450-4", entries: [first]),
                CDASnippet.section(code: "46240-8", entries: [encounter]),
            ]))
        XCTAssertEqual(referral.diagnoses.count, 1)
        let d = try XCTUnwrap(referral.diagnoses.first)
        XCTAssertEqual(d.source.section, "11450-4")
        XCTAssertEqual(d.display, "Radiculopathy, lumbar region")
        XCTAssertEqual(d.alternateCodes, [CodeRef(code: "1", system: "SNOMED-CT")])
    }
}
