import LiaisonModel

/// Lays out the phases: the frame (names, weeks, goals, progression) comes from the matched
/// protocol with the highest priority; each phase offers every allowed exercise that any matched
/// protocol picks for that phase plus the whole-body goals' picks.
///
/// Candidates never depend on restrictions, so a restriction can only remove exercises, never
/// bring new ones in (a property the tests check).
struct PhaseBuilder {
    let base: KnowledgeBase
    let constraints: Constraints
    let allowed: Set<String>

    func build(_ matches: [ProtocolMatch]) -> (phases: [Phase], questions: [String]) {
        let frame = matches.max {
            ($0.clinicalProtocol.priority, $1.clinicalProtocol.id) < (
                $1.clinicalProtocol.priority, $0.clinicalProtocol.id
            )
        }
        guard let frame else { return ([], []) }
        var phases: [Phase] = []
        var questions: [String] = []
        for (index, framePhase) in frame.clinicalProtocol.phases.enumerated() {
            var chosen: [String: PlannedExercise] = [:]
            let ordered = [frame] + matches.filter { $0.clinicalProtocol.id != frame.clinicalProtocol.id }
            for match in ordered {  // the frame's own picks first, so their reasons win
                let phase = Self.aligned(match.clinicalProtocol.phases, index)
                for pick in phase?.exercises ?? [] where allowed.contains(pick.id.value) && chosen[pick.id.value] == nil
                {
                    let why =
                        pick.why.map { "\($0) (\(match.clinicalProtocol.name))" }
                        ?? "\(match.clinicalProtocol.name): \(match.clinicalProtocol.emphasis)"
                    chosen[pick.id.value] = planned(pick.id.value, why: why)
                }
            }
            for goal in base.defaults.wholeBody {
                let picks = Self.aligned(goal.byPhase, index) ?? []
                var covered = false
                for pick in picks {
                    guard allowed.contains(pick.id.value) else { continue }
                    covered = true
                    if chosen[pick.id.value] == nil {
                        let source = goal.source.map { " [\($0.value)]" } ?? ""
                        chosen[pick.id.value] = planned(pick.id.value, why: "Whole-body goal: \(goal.goal)\(source)")
                    }
                }
                if !covered {
                    questions.append(
                        "Phase \"\(framePhase.name)\" has no allowed exercise for \(goal.goal) under these "
                            + "restrictions. How would you like us to address it?")
                }
            }
            let exercises = chosen.values.map { (Self.rank($0), $0) }.sorted { ($0.0, $0.1.id) < ($1.0, $1.1.id) }
                .map(\.1)
            phases.append(
                Phase(
                    name: framePhase.name, weeks: framePhase.weeks, goals: framePhase.goals,
                    progression: framePhase.progression, exercises: exercises))
        }
        return (phases, questions)
    }

    /// The phase at `index`, or the last one when a list is shorter.
    static func aligned<T>(_ list: [T], _ index: Int) -> T? {
        list.isEmpty ? nil : list[min(index, list.count - 1)]
    }

    private func planned(_ id: String, why: String) -> PlannedExercise? {
        // Fields are read in place: copying a whole Exercise per pick shows up in the benchmark.
        guard allowed.contains(id), let index = base.exerciseIndex[id] else { return nil }
        let category = base.exercises[index].category
        var dose = base.exercises[index].dose
        var loadCap: String?
        if let cap = constraints.liftCap, base.exercises[index].load != nil {
            loadCap = "max \(Constraints.pounds(cap.pounds)) (restriction \"\(cap.text)\")"
            dose += ", external load at most \(Constraints.pounds(cap.pounds))"
        }
        if let cap = constraints.heartRateCap, category == .aerobic {
            dose += ", heart rate under \(cap.bpm) bpm"
        }
        return PlannedExercise(
            id: id, name: base.exercises[index].name, dose: dose, why: why, category: category.rawValue,
            loadCap: loadCap)
    }

    /// Program order: mobility, stabilisation, strength, aerobic, stretch (then by id).
    static func rank(_ exercise: PlannedExercise) -> Int {
        Exercise.Category(rawValue: exercise.category ?? "")?.rank ?? 99
    }
}
