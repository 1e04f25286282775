/// One exercise of the library (`Protocols/exercises.yaml`), which the engine plans with and
/// `liaison exercises` lists.
///
/// The planner never reads an exercise's name to decide anything: only its patterns, position,
/// impact and load, so a trainer can add exercises without touching code.
public struct Exercise: Hashable, Sendable {
    /// The categories a trainer sorts a program by, in program order.
    public enum Category: String, Hashable, Sendable, CaseIterable, Comparable {
        case mobility, stabilisation, strength, aerobic, stretch

        /// Position in program order.
        public var rank: Int {
            switch self {
            case .mobility: 0
            case .stabilisation: 1
            case .strength: 2
            case .aerobic: 3
            case .stretch: 4
            }
        }

        public static func < (lhs: Category, rhs: Category) -> Bool { lhs.rank < rhs.rank }
    }

    public var id: String
    public var name: String
    public var category: Category
    /// Movement patterns it loads: movements and valsalva (``Pattern/isLoadedByExercises``).
    public var patterns: [Pattern]
    public var position: BodyPosition
    public var impact: Bool
    /// The external load it carries, or nil for body-weight work.
    public var load: ExternalLoad?
    public var equipment: [String]
    public var dose: String
    public var cues: [String]
    public var regressions: [String]
    public var progressions: [String]
    /// Whether letters name it when it is ruled out: a well-known exercise (crunch, sit-up,
    /// Russian twist) a physician expects to see in "what I will avoid".
    public var named: Bool
    /// The knowledge-base source key for its pattern tags, where one names the exercise.
    public var source: String?
    public var location: SourceLocation

    public init(
        id: String, name: String, category: Category, patterns: [Pattern], position: BodyPosition, impact: Bool,
        load: ExternalLoad?, equipment: [String], dose: String, cues: [String], regressions: [String],
        progressions: [String], named: Bool = false, source: String? = nil, location: SourceLocation
    ) {
        self.id = id
        self.name = name
        self.category = category
        self.patterns = patterns
        self.position = position
        self.impact = impact
        self.load = load
        self.equipment = equipment
        self.dose = dose
        self.cues = cues
        self.regressions = regressions
        self.progressions = progressions
        self.named = named
        self.source = source
        self.location = location
    }

    /// Whether a contraindicated `pattern` forbids this exercise.
    public func isForbidden(by pattern: Pattern) -> Bool {
        switch pattern {
        case .position(let position): position == self.position
        case .impact: impact
        case .externalLoad: load != nil
        case .movement, .valsalva: patterns.contains(pattern)
        }
    }
}

/// The external load an exercise carries.
public struct ExternalLoad: Hashable, Sendable {
    /// What trainers usually use, e.g. `8-16 kg kettlebell`.
    public var typical: String
    /// The lightest load (in pounds) at which the exercise still makes sense; a lift cap below
    /// it excludes the exercise.
    public var minimumPounds: Double

    public init(typical: String, minimumPounds: Double) {
        self.typical = typical
        self.minimumPounds = minimumPounds
    }
}
