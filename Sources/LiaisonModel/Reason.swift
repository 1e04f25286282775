/// Why a plan does what it does, as values a writer turns into words: the diagnosis or the
/// restriction behind a decision, with its place in the referral and the knowledge-base source
/// of the rule it applied.
public indirect enum Reason: Hashable, Sendable {
    /// A rule of a protocol the plan follows.
    case rule(ProtocolRule)
    /// A restriction the provider set, in force on the plan's date.
    case restriction(Restriction)
    /// The exercise loads `pattern`, which the plan avoids for `because`.
    case avoided(Pattern, because: [Reason])
    /// The exercise needs at least `needsPounds` of external load, above the cap `restriction`
    /// sets (`capPounds`).
    case overLoadCap(needsPounds: Double, capPounds: Double, restriction: Restriction)
    /// The exercise needs equipment the client profile does not list.
    case missingEquipment([String])
    /// A phase of a protocol the plan follows picks the exercise.
    case pick(ProtocolPick)
    /// A whole-body goal every plan covers picks the exercise; `source` is a knowledge-base key.
    case wholeBodyGoal(String, source: String?)
}

/// A protocol the plan follows, and what put it there.
public struct ProtocolRef: Hashable, Sendable {
    public var id: String
    public var name: String
    /// What selected it: diagnosis codes, keywords, the fallback, the client profile.
    public var selectedBy: [ProtocolSelection]

    public init(id: String, name: String, selectedBy: [ProtocolSelection]) {
        self.id = id
        self.name = name
        self.selectedBy = selectedBy
    }
}

/// A protocol's rule to avoid or prefer a pattern, as the knowledge base words it.
public struct ProtocolRule: Hashable, Sendable {
    public var protocolRef: ProtocolRef
    /// The rule's reason in the knowledge base's words.
    public var words: String
    /// The knowledge-base source key (`G9`, `INF` for an inference); nil when none is given.
    public var source: String?
    /// How sources disagree and the conservative reading taken; nil when they agree.
    public var disputed: String?

    public init(protocolRef: ProtocolRef, words: String, source: String? = nil, disputed: String? = nil) {
        self.protocolRef = protocolRef
        self.words = words
        self.source = source
        self.disputed = disputed
    }
}

/// A protocol phase's pick of an exercise.
public struct ProtocolPick: Hashable, Sendable {
    public var protocolRef: ProtocolRef
    /// Why the phase picks it, in the knowledge base's words; nil to give the protocol's emphasis.
    public var why: String?
    /// The protocol's emphasis (directional preference, stabilisation, graded activity).
    public var emphasis: String

    public init(protocolRef: ProtocolRef, why: String?, emphasis: String) {
        self.protocolRef = protocolRef
        self.why = why
        self.emphasis = emphasis
    }
}

/// What put a protocol in a plan.
public enum ProtocolSelection: Hashable, Sendable {
    /// A diagnosis's code (its primary code or an alternate) that one of the protocol's
    /// conditions lists; `diagnosis` is where the diagnosis was read.
    case code(CodeRef, diagnosis: Provenance)
    /// Words of a condition found in a diagnosis's display text.
    case keywords([String], diagnosis: Provenance)
    /// A diagnosis that matched no condition (its code; nil for one given as text only): the
    /// general protocol, with a question for the provider.
    case fallback(CodeRef?, diagnosis: Provenance)
    /// The referral names no current diagnosis: the general protocol.
    case noDiagnosis
    /// The client profile's week of pregnancy.
    case pregnancy(week: Int)
}

/// The external-load cap a restriction sets on an exercise's dose.
public struct LoadCap: Hashable, Sendable {
    public var pounds: Double
    public var restriction: Restriction

    public init(pounds: Double, restriction: Restriction) {
        self.pounds = pounds
        self.restriction = restriction
    }
}
