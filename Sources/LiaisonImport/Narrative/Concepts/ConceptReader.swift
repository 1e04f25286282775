import LiaisonModel

/// What the concept reader found in a block: red flags, and what a person must confirm.
struct ConceptFindings: Sendable, Equatable {
    var redFlags: [RedFlag] = []
    var reviewItems: [ReviewItem] = []
}

/// Finds red-flag concepts in provider text and decides, by their ConText assertion, which are
/// red flags, which are questions and which are cleared (issue 9).
extension LanguageReader {
    /// Reads one sentence. `inherited` is what the heading of the sentence's list asserts. A
    /// finding quotes the clause its concept was found in (the clauses it spans, for a concept
    /// that may cross a semicolon). Returns whether the sentence speaks of holding exercise,
    /// however asserted ("Training pausieren bis …", "Bei einem Sturz das Training abbrechen"):
    /// such a sentence is no restriction.
    @discardableResult
    func read(
        sentence: Sentence, context: NarrativeContext, inherited: ContextCue.Category?,
        sectionDefault: Assertion?, into findings: inout ConceptFindings
    ) -> Bool {
        let source = Provenance(context)
        let (tokens, clauseOf) = Self.joined(sentence)
        var held = false
        for (rule, asserted, span) in asserted(
            tokens: tokens, context: context, inherited: inherited, sectionDefault: sectionDefault)
        {
            if rule.target == .holdExercise { held = true }
            let clauses = clauseOf[span.lowerBound]...clauseOf[span.upperBound]
            let text = sentence.clauses[clauses].map(\.text).joined(separator: " ")
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

    /// A sentence's clauses as one run of tokens with a ";" between clauses, and the clause of
    /// each token.
    static func joined(_ sentence: Sentence) -> (tokens: [Token], clauseOf: [Int]) {
        var tokens: [Token] = []
        var clauseOf: [Int] = []
        for (index, clause) in sentence.clauses.enumerated() {
            if index > 0 {
                tokens.append(Token(";", kind: .symbol))
                clauseOf.append(index)
            }
            tokens += clause.tokens
            clauseOf += repeatElement(index, count: clause.tokens.count)
        }
        return (tokens, clauseOf)
    }

    /// Every concept mention of a run of tokens with its assertion and the tokens it spans (first
    /// to last), before the policy decides. A `possible` mention is left out where a `definite`
    /// one of the same target is not cleared; a downgraded mention comes with its rule made
    /// `possible`.
    func asserted(
        tokens: [Token], context: NarrativeContext, inherited: ContextCue.Category?, sectionDefault: Assertion?
    ) -> [(ConceptRule, MentionAssertion, ClosedRange<Int>)] {
        // A very long run (pasted text with no full stop) is read in pieces, so the cost stays linear.
        if tokens.count > Self.longestRun {
            return stride(from: 0, to: tokens.count, by: Self.longestRun).flatMap { start in
                asserted(
                    tokens: Array(tokens[start..<min(tokens.count, start + Self.longestRun)]), context: context,
                    inherited: inherited, sectionDefault: sectionDefault
                ).map { ($0.0, $0.1, ($0.2.lowerBound + start)...($0.2.upperBound + start)) }
            }
        }
        let run = Words(tokens, lemmatizer: lemmatizer, referenceYear: context.referenceDate?.year)
        let words = run.lemmas
        guard words.contains(where: termStarts.contains) else { return [] }
        let prepared = self.cues.prepared(words)
        let terms = termMatches(words, prepared: prepared)
        let cues = cueMatches(words, terms: terms, prepared: prepared)
        // Terminations of every category ("while", "but", ";") part an unless word from a concept.
        let stops = Set(
            cues.filter { $0.cues.contains { $0.category == .termination && $0.terminates.isEmpty } }.map(\.start))
        let reaches = ContextAssertion.reaches(
            cues, words: words, commas: run.commaBefore, dashes: run.dashBefore, terms: terms)
        let mentions = mentions(
            terms, words: words, asidesBefore: run.asidesBefore, stops: stops,
            denied: ContextAssertion.deniedNear(reaches)
        ).filter {
            !concepts[$0.concept].rule.notIn.contains(context.kind)
        }
        guard !mentions.isEmpty else { return [] }
        let read = mentions.map { mention -> (ConceptRule, MentionAssertion, ClosedRange<Int>) in
            var rule = concepts[mention.concept].rule
            if mention.downgraded { rule.certainty = .possible }
            let asserted = ContextAssertion.assertion(
                of: mention, reaches: reaches, inherited: inherited, sectionDefault: sectionDefault)
            let span = run.tokenOf[mention.start]...run.tokenOf[max(mention.start, mention.end - 1)]
            return (rule, asserted, span)
        }
        // A concept whose clearing concept is denied in the sentence becomes a question, never
        // cleared: "Fell from a ladder; CT showed no fracture" is for the provider to confirm (an
        // X-ray can miss a fracture, a CT may still be pending), not a referral back.
        let denied = Set(read.filter { $0.1.assertion == .negated && $0.1.basis == .trigger }.map(\.0.id))
        // A relative's past illness stays the relative's: a historical mention inside a family
        // one of the same concept ("Sa sœur a été opérée d'un syndrome de la queue de cheval l'an
        // dernier", where the relative's reach ends before "queue de cheval") is the family's.
        let family = read.filter { $0.1.assertion == .family }
        let found = read.map { item -> (ConceptRule, MentionAssertion, ClosedRange<Int>) in
            if item.1.assertion == .historical,
                let relative = family.first(where: {
                    $0.0.id == item.0.id && $0.2.contains(item.2.lowerBound) && $0.2.contains(item.2.upperBound)
                })
            {
                return (item.0, relative.1, item.2)
            }
            guard item.0.clearedBy.contains(where: denied.contains), item.1.assertion == .affirmed else { return item }
            return (item.0, MentionAssertion(assertion: .possible, basis: .trigger), item.2)
        }
        let standing = Set(
            found.filter { $0.0.certainty == .definite && RedFlagPolicy.outcome(of: $0.0, $0.1) != .cleared }
                .map(\.0.target))
        return found.filter { $0.0.certainty == .definite || !standing.contains($0.0.target) }
    }

    /// The most tokens read as one run.
    static let longestRun = 160

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
