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
        /// History of cancer (the strongest single red flag), current or past.
        case cancerHistory = "cancer-history"
        /// Fever, chills, recent infection, IV drug use, a spinal infection.
        case possibleInfection = "possible-infection"
        /// Long-term oral corticosteroids, immunosuppressant drugs, an immune deficiency or an
        /// organ transplant: fracture and infection risk.
        case immunosuppression
        /// Unexplained weight loss.
        case unexplainedWeightLoss = "unexplained-weight-loss"
        /// Pain worse lying down, severe night pain.
        case nightPain = "night-pain"
        /// A pulsatile abdominal mass, tearing back pain with abdominal or flank pain, a known
        /// aneurysm with new back pain.
        case aorticAneurysm = "aortic-aneurysm"

        /// Whether it calls for a same-day emergency referral rather than a routine one: cauda
        /// equina (R2) and the signs of a symptomatic aortic aneurysm.
        public var isEmergency: Bool { self == .caudaEquina || self == .aorticAneurysm }

        /// The red flag in a few plain words, for letters and questions.
        public var label: String {
            switch self {
            case .caudaEquina: "possible cauda equina syndrome"
            case .progressiveNeurologicalDeficit: "progressive neurological deficit"
            case .possibleFracture: "possible fracture"
            case .cancerHistory: "history of cancer"
            case .possibleInfection: "possible infection"
            case .immunosuppression: "immunosuppression"
            case .unexplainedWeightLoss: "unexplained weight loss"
            case .nightPain: "night pain"
            case .aorticAneurysm: "possible aortic aneurysm"
            }
        }
    }

    public var kind: Kind
    /// The words in the document that raised it (for a coded red flag, the code and its name).
    public var text: String
    public var source: Provenance
    /// How the document states it: `affirmed`, or `historical` for a past cancer, which stays a
    /// red flag.
    public var assertion: Assertion
    /// The diagnosis code that raised it, when it was coded rather than written.
    public var code: CodeRef?

    public init(
        kind: Kind, text: String, source: Provenance, assertion: Assertion = .affirmed, code: CodeRef? = nil
    ) {
        self.kind = kind
        self.text = text
        self.source = source
        self.assertion = assertion
        self.code = code
    }
}
