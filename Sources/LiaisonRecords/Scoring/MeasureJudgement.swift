import LiaisonModel

/// Judges a change on one measure by its rule from the knowledge base (`Protocols/measures.yaml`).
enum MeasureJudgement {
    /// Compares the first and last administration of `measure`; `rule` is nil when change is not
    /// judged by a threshold (STarT Back reports a risk group).
    static func change(
        _ measure: OutcomeMeasure, rule: ChangeRule?, baseline: MeasureScore, on baselineDate: CalendarDate,
        current: MeasureScore, on currentDate: CalendarDate
    ) -> MeasureChange {
        var change = MeasureChange(
            measure: measure, baseline: baseline, on: baselineDate, current: current, on: currentDate,
            verdict: .notApplicable)
        guard let rule, baselineDate < currentDate else {
            if measure == .startBack, baselineDate < currentDate {
                change.notes.append("risk group \(baseline.band ?? "?") at baseline, \(current.band ?? "?") now")
            }
            return change
        }
        let (gained, start) = (change.improvement, baseline.value)
        let primary = rule.primary.map {
            ThresholdResult(threshold: $0, met: $0.isMet(improvement: gained, baseline: start))
        }
        let others = rule.alternatives.map {
            ThresholdResult(threshold: $0, met: $0.isMet(improvement: gained, baseline: start))
        }
        change.thresholds = primary + others
        if rule.primary.isEmpty {
            change.verdict = .noEstablishedMCID
        } else if primary.contains(where: \.met) {
            change.verdict = .passes
        } else {
            change.verdict = others.contains(where: \.met) ? .passesSomeSources : .doesNotPass
        }
        if let disagreement = rule.disagreement { change.notes.append(disagreement) }
        change.notes += rule.cutOffs.filter {
            $0.applies(baseline: baseline.value, current: current.value, improvement: gained)
        }.map(\.note)
        return change
    }
}
