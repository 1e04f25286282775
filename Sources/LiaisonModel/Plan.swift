/// An exercise plan the engine made from a referral; every decision carries its reasons as
/// values (``Reason``).
///
/// The JSON writer writes it as the contract of `liaison plan --format json`.
public struct Plan: Hashable, Sendable {
    public enum Status: String, Hashable, Sendable, Codable, CaseIterable {
        /// A program can start as written.
        case ready
        /// Protocols disagree or something is unclear; the provider must answer first.
        case needsReview = "needs-review"
        /// A red flag: no program, the client goes back to the provider.
        case referBack = "refer-back"
    }

    public var status: Status
    /// The date the plan was made for (time-limited restrictions are judged on it).
    public var referenceDate: CalendarDate
    public var protocols: [MatchedProtocol]
    public var contraindications: [Contraindication]
    public var phases: [Phase]
    public var excluded: [Exclusion]
    public var conflicts: [Conflict]
    public var questions: [String]
    public var redFlags: [RedFlag]
    /// What the provider must confirm before the program starts (possible red flags, holds,
    /// narrative Liaison could not read); any of them makes the status `needs-review`.
    public var reviewItems: [ReviewItem]
    /// FITT summary per training component (aerobic, strength, flexibility) for the letter.
    public var fitt: [FITT]
    /// Restrictions that no longer apply on the reference date, with their `until` date.
    public var expiredRestrictions: [Restriction]
    /// Precautions from the matched protocols, each with its source.
    public var precautions: [String]

    public init(
        status: Status, referenceDate: CalendarDate, protocols: [MatchedProtocol] = [],
        contraindications: [Contraindication] = [], phases: [Phase] = [], excluded: [Exclusion] = [],
        conflicts: [Conflict] = [], questions: [String] = [], redFlags: [RedFlag] = [],
        reviewItems: [ReviewItem] = [], fitt: [FITT] = [],
        expiredRestrictions: [Restriction] = [], precautions: [String] = []
    ) {
        self.status = status
        self.referenceDate = referenceDate
        self.protocols = protocols
        self.contraindications = contraindications
        self.phases = phases
        self.excluded = excluded
        self.conflicts = conflicts
        self.questions = questions
        self.redFlags = redFlags
        self.reviewItems = reviewItems
        self.fitt = fitt
        self.expiredRestrictions = expiredRestrictions
        self.precautions = precautions
    }
}

/// A protocol the plan follows and what selected it (codes, keywords, the client profile).
public struct MatchedProtocol: Hashable, Sendable {
    public var id: String
    public var name: String?
    /// The diagnosis codes (with where each diagnosis was read), keywords, fallback or client
    /// profile that put the protocol in the plan.
    public var selectedBy: [ProtocolSelection]

    public init(id: String, name: String? = nil, selectedBy: [ProtocolSelection]) {
        self.id = id
        self.name = name
        self.selectedBy = selectedBy
    }
}

/// A movement pattern (or position, or impact) the plan avoids, and every reason it does.
public struct Contraindication: Hashable, Sendable {
    public var pattern: Pattern
    /// Protocol rules (with the diagnosis that selected the protocol and the rule's source) and
    /// provider restrictions, in the order they were found.
    public var because: [Reason]

    public init(pattern: Pattern, because: [Reason]) {
        self.pattern = pattern
        self.because = because
    }
}

/// A phase of the program.
public struct Phase: Hashable, Sendable {
    public var name: String
    /// Week range, e.g. `1-2`, `3-6`, `7+`.
    public var weeks: String
    public var goals: [String]
    /// When to move on to the next phase.
    public var progression: [String]
    public var exercises: [PlannedExercise]

    public init(
        name: String, weeks: String, goals: [String] = [], progression: [String] = [], exercises: [PlannedExercise]
    ) {
        self.name = name
        self.weeks = weeks
        self.goals = goals
        self.progression = progression
        self.exercises = exercises
    }
}

/// An exercise in a phase, with its dose and the reason it is there.
public struct PlannedExercise: Hashable, Sendable {
    public var id: String
    public var name: String
    /// Human-readable dose, e.g. `2 x 10, 3 days/week` or `30 min, 5 days/week, RPE 12-14`.
    public var dose: String
    /// The protocol phase or whole-body goal that picks it.
    public var because: [Reason]
    public var category: String?
    /// The external load cap applied to the dose, where a `max-lift` restriction set one.
    public var loadCap: LoadCap?

    public init(
        id: String, name: String, dose: String, because: [Reason], category: String? = nil, loadCap: LoadCap? = nil
    ) {
        self.id = id
        self.name = name
        self.dose = dose
        self.because = because
        self.category = category
        self.loadCap = loadCap
    }
}

/// An exercise left out of the plan and why.
public struct Exclusion: Hashable, Sendable {
    public var id: String
    /// The exercise's name in the library.
    public var name: String
    /// Whether it is a name a physician expects to see ruled out (``Exercise/named``).
    public var named: Bool
    /// The patterns it loads that the plan avoids (each with its own reasons), a load cap it is
    /// above, or the equipment it needs.
    public var because: [Reason]

    public init(id: String, name: String? = nil, named: Bool = false, because: [Reason]) {
        self.id = id
        self.name = name ?? id
        self.named = named
        self.because = because
    }
}

/// A pattern one matched protocol prefers and another forbids; never silently resolved: the plan
/// avoids it and asks the provider.
public struct Conflict: Hashable, Sendable {
    public var pattern: Pattern
    /// The rules that want the pattern (a protocol that prefers extension).
    public var prefers: [Reason]
    /// The rules that forbid it.
    public var forbids: [Reason]

    public init(pattern: Pattern, prefers: [Reason], forbids: [Reason]) {
        self.pattern = pattern
        self.prefers = prefers
        self.forbids = forbids
    }
}

/// Frequency, intensity, time and type for one training component.
public struct FITT: Hashable, Sendable {
    /// `aerobic`, `strength`, `flexibility`, `stabilisation`, …
    public var component: String
    public var frequency: String
    public var intensity: String
    public var time: String
    public var type: String
    /// Where the figures come from (e.g. `ACSM, Garber 2011`).
    public var source: String?

    public init(
        component: String, frequency: String, intensity: String, time: String, type: String, source: String? = nil
    ) {
        self.component = component
        self.frequency = frequency
        self.intensity = intensity
        self.time = time
        self.type = type
        self.source = source
    }
}

/// What the trainer knows of the client beyond the referral (`--client FILE`).
public struct ClientProfile: Hashable, Sendable, Codable {
    public var age: Int?
    public var pregnancyWeeks: Int?
    public var surgeryDate: CalendarDate?
    public var goals: [String]
    /// Equipment available, by name (`dumbbells`, `cable`, `pool`, `bike`, …); empty means any.
    public var equipment: [String]

    public init(
        age: Int? = nil, pregnancyWeeks: Int? = nil, surgeryDate: CalendarDate? = nil, goals: [String] = [],
        equipment: [String] = []
    ) {
        self.age = age
        self.pregnancyWeeks = pregnancyWeeks
        self.surgeryDate = surgeryDate
        self.goals = goals
        self.equipment = equipment
    }
}
