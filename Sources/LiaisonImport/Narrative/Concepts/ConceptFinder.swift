import LiaisonModel

/// A concept found in a run of words: which concept, and the words from its first part to its
/// last.
struct Mention: Sendable {
    let concept: Int
    let start: Int
    let end: Int
    /// The words of its parts (a mention's triggers are judged on these, not on the gaps).
    let parts: [Range<Int>]
    /// A definite emergency concept an `unless` word would have stopped: read as a possible one,
    /// so it becomes a question, never nothing.
    var downgraded = false
}

extension LanguageReader {
    /// Every concept whose parts all occur within its window, in any order; each part a
    /// different term; one mention per concept and span. `stops` are the words that end a
    /// trigger's reach: an `unless` word beyond one does not stop a concept ("progressive leg
    /// weakness while his back pain is improving").
    /// `asidesBefore` counts the positions in an aside before each one: an aside's words do not
    /// count towards a window. An `unless` word at a position of `denied` is no reason against
    /// ("not on any diet").
    func mentions(
        _ terms: [TermMatch], words: [String], asidesBefore: [Int] = [], stops: Set<Int> = [],
        denied: Set<Int> = []
    ) -> [Mention] {
        guard !terms.isEmpty else { return [] }
        // A term inside a longer one does not stop a concept ("dieting" in "not dieting").
        let contained = terms.map { term in
            terms.contains { $0.start <= term.start && $0.end >= term.end && $0.end - $0.start > term.end - term.start }
        }
        // A concept whose first part is of no class found here has no mention.
        var present = [Bool](repeating: false, count: classNames.count)
        for term in terms {
            for id in term.classes { present[id] = true }
        }
        var found: [Mention] = []
        for (index, concept) in concepts.enumerated() {
            guard let first = concept.requires.first, present[first] else { continue }
            for anchor in terms.indices where terms[anchor].classes.contains(first) {
                guard
                    let mention = mention(
                        of: index, anchor: anchor, in: terms, contained: contained, words: words,
                        asidesBefore: asidesBefore, stops: stops, denied: denied)
                else { continue }
                if !found.contains(where: { $0.concept == index && $0.start == mention.start && $0.end == mention.end })
                {
                    found.append(mention)
                }
            }
        }
        return found
    }

    /// The mention of concept `index` around the term at `anchor`: for every other part, the
    /// nearest term of its class not already used, looking only within the window.
    private func mention(
        of index: Int, anchor: Int, in terms: [TermMatch], contained: [Bool], words: [String],
        asidesBefore: [Int], stops: Set<Int>, denied: Set<Int>
    ) -> Mention? {
        let concept = concepts[index]
        let rule = concept.rule
        let reach = rule.unlessReach ?? rule.window
        let near = max(rule.window, reach) + 8
        let anchorStart = terms[anchor].start
        // The words between two positions, an aside's left out.
        func distance(_ a: Int, _ b: Int) -> Int {
            let (low, high) = a < b ? (a, b) : (b, a)
            guard high < asidesBefore.count else { return high - low }
            return high - low - (asidesBefore[high] - asidesBefore[low])
        }
        let nearby = terms.indices.filter { distance(terms[$0].start, anchorStart) <= near }
        var used = [anchor]
        for part in concept.requires.dropFirst() {
            let candidates = nearby.filter { index in
                terms[index].classes.contains(part)
                    && !used.contains { terms[$0].start < terms[index].end && terms[index].start < terms[$0].end }
            }
            guard
                let nearest = candidates.min(by: {
                    distance(terms[$0].start, anchorStart) < distance(terms[$1].start, anchorStart)
                })
            else { return nil }
            used.append(nearest)
        }
        let start = used.map { terms[$0].start }.min()!
        let end = used.map { terms[$0].end }.max()!
        // A part of several words counts as one ("climbing wall"); an aside's words count only
        // where they are a part ("fell (about 8 m)").
        let partWords = used.reduce(0) { sum, term in
            let range = terms[term].start..<terms[term].end
            let aside =
                range.upperBound < asidesBefore.count
                ? asidesBefore[range.upperBound] - asidesBefore[range.lowerBound] : 0
            return sum + aside - (range.count - 1)
        }
        guard distance(start, end) - 1 + partWords <= rule.window || used.count == 1 else { return nil }
        // Parts stay in one clause unless the concept may cross a semicolon.
        if !rule.acrossClauses, words[start..<end].contains(";") { return nil }
        // A word of a part is not also a reason against it ("ohne Diät" is unexplained, not a diet).
        let parts = used.map { terms[$0].start..<terms[$0].end }
        let blocked = nearby.contains { i in
            let term = terms[i]
            guard !term.classes.isDisjoint(with: concept.unless), !contained[i], !denied.contains(term.start),
                term.end > start - reach,
                term.start < end + reach,
                !parts.contains(where: { $0.lowerBound <= term.start && term.end <= $0.upperBound })
            else { return false }
            let between = term.start >= end ? end..<term.start : term.end <= start ? term.end..<start : start..<start
            return !stops.contains { between.contains($0) }
        }
        var mention = Mention(
            concept: index, start: start, end: end, parts: used.map { terms[$0].start..<terms[$0].end })
        if blocked {
            guard case .redFlag(let kind) = rule.target, kind.isEmergency, rule.certainty == .definite else {
                return nil
            }
            mention.downgraded = true
        }
        return mention
    }
}
