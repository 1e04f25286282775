import LiaisonModel

/// Context values for the plan: status, protocols, FITT, phases, what is avoided and why.
enum PlanValues {
    static func plan(_ plan: Plan) -> [String: Any] {
        Values.compact([
            "status": plan.status.rawValue,
            "ready": plan.status == .ready, "needsReview": plan.status == .needsReview,
            "referBack": plan.status == .referBack, "referenceDate": plan.referenceDate.description,
            "protocols": Values.list(
                plan.protocols.map {
                    Values.compact([
                        "name": $0.name ?? $0.id, "id": $0.id, "matchedBy": $0.matchedBy.joined(separator: "; "),
                    ])
                }),
            "fitt": Values.list(
                plan.fitt.map {
                    Values.compact([
                        "component": $0.component, "frequency": $0.frequency, "intensity": $0.intensity,
                        "time": $0.time, "type": $0.type, "source": $0.source,
                    ])
                }),
            "phases": Values.list(plan.phases.map(phase)),
            "avoid": Values.list(
                plan.contraindications.map {
                    ["pattern": PatternNames.text($0.pattern), "because": $0.because] as [String: Any]
                }),
            "conflicts": Values.list(
                plan.conflicts.map {
                    Values.compact([
                        "pattern": PatternNames.text($0.pattern), "description": $0.description,
                        "prefers": $0.prefers.joined(separator: "; "), "forbids": $0.forbids.joined(separator: "; "),
                    ])
                }),
            "precautions": Values.list(plan.precautions),
            "excluded": Values.list(plan.excluded.map { ["id": $0.id, "reason": $0.reason] }),
        ])
    }

    static func phase(_ phase: Phase) -> [String: Any] {
        Values.compact([
            "name": phase.name, "weeks": phase.weeks, "goals": Values.list(phase.goals),
            "progression": Values.list(phase.progression),
            "exercises": Values.list(
                phase.exercises.map {
                    Values.compact([
                        "name": $0.name, "dose": $0.dose, "why": $0.why, "category": $0.category, "loadCap": $0.loadCap,
                    ])
                }),
        ])
    }
}
