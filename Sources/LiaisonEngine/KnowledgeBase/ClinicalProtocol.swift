import LiaisonModel

/// A protocol (`Protocols/protocols/*.yaml`): what to avoid, what to emphasise, phases, dosing,
/// precautions and questions for the provider. Every rule names its source.
public struct ClinicalProtocol: Hashable, Sendable {
    public var id: String
    public var name: String
    /// The preferred emphasis in words (directional preference, stabilisation, graded activity).
    public var emphasis: String
    /// Which protocol's phases frame a plan that follows several: the highest wins.
    public var priority: Int
    /// Patterns the protocol wants (for example extension for a directional preference).
    public var prefers: [PatternRule]
    /// Contraindicated patterns.
    public var avoid: [PatternRule]
    public var phases: [ProtocolPhase]
    public var fitt: [FITTRule]
    public var precautions: [Note]
    public var questions: [Note]
    public var location: SourceLocation
}

/// A pattern a protocol avoids or prefers, the reason and its source.
public struct PatternRule: Hashable, Sendable {
    public var pattern: Located<String>
    public var because: String
    public var source: Located<String>?
    /// Applies only until this many weeks after surgery (needs the client's surgery date).
    public var untilWeeksAfterSurgery: Int?
    /// Applies only from this week of pregnancy on.
    public var fromPregnancyWeek: Int?
    /// A disagreement between sources, and the conservative reading taken.
    public var disputed: String?
}

/// A phase of a protocol and the exercises it picks.
public struct ProtocolPhase: Hashable, Sendable {
    public var name: String
    public var weeks: String
    public var goals: [String]
    public var progression: [String]
    public var exercises: [Pick]
}

/// An exercise a phase or a whole-body goal picks, with the reason given to the provider.
public struct Pick: Hashable, Sendable {
    public var id: Located<String>
    public var why: String?
}

/// A text (precaution, question) with its source.
public struct Note: Hashable, Sendable {
    public var text: String
    public var source: Located<String>?
    public var location: SourceLocation
}

/// FITT figures for one component, with their source.
public struct FITTRule: Hashable, Sendable {
    public var value: FITT
    public var location: SourceLocation
}
