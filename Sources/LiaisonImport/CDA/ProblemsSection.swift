import LiaisonModel

/// Problems, past medical history, health concerns and the diagnosis sections of discharge and
/// operative notes: coded problem observations, nothing from the narrative.
enum ProblemsSection: SectionReader {
    static let codes: Set<String> = [
        CDAVocabulary.Section.problems, CDAVocabulary.Section.pastMedicalHistory,
        CDAVocabulary.Section.healthConcerns, CDAVocabulary.Section.dischargeDiagnosis,
        CDAVocabulary.Section.admissionDiagnosis, CDAVocabulary.Section.preoperativeDiagnosis,
        CDAVocabulary.Section.postoperativeDiagnosis,
    ]

    static func read(_ section: CDASection, context: CDAContext, into findings: inout CDAFindings) {
        findings.readDiagnoses(of: section, context: context)
    }
}
