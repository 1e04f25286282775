/// A named list of words and phrases that play one part in a concept ("saddle-site": saddle,
/// perineum, perianal, back passage, S2-S5).
public struct TermClass: Hashable, Sendable {
    public var id: String
    public var terms: [String]
    /// A source key of `Protocols/sources.yaml`.
    public var source: String

    public init(id: String, terms: [String], source: String) {
        self.id = id
        self.terms = terms
        self.source = source
    }
}

/// A red-flag concept recognised from its parts, in any order, within a short window of one
/// sentence: a saddle site with a sensory change is cauda equina.
public struct ConceptRule: Hashable, Sendable {
    /// What a mention of the concept is.
    public enum Target: Hashable, Sendable {
        /// A red flag of this kind.
        case redFlag(RedFlag.Kind)
        /// An instruction to hold exercise until the provider has reviewed the client.
        case holdExercise
        /// Red flags named without saying which ("red flags present"): always a question.
        case unspecifiedRedFlag
    }

    /// How much a mention of the concept says, when nothing negates or hedges it.
    public enum Certainty: String, Hashable, Sendable, CaseIterable {
        /// The red flag itself: an affirmed mention sends the client back.
        case definite
        /// Red-flag wording that is not enough on its own ("saddle" with no symptom, "urinary
        /// frequency"): an affirmed mention makes the plan `needs-review`.
        case possible
    }

    public var id: String
    public var target: Target
    /// Term classes that must all occur within `window` words of each other.
    public var requires: [String]
    /// Term classes that stop the concept when one occurs within the window ("wrist" for a
    /// fracture, "course" for steroids).
    public var unless: [String]
    /// How many words beyond the concept's own an `unless` term may stand and still stop it;
    /// nil means `window` words.
    public var unlessReach: Int?
    /// The most words from the first part to the last.
    public var window: Int
    /// Whether the parts may stand in different clauses of a sentence ("Lifting a suitcase
    /// triggered the pain; known osteoporosis"); by default they share a clause.
    public var acrossClauses: Bool
    /// Kinds of section where the concept is not looked for: a bare "urine" in a results table
    /// is a specimen, not a symptom.
    public var notIn: Set<SectionKind>
    public var certainty: Certainty
    /// Concepts (by id) whose denial in the same sentence makes an affirmed mention of this one
    /// a question rather than a red flag: a fall after which "CT showed no fracture".
    public var clearedBy: [String]
    /// A source key of `Protocols/sources.yaml`.
    public var source: String

    public init(
        id: String, target: Target, requires: [String], unless: [String] = [], unlessReach: Int? = nil,
        window: Int = 8, acrossClauses: Bool = false, notIn: Set<SectionKind> = [], certainty: Certainty = .definite,
        clearedBy: [String] = [], source: String
    ) {
        self.id = id
        self.target = target
        self.requires = requires
        self.unless = unless
        self.unlessReach = unlessReach
        self.window = window
        self.acrossClauses = acrossClauses
        self.notIn = notIn
        self.certainty = certainty
        self.clearedBy = clearedBy
        self.source = source
    }
}
