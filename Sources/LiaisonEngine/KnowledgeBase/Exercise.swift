import LiaisonModel

/// One exercise of the library (`Protocols/exercises.yaml`).
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
    /// Movement patterns it loads: `Movement` raw values plus `valsalva`.
    public var patterns: [String]
    public var position: BodyPosition
    public var impact: Bool
    /// The external load it carries, or nil for body-weight work.
    public var load: ExternalLoad?
    public var equipment: [String]
    public var dose: String
    public var cues: [String]
    public var regressions: [String]
    public var progressions: [String]
    public var location: SourceLocation

    /// Whether a contraindication `pattern` (see ``PatternName``) forbids this exercise.
    public func isForbidden(by pattern: String) -> Bool {
        if let position = PatternName.position(in: pattern) { return position == self.position }
        switch pattern {
        case PatternName.impact: return impact
        case PatternName.externalLoad: return load != nil
        default: return patterns.contains(pattern)
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
}

/// The names a contraindication may use.
public enum PatternName {
    public static let impact = "impact"
    public static let valsalva = "valsalva"
    public static let externalLoad = "external-load"
    public static let positionPrefix = "position:"

    /// Patterns an exercise can load (its `patterns` list).
    public static let movementPatterns: Set<String> = Set(Movement.allCases.map(\.rawValue)).union([valsalva])

    /// Every name a contraindication or preference may use.
    public static func isKnown(_ pattern: String) -> Bool {
        movementPatterns.contains(pattern) || pattern == impact || pattern == externalLoad
            || position(in: pattern) != nil
    }

    /// The body position of a `position:X` pattern.
    public static func position(in pattern: String) -> BodyPosition? {
        guard pattern.hasPrefix(positionPrefix) else { return nil }
        return BodyPosition(rawValue: String(pattern.dropFirst(positionPrefix.count)))
    }

    public static var allNames: [String] {
        movementPatterns.sorted() + [impact, externalLoad] + BodyPosition.allCases.map { positionPrefix + $0.rawValue }
    }
}
