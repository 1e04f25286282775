/// A published threshold for a meaningful change, with the source that states it.
public struct ChangeThreshold: Hashable, Sendable {
    /// The smallest improvement that counts: points on the scale, or a percentage of baseline.
    public var improvement: Double
    public var isPercentOfBaseline: Bool
    /// What the threshold is called (`MCID`, `MDC90`) and for which version of the measure.
    public var label: String
    /// Author and year, as a provider would look it up.
    public var source: String

    /// Whether `improvement` (positive = better) from `baseline` reaches the threshold.
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
        return "\(label): \(amount) (\(source))"
    }
}

/// How to judge a change on one measure: the thresholds that decide, those other sources
/// publish, and where they disagree. Data from ../shared/DOMAIN.md section 5.
public struct ChangeRule: Sendable {
    /// The change passes when any of these is met. Empty when no MCID is established.
    public var primary: [ChangeThreshold]
    /// Thresholds published elsewhere, shown beside the verdict.
    public var alternatives: [ChangeThreshold]
    /// Where sources disagree, in words for the letter; nil when they agree.
    public var disagreement: String?

    /// The rule for `measure`, or nil when change is not judged by a threshold (STarT Back
    /// reports a risk group).
    public static func rule(for measure: OutcomeMeasure) -> ChangeRule? {
        switch measure {
        case .odi:
            ChangeRule(
                primary: [
                    .init(improvement: 10, isPercentOfBaseline: false, label: "MCID", source: "Ostelo 2008"),
                    .init(improvement: 30, isPercentOfBaseline: true, label: "MCID", source: "Ostelo 2008"),
                ],
                alternatives: [
                    .init(
                        improvement: 6, isPercentOfBaseline: false, label: "MCID for the modified ODI",
                        source: "Fritz & Irrgang 2001")
                ],
                disagreement: "the modified ODI has a smaller published MCID (6 points) than the ODI (10 points)")
        case .rmdq:
            ChangeRule(
                primary: [.init(improvement: 5, isPercentOfBaseline: false, label: "MCID", source: "Ostelo 2008")],
                alternatives: [
                    .init(
                        improvement: 2, isPercentOfBaseline: false, label: "MCID, lower bound of 2-3",
                        source: "Roland, via Bombardier 2001")
                ],
                disagreement:
                    "sources disagree on the RMDQ MCID: 5 points (Ostelo 2008) against 2-3 (Roland, via Bombardier 2001)"
            )
        case .nprs:
            ChangeRule(
                primary: [
                    .init(improvement: 2, isPercentOfBaseline: false, label: "MCID", source: "Ostelo 2008; Childs 2005")
                ],
                alternatives: [
                    .init(improvement: 1.5, isPercentOfBaseline: false, label: "MCID at 4 weeks", source: "Childs 2005")
                ],
                disagreement: "Childs 2005 reports 2.2 points at 1 week and 1.5 at 4 weeks; Liaison uses 2")
        case .psfs:
            ChangeRule(
                primary: [],
                alternatives: [
                    .init(
                        improvement: 2, isPercentOfBaseline: false, label: "MDC90 for the mean",
                        source: "PSFS, precisionphysio")
                ],
                disagreement: "no verified MCID for the PSFS; the minimal detectable change is shown instead")
        case .startBack:
            nil
        }
    }
}
