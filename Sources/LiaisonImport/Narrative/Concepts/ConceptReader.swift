import LiaisonModel

/// What the concept reader found in a block: red flags, and what a person must confirm.
struct ConceptFindings: Sendable, Equatable {
    var redFlags: [RedFlag] = []
    var reviewItems: [ReviewItem] = []
}

/// Finds red-flag concepts in provider text and decides, by their ConText assertion, which are
/// red flags, which are questions and which are cleared (issue 9).
extension LanguageReader {
    /// Reads one clause. `inherited` is what the heading of the clause's list asserts. Returns
    /// whether the clause speaks of holding exercise, however asserted ("Training pausieren bis
    /// …", "Bei einem Sturz das Training abbrechen"): such a clause is no restriction.
    @discardableResult
    func read(
        clause text: String, tokens: [Token], context: NarrativeContext, inherited: ContextCue.Category?,
        sectionDefault: Assertion?, into findings: inout ConceptFindings
    ) -> Bool {
        let source = Provenance(context)
        var held = false
        for (rule, asserted) in asserted(
            tokens: tokens, context: context, inherited: inherited, sectionDefault: sectionDefault)
        {
            if rule.target == .holdExercise { held = true }
            switch RedFlagPolicy.outcome(of: rule, asserted) {
            case .cleared: continue
            case .redFlag(let kind, let assertion):
                let flag = RedFlag(kind: kind, text: text, source: source, assertion: assertion)
                if !findings.redFlags.contains(where: { $0.kind == kind && $0.text == text }) {
                    findings.redFlags.append(flag)
                }
            case .review(let kind, let assertion):
                add(
                    ReviewItem(kind: .possibleRedFlag, flag: kind, assertion: assertion, text: text, source: source),
                    to: &findings)
            case .holdExercise:
                add(
                    ReviewItem(kind: .holdExercise, assertion: asserted.assertion, text: text, source: source),
                    to: &findings)
            }
        }
        return held
    }

    /// Every concept mention of a clause with its assertion, before the policy decides.
    func asserted(
        tokens: [Token], context: NarrativeContext, inherited: ContextCue.Category?, sectionDefault: Assertion?
    ) -> [(ConceptRule, MentionAssertion)] {
        let words = Words(tokens, lemmatizer: lemmatizer, referenceYear: context.referenceDate?.year).lemmas
        guard words.contains(where: termStarts.contains) else { return [] }
        let terms = termMatches(words)
        let mentions = mentions(terms)
        guard !mentions.isEmpty else { return [] }
        let reaches = ContextAssertion.reaches(cueMatches(words, terms: terms), words: words, terms: terms)
        return mentions.map { mention in
            (
                concepts[mention.concept].rule,
                ContextAssertion.assertion(
                    of: mention, reaches: reaches, inherited: inherited, sectionDefault: sectionDefault)
            )
        }
    }

    /// The trigger category a list heading passes to its items, if any.
    func inheritedCategory(ofHeading heading: String, context: NarrativeContext) -> ContextCue.Category? {
        let words = Words(tokens(heading), lemmatizer: lemmatizer, referenceYear: nil).lemmas
        let reaches = ContextAssertion.reaches(cueMatches(words, terms: []), words: words, terms: [])
        return ContextAssertion.inherited(from: words, reaches: reaches)
    }

    private func add(_ item: ReviewItem, to findings: inout ConceptFindings) {
        if !findings.reviewItems.contains(where: {
            $0.kind == item.kind && $0.flag == item.flag && $0.text == item.text
        }) {
            findings.reviewItems.append(item)
        }
    }
}
