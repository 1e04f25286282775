/// Baseline to current on one outcome measure, judged against the published thresholds.
public struct MeasureChange: Hashable, Sendable {
    /// Whether the change is clinically meaningful.
    public enum Verdict: String, Hashable, Sendable {
        /// Meets the primary MCID.
        case passes
        /// Meets only a threshold other sources publish: the sources disagree.
        case passesSomeSources = "passes-some-sources"
        /// Meets no published threshold.
        case doesNotPass = "does-not-pass"
        /// No MCID is established for the measure (PSFS).
        case noEstablishedMCID = "no-established-mcid"
        /// Not judged by a threshold (STarT Back), or only one administration so far.
        case notApplicable = "not-applicable"
    }

    public var measure: OutcomeMeasure
    public var baseline: MeasureScore
    public var baselineDate: CalendarDate
    public var current: MeasureScore
    public var currentDate: CalendarDate
    /// `current - baseline` on the measure's scale.
    public var change: Double
    /// The change with the sign turned so that positive means better.
    public var improvement: Double
    public var verdict: Verdict
    /// Each threshold and whether it was met, for the letter.
    public var thresholds: [ThresholdResult]
    /// Where sources disagree on the threshold, and other cut-offs that apply.
    public var notes: [String]

    public init(
        measure: OutcomeMeasure, baseline: MeasureScore, on baselineDate: CalendarDate, current: MeasureScore,
        on currentDate: CalendarDate, verdict: Verdict, thresholds: [ThresholdResult] = [], notes: [String] = []
    ) {
        self.measure = measure
        self.baseline = baseline
        self.baselineDate = baselineDate
        self.current = current
        self.currentDate = currentDate
        change = current.value - baseline.value
        improvement = measure.higherIsBetter ? change : -change
        self.verdict = verdict
        self.thresholds = thresholds
        self.notes = notes
    }
}

/// A threshold and whether a change met it.
public struct ThresholdResult: Hashable, Sendable {
    public var threshold: ChangeThreshold
    public var met: Bool

    public init(threshold: ChangeThreshold, met: Bool) {
        self.threshold = threshold
        self.met = met
    }
}
