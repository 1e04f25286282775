import LiaisonModel

/// A concept found in a clause: which concept, and the words from its first part to its last.
struct Mention: Sendable {
    let concept: Int
    let start: Int
    let end: Int
    /// The words of its parts (a mention's triggers are judged on these, not on the gaps).
    let parts: [Range<Int>]
}

extension LanguageReader {
    /// Every concept whose parts all occur within its window, in any order; each part a
    /// different term. A `possible` concept is left out where a `definite` one with the same
    /// target was found in the clause, and a mention is never reported twice for one span.
    func mentions(_ terms: [TermMatch]) -> [Mention] {
        guard !terms.isEmpty else { return [] }
        var found: [Mention] = []
        for (index, concept) in concepts.enumerated() {
            guard let first = concept.requires.first else { continue }
            for anchor in terms.indices where terms[anchor].classes.contains(first) {
                guard let mention = mention(of: index, anchor: anchor, in: terms) else { continue }
                if !found.contains(where: { $0.concept == index && $0.start == mention.start && $0.end == mention.end })
                {
                    found.append(mention)
                }
            }
        }
        let definite = Set(
            found.filter { concepts[$0.concept].rule.certainty == .definite }.map { concepts[$0.concept].rule.target })
        return found.filter {
            let rule = concepts[$0.concept].rule
            return rule.certainty == .definite || !definite.contains(rule.target)
        }
    }

    /// The mention of concept `index` around the term at `anchor`: for every other part, the
    /// nearest term of its class not already used.
    private func mention(of index: Int, anchor: Int, in terms: [TermMatch]) -> Mention? {
        let concept = concepts[index]
        var used = [anchor]
        for part in concept.requires.dropFirst() {
            let candidates = terms.indices.filter { index in
                terms[index].classes.contains(part)
                    && !used.contains { terms[$0].start < terms[index].end && terms[index].start < terms[$0].end }
            }
            guard
                let nearest = candidates.min(by: {
                    abs(terms[$0].start - terms[anchor].start) < abs(terms[$1].start - terms[anchor].start)
                })
            else { return nil }
            used.append(nearest)
        }
        let start = used.map { terms[$0].start }.min()!
        let end = used.map { terms[$0].end }.max()!
        guard end - start - 1 <= concept.rule.window || used.count == 1 else { return nil }
        let reach = concept.rule.unlessReach ?? concept.rule.window
        // A word of a part is not also a reason against it ("ohne Diät" is unexplained, not a diet).
        let parts = used.map { terms[$0].start..<terms[$0].end }
        let blocked = terms.contains { term in
            !term.classes.isDisjoint(with: concept.unless) && term.end > start - reach && term.start < end + reach
                && !parts.contains { $0.lowerBound <= term.start && term.end <= $0.upperBound }
        }
        if blocked { return nil }
        return Mention(concept: index, start: start, end: end, parts: used.map { terms[$0].start..<terms[$0].end })
    }
}
