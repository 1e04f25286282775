import LiaisonModel
import LiaisonXML

/// Plan of Treatment (plan of care): the provider's instructions, read for restrictions and red
/// flags, and its planned encounter for the follow-up date. Its entries are planned acts, never
/// diagnoses.
enum PlanOfTreatmentSection: SectionReader {
    static let codes: Set<String> = [CDAVocabulary.Section.planOfTreatment]

    static func read(_ section: CDASection, context: CDAContext, into findings: inout CDAFindings) {
        findings.readNarrative(of: section, context: context)
        for entry in section.entries where isPlannedEncounter(entry) {
            let time = entry.child("effectiveTime")
            let value = time?.attribute("value") ?? time?.child("low")?.attribute("value")
            guard let date = HL7Time.isoDate(value).flatMap(CalendarDate.init) else { continue }
            findings.followUp = min(findings.followUp ?? date, date)
        }
    }

    /// An `encounter` whose mood is a plan, or that carries the planned-encounter template.
    static func isPlannedEncounter(_ entry: XMLElement) -> Bool {
        guard entry.name == "encounter" else { return false }
        let templates = entry.children("templateId").compactMap { $0.attribute("root") }
        return templates.contains(CDAVocabulary.Template.plannedEncounter)
            || CDAVocabulary.Template.plannedMoods.contains(entry.attribute("moodCode") ?? "")
    }
}
