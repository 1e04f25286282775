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
    /// Whether each library exercise (by its index in ``KnowledgeBase/exercises``) is allowed.
    let allowed: [Bool]

    func build(_ matches: [ProtocolMatch]) -> (phases: [Phase], questions: [String]) {
        let frame = matches.max {
            ($0.clinicalProtocol.priority, $1.clinicalProtocol.id) < (
                $1.clinicalProtocol.priority, $0.clinicalProtocol.id
            )
        }
        guard let frame else { return ([], []) }
        var phases: [Phase] = []
        var questions: [String] = []
        // The frame's own picks come first, so their reasons win.
        let ordered = [frame] + matches.filter { $0.clinicalProtocol.id != frame.clinicalProtocol.id }
        for (index, framePhase) in frame.clinicalProtocol.phases.enumerated() {
            // Chosen exercises by library index: arrays, not string-keyed dictionaries, as this
            // runs for every phase of every document.
            var chosen = [PlannedExercise?](repeating: nil, count: allowed.count)
            for match in ordered {
                for pick in Self.aligned(match.clinicalProtocol.phases, index)?.exercises ?? [] {
                    guard let at = allowedIndex(pick), chosen[at] == nil else { continue }
                    let why = ProtocolPick(
                        protocolRef: match.ref, why: pick.why, emphasis: match.clinicalProtocol.emphasis)
                    chosen[at] = planned(at, because: .pick(why))
                }
            }
            for goal in base.defaults.wholeBody {
                var covered = false
                for pick in Self.aligned(goal.byPhase, index) ?? [] {
                    guard let at = allowedIndex(pick) else { continue }
                    covered = true
                    if chosen[at] == nil {
                        chosen[at] = planned(at, because: .wholeBodyGoal(goal.goal, source: goal.source?.value))
                    }
                }
                if !covered {
                    questions.append(
                        "Phase \"\(framePhase.name)\" has no allowed exercise for \(goal.goal) under these "
                            + "restrictions. How would you like us to address it?")
                }
            }
            let exercises = chosen.indices.compactMap { at in chosen[at].map { (base.exercises[at].category.rank, $0) }
            }
            .sorted { ($0.0, $0.1.id) < ($1.0, $1.1.id) }.map(\.1)
            phases.append(
                Phase(
                    name: framePhase.name, weeks: framePhase.weeks, goals: framePhase.goals,
                    progression: framePhase.progression, exercises: exercises))
        }
        return (phases, questions)
    }

    /// The library index of a pick that is allowed, or nil.
    private func allowedIndex(_ pick: Pick) -> Int? {
        guard let at = base.exerciseIndex[pick.id.value], allowed[at] else { return nil }
        return at
    }

    /// The phase at `index`, or the last one when a list is shorter.
    static func aligned<T>(_ list: [T], _ index: Int) -> T? {
        list.isEmpty ? nil : list[min(index, list.count - 1)]
    }

    private func planned(_ index: Int, because reason: Reason) -> PlannedExercise {
        // Fields are read in place: copying a whole Exercise per pick shows up in the benchmark.
        let category = base.exercises[index].category
        var dose = base.exercises[index].dose
        var loadCap: LoadCap?
        if let cap = constraints.liftCap, base.exercises[index].load != nil {
            loadCap = LoadCap(pounds: cap.pounds, restriction: cap.restriction)
            dose += ", external load at most \(Pounds.text(cap.pounds))"
        }
        if let cap = constraints.heartRateCap, category == .aerobic {
            dose += ", heart rate under \(cap.bpm) bpm"
        }
        return PlannedExercise(
            id: base.exercises[index].id, name: base.exercises[index].name, dose: dose, because: [reason],
            category: category.rawValue, loadCap: loadCap)
    }
}
