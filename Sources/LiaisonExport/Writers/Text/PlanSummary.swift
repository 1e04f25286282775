import LiaisonModel

/// The readable summary `liaison plan --format text` prints: what a trainer acts on first
/// (status, red flags, questions), then the program, then what was left out and why.
public enum PlanSummary {
    public static func text(_ plan: Plan, title: String) -> String {
        var lines = ["Plan for \(title) (as of \(plan.referenceDate))", "Status: \(statusLine(plan.status))"]
        func section(_ heading: String, _ items: [String]) {
            guard !items.isEmpty else { return }
            lines.append("")
            lines.append(heading)
            lines += items.map { "  - \($0)" }
        }
        section("Red flags", plan.redFlags.map { "\($0.kind.rawValue): \"\($0.text)\"" })
        section("Questions for the provider", plan.questions)
        section(
            "Protocols",
            plan.protocols.map {
                "\($0.name ?? $0.id) [\($0.id)], matched by \($0.selectedBy.map(\.words).joined(separator: ", "))"
            })
        section("Conflicts", plan.conflicts.map { "\($0.pattern): \($0.words)" })
        section(
            "Avoid", plan.contraindications.map { "\($0.pattern): \($0.because.map(\.words).joined(separator: " | "))" }
        )
        section("Precautions", plan.precautions)
        section(
            "Expired restrictions (not applied)",
            plan.expiredRestrictions.map { "\"\($0.text)\" (until \($0.until.map(String.init(describing:)) ?? "?"))" })
        for phase in plan.phases {
            lines.append("")
            lines.append("Phase: \(phase.name) (weeks \(phase.weeks))")
            if !phase.goals.isEmpty { lines.append("  Goals: \(phase.goals.joined(separator: "; "))") }
            for exercise in phase.exercises {
                lines.append("  * \(exercise.name) [\(exercise.id)]: \(exercise.dose)")
                lines.append("      why: \(exercise.why)")
            }
            if !phase.progression.isEmpty {
                lines.append("  Move on when: \(phase.progression.joined(separator: "; "))")
            }
        }
        section(
            "Dosing (FITT)",
            plan.fitt.map {
                "\($0.component): \($0.frequency); \($0.intensity); \($0.time); \($0.type)"
                    + ($0.source.map { " [\($0)]" } ?? "")
            })
        section("Left out", plan.excluded.map { "\($0.id): \($0.words)" })
        return lines.joined(separator: "\n") + "\n"
    }

    static func statusLine(_ status: Plan.Status) -> String {
        switch status {
        case .ready: "ready - the program can start as written"
        case .needsReview: "needs-review - ask the provider the questions below before starting"
        case .referBack: "refer-back - no program; the client goes back to the provider"
        }
    }
}
