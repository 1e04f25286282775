import LiaisonImport
import LiaisonModel
import XCTest

/// Diagnoses as Swiss and French documents write them: outside the problem list, in the
/// observation's code, under the realm's ICD-10 OIDs; and what is never a diagnosis.
final class RealmDiagnosesTests: XCTestCase {
    private func read(section code: String, _ entries: [String]) throws -> Referral {
        try CDASnippet.read(CDASnippet.document(sections: [CDASnippet.section(code: code, entries: entries)]))
    }

    /// An IHE simple observation (1.3.6.1.4.1.19376.1.5.3.1.4.13, French 1.2.250.1.213.1.1.3.48).
    private func simple(code: String, value: String, extra: String = "") -> String {
        """
        <observation classCode="OBS" moodCode="EVN"\(extra)>
        <templateId root="1.3.6.1.4.1.19376.1.5.3.1.4.13"/><templateId root="1.2.250.1.213.1.1.3.48"/>
        \(code)
        <statusCode code="completed"/>
        \(value)
        </observation>
        """
    }

    func testAnICDValuedSimpleObservationAmongResultsIsADiagnosis() throws {
        let icd = simple(
            code: #"<code code="ASSERTION" codeSystem="2.16.840.1.113883.5.4"/>"#,
            value: #"<value xsi:type="CE" code="R52.9" codeSystem="2.16.840.1.113883.6.3" displayName="Douleur"/>"#)
        let lab = simple(
            code: #"<code code="3016-3" codeSystem="2.16.840.1.113883.6.1"/>"#,
            value: #"<value xsi:type="CD" code="260373001" codeSystem="2.16.840.1.113883.6.96"/>"#)
        let referral = try read(section: "30954-2", [icd, lab])
        XCTAssertEqual(referral.diagnoses.map(\.code), ["R52.9"], "a SNOMED-valued lab result is still no diagnosis")
        XCTAssertEqual(referral.diagnoses.first?.system, "ICD-10")
    }

    func testAnICDCodeAnsweredTrueIsADiagnosisAndFalseIsNot() throws {
        let yes = simple(
            code: #"<code code="I26" codeSystem="2.16.840.1.113883.6.3" displayName="Embolie pulmonaire"/>"#,
            value: #"<value xsi:type="BL" value="true"/>"#)
        let no = simple(
            code: #"<code code="I10" codeSystem="2.16.840.1.113883.6.3"/>"#,
            value: #"<value xsi:type="BL" value="false"/>"#)
        let negated = simple(
            code: #"<code code="O14.9" codeSystem="2.16.840.1.113883.6.3"/>"#, value: "", extra: #" negationInd="true""#
        )
        let referral = try read(section: "42545-4", [yes, no, negated])
        XCTAssertEqual(referral.diagnoses.map(\.code), ["I26"])
        XCTAssertEqual(referral.diagnoses.first?.display, "Embolie pulmonaire")
    }

    /// IHE pregnancy history (1.3.6.1.4.1.19376.1.5.3.1.4.13.5) with the ICD code of a pregnancy
    /// complication: a diagnosis when answered true.
    func testAPregnancyHistoryObservationAnsweredTrueIsADiagnosis() throws {
        func pregnancy(_ code: String, _ answer: String) -> String {
            """
            <observation classCode="OBS" moodCode="EVN"><templateId root="1.3.6.1.4.1.19376.1.5.3.1.4.13.5"/>
            <code code="\(code)" codeSystem="2.16.840.1.113883.6.3"/><value xsi:type="BL" value="\(answer)"/></observation>
            """
        }
        let referral = try read(section: "10162-6", [pregnancy("O24.4", "true"), pregnancy("O82.9", "false")])
        XCTAssertEqual(referral.diagnoses.map(\.code), ["O24.4"])
    }

    /// CDA-CH DiagL3: the ICD-10-GM code is the observation's code; DIMDI and Swiss OIDs alike.
    func testSwissDiagnosisInTheObservationCodeUnderEveryICD10GMOID() throws {
        let oids = [
            "1.2.276.0.76.5.384", "1.2.276.0.76.5.409", "2.16.756.5.30.1.126.3.2", "2.16.756.5.30.1.126.3.2.2012",
        ]
        let entries = oids.enumerated().map { index, oid in
            """
            <observation classCode="OBS" moodCode="EVN">
            <templateId root="2.16.756.5.30.1.1.1.1.1" extension="CDA-CH.Body.DiagL3"/>
            <code code="M16.\(index)" codeSystem="\(oid)" displayName="Koxarthrose"/>
            <value xsi:type="CE" code="N/A" codeSystem="2.16.756.5.30.1.126.3.3.2012.25"/>
            </observation>
            """
        }
        let referral = try read(section: "29308-4", entries)
        XCTAssertEqual(referral.diagnoses.map(\.code), ["M16.0", "M16.1", "M16.2", "M16.3"])
        XCTAssertEqual(Set(referral.diagnoses.map(\.system)), [CodeSystem.icd10GM])
        // CHOP (2.16.756.5.30.1.126.3.1), the Swiss procedure classification, is not a diagnosis.
        let chop =
            #"<observation classCode="OBS" moodCode="EVN"><code code="89.55" codeSystem="2.16.756.5.30.1.126.3.1"/></observation>"#
        XCTAssertTrue(try read(section: "29308-4", [chop]).diagnoses.isEmpty)
    }

    func testSwappedCodeSystemAttributesAreRead() throws {
        let value = #"<value xsi:type="CD" code="M54.5" codeSystem="icd10" codeSystemName="2.16.756.5.30.1.126.3.2"/>"#
        let referral = try read(section: "11450-4", [CDASnippet.problem(value)])
        XCTAssertEqual(referral.diagnoses.first?.system, CodeSystem.icd10GM)
    }

    func testAProblemNestedInReviewOfSystemsIsADiagnosis() throws {
        let problem = CDASnippet.problem(#"<value xsi:type="CD" code="M54.50" codeSystem="2.16.840.1.113883.6.90"/>"#)
        XCTAssertEqual(try read(section: "10187-3", [problem]).diagnoses.map(\.code), ["M54.50"])
    }

    /// A DICOM code observation of a French imaging request, coded "history of past illness".
    func testADICOMCodeObservationOfPastIllnessIsADiagnosis() throws {
        let dicom = """
            <observation classCode="OBS" moodCode="EVN"><templateId root="2.16.840.1.113883.10.20.6.2.13"/>
            <code code="11348-0" codeSystem="2.16.840.1.113883.6.1"/>
            <value xsi:type="CD" code="64859006" codeSystem="2.16.840.1.113883.6.96" displayName="Ostéoporose"/>
            </observation>
            """
        let contraindication = dicom.replacingOccurrences(of: "11348-0", with: "64100-1")
        XCTAssertEqual(try read(section: "11329-0", [dicom, contraindication]).diagnoses.map(\.code), ["64859006"])
    }

    func testWhatIsNeverADiagnosis() throws {
        let exposure = CDASnippet.problem(
            #"<value xsi:type="CD" code="213006" codeSystem="2.16.756.5.30.1.127.3.3.2" displayName="Fledermausforscher"/>"#
        )
        let noInformation = CDASnippet.problem(
            #"<value xsi:type="CD" code="no-problem-info" codeSystem="2.16.840.1.113883.5.1150.1"/>"#)
        let loinc = CDASnippet.problem(#"<value xsi:type="CD" code="42349-1" codeSystem="2.16.840.1.113883.6.1"/>"#)
        let cane = """
            <observation classCode="OBS" moodCode="EVN"><templateId root="2.16.840.1.113883.10.20.22.4.67"/>
            <code code="54522-8" codeSystem="2.16.840.1.113883.6.1"/>
            <value xsi:type="CD" code="105504002" codeSystem="2.16.840.1.113883.6.96" displayName="Dependence on cane"/>
            </observation>
            """
        let wheelchair = simple(
            code: #"<code code="54522-8" codeSystem="2.16.840.1.113883.6.1"/>"#,
            value: #"<value xsi:type="CD" code="Z99.3" codeSystem="2.16.840.1.113883.6.3"/>"#)
        let complication = CDASnippet.problem(
            #"<value xsi:type="CD" code="113023" codeSystem="2.16.756.5.30.1.127.3.3.1" displayName="Niereninsuffizienz"/>"#
        )
        let referral = try read(section: "11450-4", [exposure, noInformation, loinc, cane, wheelchair, complication])
        XCTAssertEqual(referral.diagnoses.map(\.code), ["113023"], "a complication risk is the client's condition")
        XCTAssertTrue(try read(section: "47420-5", [wheelchair]).diagnoses.isEmpty)
    }

    func testStatusComesFromCodesInAnyLanguage() throws {
        func status(_ value: String) throws -> String? {
            let problem = CDASnippet.problem(
                #"<value xsi:type="CD" code="I20.0" codeSystem="2.16.840.1.113883.6.3"/>"#,
                extra: """
                    <entryRelationship typeCode="REFR"><observation classCode="OBS" moodCode="EVN">
                    <code code="33999-4" codeSystem="2.16.840.1.113883.6.1"/>\(value)</observation></entryRelationship>
                    """)
            return try read(section: "11450-4", [problem]).diagnoses.first?.status
        }
        let fhir = "2.16.840.1.113883.4.642.1.1074"
        XCTAssertEqual(
            try status(#"<value xsi:type="CE" code="active" displayName="Actif" codeSystem="\#(fhir)"/>"#), "active")
        XCTAssertEqual(try status(#"<value xsi:type="CE" code="resolved" displayName="Résolu"/>"#), "resolved")
        XCTAssertEqual(try status(#"<value xsi:type="CE" code="recurrence" displayName="Récurrent"/>"#), "recurrence")
        XCTAssertEqual(
            try status(#"<value xsi:type="CE" code="413322009" codeSystem="2.16.840.1.113883.6.96"/>"#), "resolved")
        XCTAssertEqual(try status(#"<value xsi:type="CE" code="X-9" displayName="Active"/>"#), "active")
        XCTAssertNil(
            try status(#"<value xsi:type="CE" code="X-9" displayName="Actif"/>"#), "a French word is not passed through"
        )
    }
}
