/// A ConText trigger (Harkema et al. 2009): words that change how the concepts near them are
/// asserted ("denies" negates what follows, ": negative" what precedes).
public struct ContextCue: Hashable, Sendable {
    public enum Category: String, Hashable, Sendable, CaseIterable {
        case negated, possible, historical, hypothetical, family
        /// Looks like a trigger but is not one ("not only", "no change"): its words trigger nothing.
        case pseudo
        /// Ends the scope of every trigger before it ("but", "however", ";").
        case termination
        /// Says a condition is ongoing now ("remains on tacrolimus", "currently"): where no other
        /// trigger reaches a mention, it sets aside a Past Medical History section's default
        /// (historical), never a Family History one.
        case current
        /// States a finding as present (a dose, an amount, a time since onset, a verb of taking):
        /// a forward denial reads across commas into a list of denied findings, but a list item
        /// with one of these words may be a new statement ("No fever, unintentional weight loss of
        /// 8 kg over 3 months"), so from that item on the denial's mentions are questions.
        case statement
    }

    /// Which words a trigger reaches.
    public enum Direction: String, Hashable, Sendable, CaseIterable {
        /// The words after it, to the end of the clause or a termination.
        case forward
        /// The words before it, back to the start of the clause or a termination.
        case backward
        /// Both.
        case both
    }

    public var phrase: String
    public var category: Category
    public var direction: Direction
    /// The most words it reaches; nil reaches to the end of the clause.
    public var window: Int?
    /// A trigger that often, but not always, means what its category says ("advised to" may
    /// advise about a symptom the client has): a mention it decides is a question for the
    /// provider, never cleared.
    public var tentative: Bool
    /// A backward trigger that counts only at the end of its clause ("Fever: no", "Saddle
    /// anaesthesia nil"); elsewhere its words are read as if it were not there ("MRI: no
    /// evidence of discitis").
    public var clauseFinal: Bool
    /// A trigger that counts only as the first word of its clause ("Should saddle anaesthesia
    /// develop, attend ED" is a condition; "He should get an urgent MRI" is not).
    public var clauseInitial: Bool
    /// A backward trigger that closes a list and reads back over all of it, across its commas
    /// ("Retention, incontinence and saddle numbness - all absent"); other backward triggers stop
    /// at a comma before the one right before them.
    public var wholeList: Bool
    /// For a termination: the categories whose reach it ends; empty ends every category
    /// ("now" ends a history, not a family member's illness).
    public var terminates: Set<Category>
    /// For a possible cue: a denial within its reach is not one ("It is not true that she has no
    /// bladder symptoms", "He could not say he had no numbness"); what that denial decides is a
    /// possible mention, a question for the provider, never cleared. Such a cue asserts nothing
    /// where no denial is in its reach ("He cannot say when the incontinence began").
    public var doubtsDenials: Bool
    /// A source key of `Protocols/sources.yaml`.
    public var source: String

    public init(
        phrase: String, category: Category, direction: Direction, window: Int? = nil, tentative: Bool = false,
        clauseFinal: Bool = false, clauseInitial: Bool = false, wholeList: Bool = false, terminates: Set<Category> = [],
        doubtsDenials: Bool = false, source: String
    ) {
        self.phrase = phrase
        self.category = category
        self.direction = direction
        self.window = window
        self.tentative = tentative
        self.clauseFinal = clauseFinal
        self.clauseInitial = clauseInitial
        self.wholeList = wholeList
        self.terminates = terminates
        self.doubtsDenials = doubtsDenials
        self.source = source
    }
}
