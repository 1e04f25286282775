import LiaisonModel

/// What a mention means for the plan: the one place where an assertion becomes a red flag, a
/// question for the provider, or nothing. When unsure, a question, never silence.
///
/// - An affirmed `definite` concept is a red flag; an affirmed `possible` concept a question.
/// - A suspected emergency (cauda equina, aortic aneurysm) is a red flag: it cannot wait for an
///   answer (R2). Any other suspicion is a question.
/// - A past cancer is a red flag (DOMAIN.md section 3); any other past red flag a question, since
///   the referral does not say it is over.
/// - Negated, hypothetical and family mentions are cleared only by a trigger of their own or of
///   their list's heading; by a tentative trigger or a section's default alone they are questions,
///   and an emergency a tentative trigger would clear stays a red flag.
enum RedFlagPolicy {
    enum Outcome: Equatable {
        case redFlag(RedFlag.Kind, Assertion)
        case review(RedFlag.Kind?, Assertion)
        case holdExercise
        case cleared
    }

    static func outcome(of rule: ConceptRule, _ asserted: MentionAssertion) -> Outcome {
        let clearing: Set<Assertion> = [.negated, .hypothetical, .family]
        if clearing.contains(asserted.assertion) {
            if asserted.basis == .trigger { return .cleared }
            // An emergency that a tentative word may clear ("tearing back pain, analgesia given")
            // is still an emergency: it cannot wait for an answer (R2).
            if asserted.basis == .tentative, case .redFlag(let kind) = rule.target, kind.isEmergency,
                rule.certainty == .definite
            {
                return .redFlag(kind, .affirmed)
            }
            return uncertain(rule.target, asserted.assertion)
        }
        switch rule.target {
        case .holdExercise: return .holdExercise
        case .unspecifiedRedFlag: return .review(nil, asserted.assertion)
        case .redFlag(let kind):
            guard rule.certainty == .definite else { return .review(kind, asserted.assertion) }
            switch asserted.assertion {
            case .affirmed: return .redFlag(kind, .affirmed)
            case .possible: return kind.isEmergency ? .redFlag(kind, .possible) : .review(kind, .possible)
            case .historical: return kind == .cancerHistory ? .redFlag(kind, .historical) : .review(kind, .historical)
            case .negated, .hypothetical, .family: return .cleared  // handled above
            }
        }
    }

    private static func uncertain(_ target: ConceptRule.Target, _ assertion: Assertion) -> Outcome {
        switch target {
        case .holdExercise: .holdExercise
        case .unspecifiedRedFlag: .review(nil, assertion)
        case .redFlag(let kind): .review(kind, assertion)
        }
    }
}
