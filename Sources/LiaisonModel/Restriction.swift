/// A restriction the provider set, read from their words.
///
/// JSON (the `inspect` contract): `kind`, `text`, `until`, `source`, and per kind `value`+`unit`
/// (`max-lift`), `movement` (`avoid-movement`), `bpm` (`max-heart-rate`), `position`
/// (`avoid-position`), `status` (`weight-bearing`).
public struct Restriction: Hashable, Sendable, Codable {
    /// What the restriction limits, with the figures for that kind.
    public enum Kind: Hashable, Sendable {
        /// No external load over `value` `unit`. "No lifting" with no figure is a cap of 0.
        case maxLift(value: Double, unit: WeightUnit)
        /// Avoid a movement pattern (bending = flexion, twisting = rotation, …).
        case avoidMovement(Movement)
        /// No running, jumping or other high-impact work.
        case noImpact
        /// Keep the heart rate under `bpm`.
        case maxHeartRate(bpm: Int)
        /// Avoid exercising in a body position.
        case avoidPosition(BodyPosition)
        /// Weight-bearing status (WBAT, NWB, …), mainly for limbs.
        case weightBearing(WeightBearingStatus)
        /// An instruction the reader could not classify; kept with its text, never dropped.
        case other

        /// The contract's name for the kind.
        public var name: String {
            switch self {
            case .maxLift: "max-lift"
            case .avoidMovement: "avoid-movement"
            case .noImpact: "no-impact"
            case .maxHeartRate: "max-heart-rate"
            case .avoidPosition: "avoid-position"
            case .weightBearing: "weight-bearing"
            case .other: "other"
            }
        }
    }

    public var kind: Kind
    /// The provider's words, as written.
    public var text: String
    /// The last day it applies, where the document gives enough to compute it.
    public var until: CalendarDate?
    public var source: Provenance

    public init(kind: Kind, text: String, until: CalendarDate? = nil, source: Provenance) {
        self.kind = kind
        self.text = text
        self.until = until
        self.source = source
    }

    /// Whether it still applies on `date` (an `until` day itself still counts).
    public func applies(on date: CalendarDate) -> Bool {
        guard let until else { return true }
        return date <= until
    }

    private enum CodingKeys: String, CodingKey {
        case kind, text, until, source, value, unit, movement, bpm, position, status
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        text = try c.decode(String.self, forKey: .text)
        until = try c.decodeIfPresent(CalendarDate.self, forKey: .until)
        source = try c.decode(Provenance.self, forKey: .source)
        let name = try c.decode(String.self, forKey: .kind)
        switch name {
        case "max-lift":
            kind = .maxLift(
                value: try c.decode(Double.self, forKey: .value), unit: try c.decode(WeightUnit.self, forKey: .unit))
        case "avoid-movement": kind = .avoidMovement(try c.decode(Movement.self, forKey: .movement))
        case "no-impact": kind = .noImpact
        case "max-heart-rate": kind = .maxHeartRate(bpm: try c.decode(Int.self, forKey: .bpm))
        case "avoid-position": kind = .avoidPosition(try c.decode(BodyPosition.self, forKey: .position))
        case "weight-bearing": kind = .weightBearing(try c.decode(WeightBearingStatus.self, forKey: .status))
        case "other": kind = .other
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .kind, in: c, debugDescription: "unknown restriction kind \(name)")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind.name, forKey: .kind)
        try c.encode(text, forKey: .text)
        try c.encodeOrNull(until, forKey: .until)  // the contract always has `until`
        try c.encode(source, forKey: .source)
        switch kind {
        case .maxLift(let value, let unit):
            try c.encode(value, forKey: .value)
            try c.encode(unit, forKey: .unit)
        case .avoidMovement(let movement): try c.encode(movement, forKey: .movement)
        case .maxHeartRate(let bpm): try c.encode(bpm, forKey: .bpm)
        case .avoidPosition(let position): try c.encode(position, forKey: .position)
        case .weightBearing(let status): try c.encode(status, forKey: .status)
        case .noImpact, .other: break
        }
    }
}

/// Units for a lifting limit.
public enum WeightUnit: String, Hashable, Sendable, Codable, CaseIterable {
    case lb, kg

    /// Converts `value` in this unit to pounds.
    public func pounds(_ value: Double) -> Double { self == .lb ? value : value * 2.204_622_6 }

    /// `value` with this unit as a provider writes it: "15 lb", "12.5 kg".
    public func text(_ value: Double) -> String {
        let figure = value == value.rounded() ? String(Int(value)) : String(value)
        return "\(figure) \(rawValue)"
    }
}

/// Movement patterns a provider can restrict and the engine reasons about.
public enum Movement: String, Hashable, Sendable, Codable, CaseIterable {
    /// Bending forward (lumbar flexion).
    case flexion
    /// Arching back, hyperextension.
    case `extension`
    /// Twisting.
    case rotation
    /// Reaching or lifting overhead.
    case overhead
    /// Compressive load along the spine (carries, squats with load, overhead pressing).
    case axialLoad = "axial-load"
}

/// Body positions of an exercise; a provider can restrict some of them.
public enum BodyPosition: String, Hashable, Sendable, Codable, CaseIterable {
    case supine, prone, quadruped
    case sideLying = "side-lying"
    case standing, seated, kneeling
}

/// Weight-bearing orders.
public enum WeightBearingStatus: String, Hashable, Sendable, Codable, CaseIterable {
    /// Non-weight-bearing.
    case nwb = "NWB"
    /// Toe-touch weight-bearing.
    case ttwb = "TTWB"
    /// Partial weight-bearing.
    case pwb = "PWB"
    /// Weight-bearing as tolerated.
    case wbat = "WBAT"
    /// Full weight-bearing.
    case fwb = "FWB"
}
