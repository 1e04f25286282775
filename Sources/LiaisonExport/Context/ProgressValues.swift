import LiaisonModel

/// Context values for progress and discharge letters: attendance, measures, notes.
enum ProgressValues {
    static func progress(_ record: ProgressRecord, changes: [MeasureChange]) -> TemplateValue {
        var attendance: TemplateValue?
        if let sessions = record.sessions {
            let percent = sessions.scheduled == 0 ? 0 : Double(sessions.attended) / Double(sessions.scheduled) * 100
            attendance = Values.compact([
                "attended": sessions.attended, "scheduled": sessions.scheduled,
                "percent": MeasureNumber.format(percent.rounded()),
            ])
        }
        return Values.compact([
            "from": record.from?.description, "to": record.to?.description, "attendance": attendance,
            "measures": Values.list(changes.map(measure)), "observations": Values.list(record.observations),
            "planChanges": Values.list(record.planChanges), "adverseEvents": Values.list(record.adverseEvents),
            "nextReport": record.nextReport?.description, "summary": record.summary,
            "homeProgram": Values.list(record.homeProgram),
        ])
    }

    static func measure(_ change: MeasureChange) -> TemplateValue {
        let measure = change.measure
        let repeated = change.baselineDate < change.currentDate
        return Values.compact([
            "name": measure.name, "id": measure.rawValue,
            "baseline": score(change.baseline, on: change.baselineDate),
            "current": repeated ? score(change.current, on: change.currentDate) : nil,
            "change": repeated ? MeasureNumber.signed(change.change) : nil,
            "passes": change.verdict == .passes, "passesSomeSources": change.verdict == .passesSomeSources,
            "doesNotPass": change.verdict == .doesNotPass, "noEstablishedMCID": change.verdict == .noEstablishedMCID,
            "notJudged": change.verdict == .notApplicable, "onlyBaseline": !repeated,
            "thresholds": Values.list(
                change.thresholds.map { Values.compact(["text": $0.threshold.text, "met": $0.met]) }),
            "notes": Values.list(change.notes),
        ])
    }

    static func score(_ score: MeasureScore, on date: CalendarDate) -> TemplateValue {
        Values.compact([
            "value": score.measure.format(score.value), "date": date.description, "band": score.band,
            "detail": score.detail,
        ])
    }
}
