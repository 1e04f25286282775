/// A sign that the client must go back to the provider instead of exercising
/// (../shared/DOMAIN.md section 3). Red flags are triggers to refer, not diagnoses.
public struct RedFlag: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// Saddle or perianal numbness, new bladder or bowel disturbance, sexual dysfunction:
        /// same-day emergency referral.
        case caudaEquina = "cauda-equina"
        /// Progressive or bilateral leg weakness, a worsening neurological deficit.
        case progressiveNeurologicalDeficit = "progressive-neurological-deficit"
        /// Major trauma, or minor trauma in an older or osteoporotic client; suspected fracture.
        case possibleFracture = "possible-fracture"
        /// History of cancer (the strongest single red flag).
        case cancerHistory = "cancer-history"
        /// Fever, chills, recent infection, IV drug use, immunosuppression.
        case possibleInfection = "possible-infection"
        /// Unexplained weight loss.
        case unexplainedWeightLoss = "unexplained-weight-loss"
        /// Pain worse lying down, severe night pain.
        case nightPain = "night-pain"

        /// Whether it calls for a same-day emergency referral rather than a routine one.
        public var isEmergency: Bool { self == .caudaEquina }
    }

    public var kind: Kind
    /// The words in the document that raised it.
    public var text: String
    public var source: Provenance

    public init(kind: Kind, text: String, source: Provenance) {
        self.kind = kind
        self.text = text
        self.source = source
    }
}
