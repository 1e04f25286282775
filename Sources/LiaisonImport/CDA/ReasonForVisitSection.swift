import LiaisonModel

/// Reason for Visit and Chief Complaint: the reason when there is no Reason for Referral, and
/// the narrative for restrictions and red flags.
enum ReasonForVisitSection: SectionReader {
    static let codes: Set<String> = [
        CDAVocabulary.Section.reasonForVisit, CDAVocabulary.Section.chiefComplaint,
        CDAVocabulary.Section.chiefComplaintAndReasonForVisit,
    ]

    static func read(_ section: CDASection, context: CDAContext, into findings: inout CDAFindings) {
        let blocks = section.narrativeBlocks
        if let reason = ReasonText.reason(of: section, blocks: blocks, context: context) {
            findings.offerReason(reason, rank: .visit)
        }
        findings.readNarrative(of: section, blocks: blocks, context: context)
    }
}
