/// What a part of a referral is for, whatever its format calls it.
///
/// Readers map their own section codes to it (a LOINC section code for CDA, an element name for
/// the plain referral XML); the narrative reader's section defaults key on it: words in a Family
/// History section are about someone else unless they say otherwise.
public enum SectionKind: String, Hashable, Sendable, Codable, CaseIterable {
    case reasonForReferral = "reason-for-referral"
    case historyOfPresentIllness = "history-of-present-illness"
    case reviewOfSystems = "review-of-systems"
    case problems
    case pastMedicalHistory = "past-medical-history"
    case familyHistory = "family-history"
    case socialHistory = "social-history"
    case medications
    case allergies
    case results
    case vitalSigns = "vital-signs"
    case procedures
    case assessment
    case plan
    /// Patient or discharge instructions: advice and safety-netting.
    case instructions
    case functionalStatus = "functional-status"
    /// Restrictions the provider set (the plain referral's `<restrictions>`).
    case restrictions
    /// Free notes (the plain referral's `<notes>`).
    case notes
    /// Any other section.
    case other
}
