/// Something in a referral the reader could not settle and a person must confirm before any
/// exercise starts: the plan becomes `needs-review` and the letter asks the provider.
///
/// Liaison never sends an uncertain safety finding to exercise: a red-flag word it cannot
/// classify with confidence, an instruction to hold exercise, or narrative in a language it does
/// not read each become one of these (issue 9, "Never silent").
public struct ReviewItem: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// Red-flag wording that is suspected, historical, or not clearly affirmed or denied.
        case possibleRedFlag = "possible-red-flag"
        /// "Hold exercise until reviewed", "do not start until I have seen her".
        case holdExercise = "hold-exercise"
        /// Narrative in a language Liaison has no vocabulary for.
        case unreadNarrative = "unread-narrative"
    }

    public var kind: Kind
    /// The red flag it may be, for `possible-red-flag`.
    public var flag: RedFlag.Kind?
    /// How the words stated it, where that is what left it uncertain (`possible`, `historical`).
    public var assertion: Assertion?
    /// The language of unread narrative, or the language a possible red flag was found in when
    /// that is not the one its text was read in, as an ISO 639-1 code (`de`, `it`).
    public var language: String?
    /// The provider's words (for unread narrative, the start of the section's text).
    public var text: String
    public var source: Provenance

    public init(
        kind: Kind, flag: RedFlag.Kind? = nil, assertion: Assertion? = nil, language: String? = nil, text: String,
        source: Provenance
    ) {
        self.kind = kind
        self.flag = flag
        self.assertion = assertion
        self.language = language
        self.text = text
        self.source = source
    }
}
