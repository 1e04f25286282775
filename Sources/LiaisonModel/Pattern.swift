/// What a contraindication or a protocol's preference names: a movement pattern an exercise
/// loads, breath-holding, impact, any external load, or a body position.
///
/// Its ``name`` is the knowledge base's and the JSON contract's spelling (`flexion`,
/// `axial-load`, `valsalva`, `impact`, `external-load`, `position:supine`); patterns sort by it.
public enum Pattern: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// A movement of the spine or arms (flexion, extension, rotation, overhead, axial load).
    case movement(Movement)
    /// Breath-holding under strain.
    case valsalva
    /// Running, jumping and other high-impact work.
    case impact
    /// Any external load (a lift cap of 0).
    case externalLoad
    /// Exercising in a body position.
    case position(BodyPosition)

    static let positionPrefix = "position:"

    /// Reads a pattern's name; nil for a name Liaison does not know.
    public init?(name: String) {
        if let movement = Movement(rawValue: name) {
            self = .movement(movement)
        } else if name.hasPrefix(Self.positionPrefix) {
            guard let position = BodyPosition(rawValue: String(name.dropFirst(Self.positionPrefix.count))) else {
                return nil
            }
            self = .position(position)
        } else {
            switch name {
            case "valsalva": self = .valsalva
            case "impact": self = .impact
            case "external-load": self = .externalLoad
            default: return nil
            }
        }
    }

    /// The pattern's name, as the knowledge base and the JSON contract write it.
    public var name: String {
        switch self {
        case .movement(let movement): movement.rawValue
        case .valsalva: "valsalva"
        case .impact: "impact"
        case .externalLoad: "external-load"
        case .position(let position): Self.positionPrefix + position.rawValue
        }
    }

    public var description: String { name }

    /// Whether an exercise can list it among the patterns it loads (movements and valsalva).
    public var isLoadedByExercises: Bool {
        switch self {
        case .movement, .valsalva: true
        case .impact, .externalLoad, .position: false
        }
    }

    /// Every pattern, in name order.
    public static let all: [Pattern] =
        (Movement.allCases.map(Pattern.movement) + [.valsalva, .impact, .externalLoad]
        + BodyPosition.allCases.map(Pattern.position)).sorted()

    public static func < (lhs: Pattern, rhs: Pattern) -> Bool { lhs.name < rhs.name }
}
