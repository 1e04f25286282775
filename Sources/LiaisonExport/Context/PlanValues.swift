import LiaisonModel

/// Context values for the plan: status, protocols, FITT, phases, what is avoided and why.
enum PlanValues {
    static func plan(_ plan: Plan) -> TemplateValue {
        Values.compact([
            "status": plan.status.rawValue,
            "ready": plan.status == .ready, "needsReview": plan.status == .needsReview,
            "referBack": plan.status == .referBack, "referenceDate": plan.referenceDate.description,
            "protocols": Values.list(
                plan.protocols.map {
                    Values.compact([
                        "name": $0.name ?? $0.id, "id": $0.id,
                        "matchedBy": $0.selectedBy.map(\.words).joined(separator: "; "),
                    ])
                }),
            "fitt": Values.list(
                plan.fitt.map {
                    Values.compact([
                        "component": $0.component, "frequency": $0.frequency, "intensity": $0.intensity,
                        "time": $0.time, "type": $0.type, "source": $0.source,
                    ])
                }),
            "phases": Values.list(
                plan.phases.enumerated().map { index, item in
                    phase(item, after: index > 0 ? plan.phases[index - 1] : nil)
                }),
            "fittSources": Values.list(plan.fitt.compactMap(\.source).uniqued()),
            "avoid": Values.list(
                plan.contraindications.map {
                    Values.compact([
                        "pattern": PatternNames.text($0.pattern), "because": Values.list($0.because.map(\.words)),
                        "reasons": Values.list($0.because.map(ReasonValues.reason)),
                    ])
                }),
            "conflicts": Values.list(
                plan.conflicts.map {
                    Values.compact([
                        "pattern": PatternNames.text($0.pattern), "description": $0.words,
                        "prefers": $0.prefers.map(\.words).joined(separator: "; "),
                        "forbids": $0.forbids.map(\.words).joined(separator: "; "),
                    ])
                }),
            "precautions": Values.list(plan.precautions),
            "excluded": Values.list(plan.excluded.map { Values.compact(["id": $0.id, "reason": $0.words]) }),
        ])
    }

    /// A phase; exercises the previous phase already had with the same dose are listed by name
    /// only (`continued`), which keeps a typical initial letter within two pages.
    static func phase(_ phase: Phase, after previous: Phase?) -> TemplateValue {
        let before = Set((previous?.exercises ?? []).map { "\($0.id)\u{0}\($0.dose)" })
        let isContinued = { (exercise: PlannedExercise) in before.contains("\(exercise.id)\u{0}\(exercise.dose)") }
        return Values.compact([
            "name": phase.name, "weeks": phase.weeks, "goals": Values.list(phase.goals),
            "progression": Values.list(phase.progression),
            "continued": Values.list(phase.exercises.filter(isContinued).map(\.name)),
            "exercises": Values.list(
                phase.exercises.filter { !isContinued($0) }.map {
                    Values.compact([
                        "name": $0.name, "dose": $0.dose, "why": $0.why, "category": $0.category,
                        "loadCap": $0.loadCap?.words,
                    ])
                }),
        ])
    }
}
