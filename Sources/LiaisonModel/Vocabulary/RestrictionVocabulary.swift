/// The words a provider uses to restrict exercise in one language, for the data-driven
/// restriction reader (languages other than English, whose rules are code): what forbids, what
/// limits, what permits or cancels, and the words of each restriction kind
/// (../shared/DOMAIN.md section 6). Each list is a ``TermClass`` named after its role, with its
/// source.
public struct RestrictionVocabulary: Hashable, Sendable {
    /// What a list of words does in a restriction.
    public enum Role: String, Hashable, Sendable, CaseIterable {
        /// Forbids what follows ("vermeiden Sie", "éviter", "ne pas").
        case prohibitionBefore = "prohibition-before"
        /// Forbids what follows only when an activity follows ("kein Bücken", not "kein Fieber").
        case weakProhibition = "weak-prohibition"
        /// Forbids what precedes ("Bücken vermeiden", "port de charges contre-indiqué").
        case prohibitionAfter = "prohibition-after"
        /// Looks like a prohibition and is none: a purpose ("pour éviter la déshydratation").
        case notProhibition = "not-prohibition"
        /// Permits: nothing in its part of the clause is forbidden ("Rotation erlaubt").
        case permission
        /// Cancels a restriction: its part of the clause sets none ("Einschränkungen aufgehoben").
        case cancellation
        /// Makes a weight figure a cap ("bis 7 kg", "plus de 20 kg", "> 15 kg").
        case limit
        /// Caps a figure ("max. 10 kg", "HF-Obergrenze 130/min", "45 minutes maximum"); with a
        /// weight figure it is a lifting cap even without a word of lifting ("Limite de 5 kg").
        case cap
        /// What a cap can limit besides weight and heart rate: time, repetitions, sessions, effort
        /// ("Sitzungsdauer max. 45 Min."); such a cap is kept as an unclassified restriction.
        case measure
        /// Ends a prohibition's reach ("aber", "mais").
        case scopeEnd = "scope-end"
        /// May stand between a weak prohibition and its activity ("kein schweres Heben").
        case modifier
        /// Activities a weak prohibition can forbid besides movements, lifts, impact and positions
        /// ("Kontaktsport", "Schwimmen").
        case activity
        /// What is no exercise restriction though it is forbidden (driving, work, sick leave).
        case nonExercise = "non-exercise"
        /// Joints other than the spine: their flexion or rotation is not the back's ("Kniebeugen").
        case otherJoint = "other-joint"
        /// Lifting, carrying and loads: with a weight figure, a lifting cap.
        case lifting
        /// Lifting itself: forbidden without a figure, a cap of 0.
        case plainLifting = "plain-lifting"
        /// Words of weight that are a load only under a firm prohibition, else the client's body
        /// weight ("Gewicht", "poids").
        case loadWeight = "load-weight"
        /// Words that make a weight figure the client's body weight ("abgenommen", "perdu").
        case bodyWeight = "body-weight"
        /// Joins two figures into a range, of which the stricter end counts ("5-10 kg", "5 à 10 kg").
        case range
        /// Running, jumping, impact: forbidden, no impact.
        case impact
        /// Words before a position that make it an exercise's start, not a banned position
        /// ("aus Bauchlage", "depuis le décubitus ventral").
        case positionStart = "position-start"
        /// Heart rate.
        case heartRate = "heart-rate"
        /// Verbs of a report ("Puls war 80"), not an order.
        case report
        /// Words of a sentence that states only a duration and speaks of the block's restrictions
        /// ("Diese Einschränkungen gelten für 6 Wochen").
        case durationSubject = "duration-subject"
        /// Lead a relative duration ("für 6 Wochen", "pendant 6 semaines").
        case durationLeadIn = "duration-lead-in"
        /// Lead an end ("bis 30.04.2026", "jusqu'au contrôle").
        case until
        /// Count a duration from the surgery ("6 Wochen postoperativ").
        case postOperative = "post-operative"
    }

    /// Units of a relative duration.
    public enum DurationUnit: String, Hashable, Sendable, CaseIterable {
        case days, weeks, months
    }

    public var lists: [Role: TermClass]
    public var movements: [Movement: TermClass]
    public var positions: [BodyPosition: TermClass]
    public var weightBearing: [WeightBearingStatus: TermClass]
    public var units: [WeightUnit: TermClass]
    public var durationUnits: [DurationUnit: TermClass]
    /// Number words and their values ("fünf": 5, "cinq": 5).
    public var numbers: [String: Double]
    /// Month names and abbreviations and their numbers ("März": 3, "mars": 3).
    public var months: [String: Int]
    /// The denominators of a duration written as a fraction and their unit ("6/52": 52 is weeks).
    public var fractions: [Int: DurationUnit]

    public init(
        lists: [Role: TermClass] = [:], movements: [Movement: TermClass] = [:],
        positions: [BodyPosition: TermClass] = [:], weightBearing: [WeightBearingStatus: TermClass] = [:],
        units: [WeightUnit: TermClass] = [:], durationUnits: [DurationUnit: TermClass] = [:],
        numbers: [String: Double] = [:], months: [String: Int] = [:], fractions: [Int: DurationUnit] = [:]
    ) {
        self.lists = lists
        self.movements = movements
        self.positions = positions
        self.weightBearing = weightBearing
        self.units = units
        self.durationUnits = durationUnits
        self.numbers = numbers
        self.months = months
        self.fractions = fractions
    }

    /// The words of a role, or none.
    public func words(_ role: Role) -> [String] { lists[role]?.terms ?? [] }
}
