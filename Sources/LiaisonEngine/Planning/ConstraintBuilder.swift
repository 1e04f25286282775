import LiaisonModel

/// Builds the ``Constraints`` of a plan: protocol rules (minus those whose time has passed),
/// provider restrictions in force, and conflicts between what one protocol prefers and another
/// forbids.
struct ConstraintBuilder {
    let base: KnowledgeBase
    let client: ClientProfile?
    /// The surgery date: the client profile's, else the one the referral gives.
    let surgeryDate: CalendarDate?
    let date: CalendarDate

    func build(_ matches: [ProtocolMatch], restrictions: [Restriction]) -> Constraints {
        var out = Constraints()
        var preferred: [Pattern: [ProtocolRule]] = [:]
        var forbiddenBy: [Pattern: [ProtocolRule]] = [:]
        for match in matches {
            let proto = match.clinicalProtocol
            for rule in proto.avoid where applies(rule, in: proto, constraints: &out) {
                guard let pattern = Pattern(name: rule.pattern.value) else { continue }  // the checker refuses these
                out.forbid(pattern, because: .rule(reason(rule, match)))
                forbiddenBy[pattern, default: []].append(reason(rule, match, withDispute: false))
            }
            for rule in proto.prefers where applies(rule, in: proto, constraints: &out) {
                guard let pattern = Pattern(name: rule.pattern.value) else { continue }
                preferred[pattern, default: []].append(reason(rule, match, withDispute: false))
            }
            for note in proto.precautions { out.precautions.append(cited(note)) }
            for note in proto.questions { out.questions.append(note.text) }
        }
        for pattern in preferred.keys.sorted() {
            guard let prefers = preferred[pattern], let forbids = forbiddenBy[pattern] else { continue }
            out.conflicts.append(
                Conflict(pattern: pattern, prefers: prefers.map(Reason.rule), forbids: forbids.map(Reason.rule)))
            let (wanted, refused) = (
                prefers.map(\.plainWords), forbids.map(\.plainWords)
            )
            out.questions.append(
                "The protocols for this referral disagree on \(pattern): \(wanted.joined(separator: "; ")) — but "
                    + "\(refused.joined(separator: "; ")). Which should lead? Until you answer, the plan avoids \(pattern)."
            )
        }
        RestrictionRules.apply(restrictions, on: date, preferred: preferred, to: &out)
        return out
    }

    /// Whether a timed rule is in force on the reference date for this client.
    private func applies(_ rule: PatternRule, in proto: ClinicalProtocol, constraints: inout Constraints) -> Bool {
        if let weeks = rule.untilWeeksAfterSurgery {
            if let surgery = surgeryDate {
                let end = surgery.adding(days: weeks * 7)
                if date >= end {
                    constraints.precautions.append(
                        "\(proto.name): the \(rule.pattern.value) precaution ended \(end) (\(weeks) weeks after "
                            + "surgery on \(surgery)).")
                    return false
                }
            } else {
                let question =
                    "When was the surgery? The \(proto.name) precautions are timed from it and stay in force "
                    + "until it is known."
                if !constraints.questions.contains(question) { constraints.questions.append(question) }
            }
        }
        if let week = rule.fromPregnancyWeek, let current = client?.pregnancyWeeks, current < week { return false }
        return true
    }

    /// The rule as a reason, with its source; the note on how sources disagree goes with the
    /// contraindication, not again into every conflict and question that quotes the rule.
    private func reason(_ rule: PatternRule, _ match: ProtocolMatch, withDispute: Bool = true) -> ProtocolRule {
        ProtocolRule(
            protocolRef: match.ref, words: rule.because, source: rule.source?.value,
            disputed: withDispute ? rule.disputed : nil)
    }

    private func cited(_ note: Note) -> String {
        note.source.map { "\(note.text) [\($0.value)]" } ?? note.text
    }
}
