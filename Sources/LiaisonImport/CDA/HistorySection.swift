import LiaisonModel

/// History of Present Illness and Review of Systems: red flags only ("new urinary retention"),
/// since these sections describe symptoms rather than give instructions; and the problem entries
/// some documents nest in them.
enum HistorySection: SectionReader {
    static let codes: Set<String> = [
        CDAVocabulary.Section.historyOfPresentIllness, CDAVocabulary.Section.reviewOfSystems,
    ]

    static func read(_ section: CDASection, context: CDAContext, into findings: inout CDAFindings) {
        findings.readDiagnoses(of: section, context: context)
        findings.readNarrative(of: section, context: context, redFlagsOnly: true)
    }
}
