import LiaisonModel

/// Instructions (patient instructions, hospital discharge instructions): read for restrictions
/// and red flags.
enum InstructionsSection: SectionReader {
    static let codes: Set<String> = [CDAVocabulary.Section.instructions, CDAVocabulary.Section.dischargeInstructions]

    static func read(_ section: CDASection, context: CDAContext, into findings: inout CDAFindings) {
        findings.readNarrative(of: section, context: context)
    }
}
