/// Diagnosis codes that are red flags in themselves: a problem entry G83.4 is cauda equina
/// syndrome, S32.010A a new L1 fracture (../shared/DOMAIN.md section 3).
public struct CodedRedFlagRule: Hashable, Sendable {
    /// What a code that matches means.
    public enum Effect: Hashable, Sendable {
        /// A red flag of this kind.
        case redFlag(RedFlag.Kind)
        /// Possibly a red flag, for the provider to confirm (N31.9 neurogenic bladder: new or not?).
        case review(RedFlag.Kind)
        /// Never the client's own red flag (Z80-Z84, family history of a condition).
        case never
    }

    /// The code-system family (`ICD-10-CM`, which also covers WHO ICD-10 and its national
    /// editions, or `SNOMED-CT`).
    public var system: String
    /// Codes without dots, upper case; a trailing `*` makes a prefix (`C*`, `R33*`).
    public var codes: [String]
    public var effect: Effect
    /// For ICD-10-CM injury codes: the 7th characters that mean a new injury (`A`, `B`); a code of
    /// the rule with another 7th character (healing, sequela) raises nothing, one without a 7th
    /// character is a question.
    public var newInjury: Set<Character>
    /// Whether the code still raises the flag when the problem is resolved or inactive (a past
    /// cancer stays a red flag).
    public var evenIfResolved: Bool
    /// A source key of `Protocols/sources.yaml`.
    public var source: String

    public init(
        system: String, codes: [String], effect: Effect, newInjury: Set<Character> = [], evenIfResolved: Bool = false,
        source: String
    ) {
        self.system = system
        self.codes = codes
        self.effect = effect
        self.newInjury = newInjury
        self.evenIfResolved = evenIfResolved
        self.source = source
    }
}
