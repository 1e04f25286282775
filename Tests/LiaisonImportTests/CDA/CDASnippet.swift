import Foundation
import LiaisonImport
import LiaisonModel
import LiaisonTestSupport

/// Small CDA documents written inline, so each test shows the rule it checks.
enum CDASnippet {
    static let header = """
        <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
        <id root="2.16.840.1.113883.19.5" extension="doc-1"/>
        <code code="57133-1" codeSystem="2.16.840.1.113883.6.1" displayName="Referral note"/>
        <title>Referral to exercise</title>
        <effectiveTime value="20261109110000-0800"/>
        <languageCode code="en-US"/>
        <recordTarget><patientRole>
          <id root="2.16.840.1.113883.19.5.1" extension="MRN-7"/>
          <patient>
            <name><given>Dana</given><given>Q</given><family>Rivera</family></name>
            <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
            <birthTime value="19710314"/>
          </patient>
        </patientRole></recordTarget>
        """

    /// A whole document: `header`, then `body` inside `structuredBody` (or as given when
    /// `rawBody` is set), in the CDA namespace unless `namespaced` is false.
    static func document(
        header: String = header, sections: [String] = [], rawBody: String? = nil, namespaced: Bool = true
    ) -> String {
        let xmlns = namespaced ? #" xmlns="urn:hl7-org:v3""# : ""
        let components = sections.map { "<component>\($0)</component>" }.joined(separator: "\n")
        let body = rawBody ?? "<component><structuredBody>\n\(components)\n</structuredBody></component>"
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <ClinicalDocument\(xmlns) xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
            \(header)
            \(body)
            </ClinicalDocument>
            """
    }

    /// A section with a LOINC `code`, narrative `text` and `entries`.
    static func section(code: String, text: String = "", entries: [String] = []) -> String {
        let entryXML = entries.map { "<entry>\($0)</entry>" }.joined(separator: "\n")
        return """
            <section>
            <code code="\(code)" codeSystem="2.16.840.1.113883.6.1"/>
            <text>\(text)</text>
            \(entryXML)
            </section>
            """
    }

    /// A C-CDA problem observation (template 4.4) with `value` as its value element.
    static func problem(_ value: String, extra: String = "", negated: Bool = false) -> String {
        """
        <observation classCode="OBS" moodCode="EVN"\(negated ? #" negationInd="true""# : "")>
        <templateId root="2.16.840.1.113883.10.20.22.4.4"/>
        <code code="55607006" codeSystem="2.16.840.1.113883.6.96"/>
        \(extra)
        \(value)
        </observation>
        """
    }

    /// A problem concern act with `status` around `observation`.
    static func concern(_ observation: String, status: String = "active") -> String {
        """
        <act classCode="ACT" moodCode="EVN">
        <templateId root="2.16.840.1.113883.10.20.22.4.3"/>
        <code code="CONC" codeSystem="2.16.840.1.113883.5.6"/>
        <statusCode code="\(status)"/>
        <entryRelationship typeCode="SUBJ">\(observation)</entryRelationship>
        </act>
        """
    }

    static func read(_ xml: String, path: String = "snippet.xml") throws -> Referral {
        try ReferralImporter.read(data: Data(xml.utf8), path: path, options: TestKnowledge.options())
    }
}
