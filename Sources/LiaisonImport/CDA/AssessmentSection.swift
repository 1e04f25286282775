import LiaisonModel

/// Assessment, and Assessment and Plan: coded assessments as diagnoses, and the narrative for
/// restrictions and red flags.
enum AssessmentSection: SectionReader {
    static let codes: Set<String> = [CDAVocabulary.Section.assessment, CDAVocabulary.Section.assessmentAndPlan]

    static func read(_ section: CDASection, context: CDAContext, into findings: inout CDAFindings) {
        findings.readDiagnoses(of: section, context: context)
        findings.readNarrative(of: section, context: context)
    }
}
