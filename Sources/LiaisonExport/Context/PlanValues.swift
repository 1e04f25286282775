import LiaisonModel

/// Context values for the plan: status, protocols, the weekly dose, phases, what is avoided and
/// why. Sources are numbered in `references` in the order the letter cites them.
enum PlanValues {
    static func plan(_ plan: Plan, references: inout References) -> TemplateValue {
        let fittKeys = plan.fitt.compactMap(\.source).flatMap { references.keys(inCitation: $0) }.uniqued()
        let fittRefs = references.numbers(fittKeys)
        var avoid: [TemplateValue] = []
        for item in plan.contraindications {
            avoid.append(Self.avoid(item, excluded: plan.excluded, references: &references))
        }
        let precautions = plan.precautions.map { text in
            let (words, refs) = references.split(text)
            return Values.compact(["text": words, "refs": refs])
        }
        return Values.compact([
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
            "fittRefs": fittRefs,
            "phases": Values.list(
                plan.phases.enumerated().map { index, item in
                    phase(item, after: index > 0 ? plan.phases[index - 1] : nil)
                }),
            "fittSources": Values.list(plan.fitt.compactMap(\.source).uniqued()),
            "avoid": Values.list(avoid),
            "loadCaps": Values.list(
                plan.phases.flatMap(\.exercises).compactMap(\.loadCap?.pounds).uniqued().sorted().map(Pounds.text)),
            "conflicts": Values.list(
                plan.conflicts.map {
                    Values.compact([
                        "pattern": PatternNames.text($0.pattern), "description": $0.words,
                        "prefers": $0.prefers.map(\.words).joined(separator: "; "),
                        "forbids": $0.forbids.map(\.words).joined(separator: "; "),
                    ])
                }),
            "precautions": Values.list(precautions),
            "excluded": Values.list(
                plan.excluded.map { Values.compact(["id": $0.id, "name": $0.name, "reason": $0.words]) }),
        ])
    }

    /// One avoided pattern: the well-known exercises it rules out, the first protocol rule's
    /// reason with the protocols that set it and their sources, how sources disagree, and the
    /// provider's instructions behind it.
    static func avoid(_ item: Contraindication, excluded: [Exclusion], references: inout References) -> TemplateValue {
        var rules: [ProtocolRule] = []
        var restrictions: [Restriction] = []
        var others: [String] = []
        for reason in item.because {
            switch reason {
            case .rule(let rule): rules.append(rule)
            case .restriction(let restriction): restrictions.append(restriction)
            default: others.append(reason.words)
            }
        }
        let examples = excluded.filter { exclusion in
            exclusion.named
                && exclusion.because.contains {
                    if case .avoided(let pattern, _) = $0 { return pattern == item.pattern }
                    return false
                }
        }
        return Values.compact([
            "pattern": PatternNames.text(item.pattern),
            "examples": Values.list(examples.map(\.name)),
            "why": rules.first.map { lowerFirst($0.words) },
            "protocols": Values.list(rules.map(\.protocolRef.name).uniqued()),
            "refs": references.numbers(rules.compactMap(\.source)),
            "disputed": rules.compactMap(\.disputed).first,
            "restrictions": Values.list(restrictions.map(ReasonValues.restriction).uniqued()),
            "others": Values.list(others),
            "because": Values.list(item.because.map(\.words)),
            "reasons": Values.list(item.because.map(ReasonValues.reason)),
        ])
    }

    /// `Flexion raises …` as `flexion raises …`, to follow a semicolon; `NSAIDs …` stays.
    static func lowerFirst(_ text: String) -> String {
        guard let first = text.first, text.dropFirst().first?.isLowercase == true else { return text }
        return first.lowercased() + text.dropFirst()
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
