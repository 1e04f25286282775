import LiaisonModel

/// Plan of Treatment (plan of care): the provider's instructions, read for restrictions and red
/// flags. Its entries are planned acts, never diagnoses.
enum PlanOfTreatmentSection: SectionReader {
    static let codes: Set<String> = [CDAVocabulary.Section.planOfTreatment]

    static func read(_ section: CDASection, context: CDAContext, into findings: inout CDAFindings) {
        findings.readNarrative(of: section, context: context)
    }
}
