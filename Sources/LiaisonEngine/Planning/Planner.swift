import LiaisonModel

/// Turns a referral into an explainable plan. Deterministic: same input, same plan, byte for
/// byte; everything it emits is sorted by a stable key.
public struct Planner: Sendable {
    public let knowledgeBase: KnowledgeBase

    public init(knowledgeBase: KnowledgeBase) {
        self.knowledgeBase = knowledgeBase
    }

    /// Plans for `referral` on `date`, with what the trainer knows of the client.
    public func plan(for referral: Referral, client: ClientProfile? = nil, on date: CalendarDate) -> Plan {
        let (matches, matchQuestions) = ProtocolMatcher(base: knowledgeBase).match(referral, client: client)
        let protocols = matches.map {
            MatchedProtocol(id: $0.clinicalProtocol.id, name: $0.clinicalProtocol.name, selectedBy: $0.selectedBy)
        }
        if !referral.redFlags.isEmpty {
            return Plan(
                status: .referBack, referenceDate: date, protocols: protocols,
                questions: referral.redFlags.map(Self.referBackReason), redFlags: referral.redFlags,
                reviewItems: referral.reviewItems)
        }
        let constraints = ConstraintBuilder(
            base: knowledgeBase, client: client, surgeryDate: client?.surgeryDate ?? referral.surgeryDate, date: date
        )
        .build(matches, restrictions: referral.restrictions)
        var excluded: [Exclusion] = []
        var allowed = [Bool](repeating: false, count: knowledgeBase.exercises.count)
        let avoided = constraints.reasons.keys.sorted()  // once per plan, then checked against every exercise
        let equipment = (client?.equipment).flatMap { $0.isEmpty ? nil : Set($0.map { $0.lowercased() }) }
        for index in knowledgeBase.exercises.indices {  // by index: no copy of each exercise
            let id = knowledgeBase.exercises[index].id
            var because = constraints.exclusion(of: knowledgeBase.exercises[index], patterns: avoided)
            if because.isEmpty, let missing = missingEquipment(knowledgeBase.exercises[index], have: equipment) {
                because = [missing]
            }
            if because.isEmpty {
                allowed[index] = true
            } else {
                let exercise = knowledgeBase.exercises[index]
                excluded.append(Exclusion(id: id, name: exercise.name, named: exercise.named, because: because))
            }
        }
        let (phases, phaseQuestions) = PhaseBuilder(base: knowledgeBase, constraints: constraints, allowed: allowed)
            .build(matches)
        // A question about safety comes before any about the program; none is ever silent.
        let needsReview = !constraints.conflicts.isEmpty || !referral.reviewItems.isEmpty
        let reviewQuestions = referral.reviewItems.map(ReviewQuestion.text)
        return Plan(
            status: needsReview ? .needsReview : .ready, referenceDate: date, protocols: protocols,
            contraindications: constraints.contraindications, phases: phases,
            excluded: excluded.sorted { $0.id < $1.id }, conflicts: constraints.conflicts,
            questions: (reviewQuestions + matchQuestions + constraints.questions + phaseQuestions).uniqued(),
            redFlags: [], reviewItems: referral.reviewItems,
            fitt: FITTBuilder(base: knowledgeBase).build(matches, heartRateCap: constraints.heartRateCap),
            expiredRestrictions: constraints.expired, precautions: constraints.precautions.uniqued())
    }

    /// The reason a red flag stops the plan, in words for the provider.
    static func referBackReason(_ flag: RedFlag) -> String {
        let urgency =
            flag.kind.isEmergency
            ? "This needs same-day emergency assessment; the client has been sent back to you."
            : "No program will start until you have assessed it."
        return "Red flag (\(flag.kind.label)): the referral says \(Quoted.sentence(flag.text)) \(urgency)"
    }

    /// Why `exercise` cannot be done with the client's equipment (`have`, lower-cased; nil when
    /// the profile lists none).
    private func missingEquipment(_ exercise: Exercise, have: Set<String>?) -> Reason? {
        guard let have else { return nil }
        let missing = exercise.equipment.filter { !have.contains($0.lowercased()) }
        return missing.isEmpty ? nil : .missingEquipment(missing)
    }
}
