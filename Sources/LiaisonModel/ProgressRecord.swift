/// What happened since the program started (`--progress FILE`, YAML): attendance, dated outcome
/// measures and the trainer's notes. Progress and discharge letters are rendered from it.
///
/// Read by the records room (`LiaisonRecords`); YAML keys are camelCase (`nextReport`,
/// `planChanges`), like the knowledge base's and the JSON contracts'.
public struct ProgressRecord: Hashable, Sendable {
    /// Whom the record is for and which referral it reports on (`name`, `birthDate`,
    /// `referral`); checked against the referral before any letter is written.
    public var identity: ClientIdentity?
    /// Sessions attended and scheduled over the reporting period.
    public var sessions: Attendance?
    /// First and last day the report covers.
    public var from: CalendarDate?
    public var to: CalendarDate?
    /// Outcome measures in any order; the earliest of each kind is the baseline, the latest is
    /// the current score.
    public var measures: [MeasureEntry]
    /// What the trainer observed, in neutral, factual words (clients can read their records).
    public var observations: [String]
    /// Changes made to the plan since the last letter.
    public var planChanges: [String]
    /// Adverse events (pain flare, fall …); none is stated explicitly in the letter.
    public var adverseEvents: [String]
    /// Questions for the provider.
    public var questions: [String]
    /// When the next report is due (progress letters).
    public var nextReport: CalendarDate?
    /// Why the program ends and how it went (discharge letters).
    public var summary: String?
    /// What the client keeps doing at home (discharge letters).
    public var homeProgram: [String]

    public init(
        sessions: Attendance? = nil, from: CalendarDate? = nil, to: CalendarDate? = nil,
        measures: [MeasureEntry] = [], observations: [String] = [], planChanges: [String] = [],
        adverseEvents: [String] = [], questions: [String] = [], nextReport: CalendarDate? = nil,
        summary: String? = nil, homeProgram: [String] = []
    ) {
        self.sessions = sessions
        self.from = from
        self.to = to
        self.measures = measures
        self.observations = observations
        self.planChanges = planChanges
        self.adverseEvents = adverseEvents
        self.questions = questions
        self.nextReport = nextReport
        self.summary = summary
        self.homeProgram = homeProgram
    }
}

/// Sessions attended out of those scheduled.
public struct Attendance: Hashable, Sendable {
    public var attended: Int
    public var scheduled: Int

    public init(attended: Int, scheduled: Int) {
        self.attended = attended
        self.scheduled = scheduled
    }
}

/// One dated administration of an outcome measure, as the trainer recorded it.
///
/// Which fields apply depends on `measure`: `answers` for ODI (10 sections, 0-5, null when
/// unanswered) and STarT Back (9 items, 0 or 1); `ticked` (item numbers) or `score` for RMDQ;
/// `score` for NPRS; `activities` for PSFS.
public struct MeasureEntry: Hashable, Sendable {
    public var measure: OutcomeMeasure
    public var date: CalendarDate
    public var answers: [Int?]?
    public var ticked: [Int]?
    public var score: Double?
    public var activities: [PSFSActivity]?

    public init(
        measure: OutcomeMeasure, date: CalendarDate, answers: [Int?]? = nil, ticked: [Int]? = nil, score: Double? = nil,
        activities: [PSFSActivity]? = nil
    ) {
        self.measure = measure
        self.date = date
        self.answers = answers
        self.ticked = ticked
        self.score = score
        self.activities = activities
    }
}

/// A Patient-Specific Functional Scale activity and its rating, 0 (unable) to 10 (prior level).
public struct PSFSActivity: Hashable, Sendable {
    public var activity: String
    public var score: Double

    public init(activity: String, score: Double) {
        self.activity = activity
        self.score = score
    }
}
