import LiaisonModel

/// Reason for Referral: the referral's reason in the provider's words, its restrictions and red
/// flags, and any coded problems it carries.
enum ReasonForReferralSection: SectionReader {
    static let codes: Set<String> = [CDAVocabulary.Section.reasonForReferral]

    static func read(_ section: CDASection, context: CDAContext, into findings: inout CDAFindings) {
        let blocks = section.narrativeBlocks
        if let reason = ReasonText.reason(of: section, blocks: blocks, context: context) {
            findings.offerReason(reason, rank: .referral)
        }
        findings.readDiagnoses(of: section, context: context)
        findings.readNarrative(of: section, blocks: blocks, context: context)
    }
}
