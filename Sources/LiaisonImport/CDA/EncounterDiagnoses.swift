import LiaisonModel

/// The Encounters section: encounter diagnoses (C-CDA template 4.80) are problem observations
/// nested in each encounter; the encounters themselves are not diagnoses.
enum EncounterDiagnoses: SectionReader {
    static let codes: Set<String> = [CDAVocabulary.Section.encounters]

    static func read(_ section: CDASection, context: CDAContext, into findings: inout CDAFindings) {
        findings.readDiagnoses(of: section, context: context)
    }
}
