/// A published threshold for a meaningful change, with the source that states it
/// (`Protocols/measures.yaml`).
public struct ChangeThreshold: Hashable, Sendable {
    /// The smallest improvement that counts: points on the scale, or a percentage of baseline.
    public var improvement: Double
    public var isPercentOfBaseline: Bool
    /// What the threshold is called (`MCID`, `MDC90`) and for which version of the measure.
    public var label: String
    /// Author and year, as a provider would look it up (`Ostelo 2008`).
    public var citation: String
    /// The knowledge-base source key (`O2`).
    public var source: String

    public init(improvement: Double, isPercentOfBaseline: Bool, label: String, citation: String, source: String) {
        self.improvement = improvement
        self.isPercentOfBaseline = isPercentOfBaseline
        self.label = label
        self.citation = citation
        self.source = source
    }

    /// Whether `gained` (positive = better) from `baseline` reaches the threshold.
    public func isMet(improvement gained: Double, baseline: Double) -> Bool {
        if isPercentOfBaseline {
            guard baseline != 0 else { return false }
            return gained / abs(baseline) * 100 >= improvement
        }
        return gained >= improvement
    }

    /// E.g. `MCID: 10 points (Ostelo 2008)`.
    public var text: String {
        let amount = MeasureNumber.format(improvement) + (isPercentOfBaseline ? "% of baseline" : " points")
        return "\(label): \(amount) (\(citation))"
    }
}

/// How to judge a change on one measure (`Protocols/measures.yaml`): the thresholds that
/// decide, those other sources publish, where they disagree, and other published cut-offs.
public struct ChangeRule: Hashable, Sendable {
    /// The change passes when any of these is met. Empty when no MCID is established.
    public var primary: [ChangeThreshold]
    /// Thresholds published elsewhere, shown beside the verdict.
    public var alternatives: [ChangeThreshold]
    /// Where sources disagree, in words for the letter; nil when they agree.
    public var disagreement: String?
    /// Cut-offs a letter mentions when they apply.
    public var cutOffs: [CutOff]

    public init(
        primary: [ChangeThreshold], alternatives: [ChangeThreshold] = [], disagreement: String? = nil,
        cutOffs: [CutOff] = []
    ) {
        self.primary = primary
        self.alternatives = alternatives
        self.disagreement = disagreement
        self.cutOffs = cutOffs
    }
}

/// A published cut-off and the note a letter gives when a change meets it ("a score of 2 or
/// less counts as recovered").
public struct CutOff: Hashable, Sendable {
    /// When the note applies.
    public enum Condition: Hashable, Sendable {
        /// The improvement is at least this percentage of the baseline.
        case improvementPercentAtLeast(Double)
        /// The baseline is below the first figure or above the second (where the measure is
        /// insensitive).
        case baselineOutside(Double, Double)
        /// The current score is at most this.
        case currentAtMost(Double)
    }

    public var condition: Condition
    /// The note, as the letter prints it.
    public var note: String
    /// The knowledge-base source key.
    public var source: String

    public init(_ condition: Condition, note: String, source: String) {
        self.condition = condition
        self.note = note
        self.source = source
    }

    /// Whether the note applies to a change from `baseline` to `current` (`improvement`
    /// positive when better).
    public func applies(baseline: Double, current: Double, improvement: Double) -> Bool {
        switch condition {
        case .improvementPercentAtLeast(let percent): baseline > 0 && improvement / baseline * 100 >= percent
        case .baselineOutside(let low, let high): baseline < low || baseline > high
        case .currentAtMost(let value): current <= value
        }
    }
}
