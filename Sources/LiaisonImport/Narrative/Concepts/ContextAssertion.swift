import LiaisonModel

/// How a mention is asserted, and how sure the reader is of it.
struct MentionAssertion: Sendable, Equatable {
    enum Basis: Sendable, Equatable {
        /// No trigger reached it: affirmed.
        case none
        /// A trigger in its own clause, or in the heading of its list ("Call us if you have:").
        case trigger
        /// A tentative trigger ("advised to"): a question, never cleared.
        case tentative
        /// Only its section's default (a Family History section).
        case section
    }

    var assertion: Assertion
    var basis: Basis
}

/// The ConText algorithm (Harkema et al. 2009) over one clause: each trigger reaches forward or
/// backward to the end of the clause, a termination or its window; a mention takes, of each kind
/// of trigger that reaches one of its parts, the nearest, and the kinds rank family,
/// hypothetical, negated, possible, historical.
enum ContextAssertion {
    static let ranking: [ContextCue.Category] = [.family, .hypothetical, .negated, .possible, .historical]

    /// Words that open a clause about the relative just named ("his wife, who has lung cancer"):
    /// a relative's reach goes on past them, and past the comma before them.
    static let relativeClause: Set<String> = ["who", "whose"]

    /// Triggers as they apply in one clause: each with its direction decided and its reach.
    struct Reach {
        let cue: ContextCue
        let scope: Range<Int>
        let position: Range<Int>
        /// The end of a forward denial's reach that it only doubts: from the list item after a
        /// comma that states a finding (``ContextCue/Category/statement``) to the end.
        var doubted: Range<Int> = 0..<0
    }

    /// The positions a denial reads forward to within `words` words of it: a reason against a
    /// concept there is denied ("not on any diet", "no better at night").
    static func deniedNear(_ reaches: [Reach], words: Int = 3) -> Set<Int> {
        var denied = Set<Int>()
        for reach in reaches where reach.cue.category == .negated && reach.scope.lowerBound >= reach.position.upperBound
        {
            let end = min(reach.scope.upperBound, reach.position.upperBound + words)
            if reach.scope.lowerBound < end { denied.formUnion(reach.scope.lowerBound..<end) }
        }
        return denied
    }

    /// The reach of every trigger of `cues` in a clause of `count` words. A backward reach stops
    /// at a comma before it ("new saddle numbness, reflexes normal"), and so does a relative's
    /// either way ("single mother, saddle numbness since Monday"); forward denials cross commas,
    /// as lists need ("denies fever, chills, saddle anaesthesia").
    static func reaches(
        _ cues: [CueMatch], words: [String], commas: [Bool] = [], dashes: [Bool] = [], terms: [TermMatch]
    ) -> [Reach] {
        let count = words.count
        func comma(_ i: Int) -> Bool { i < commas.count && commas[i] }
        func dash(_ i: Int) -> Bool { i < dashes.count && dashes[i] }
        // Commas inside brackets part the items of one list, which a trigger after the closing
        // bracket reads whole ("Warnzeichen (Blasenstörung, Taubheit …) wurden besprochen").
        var bracketed = [Bool](repeating: false, count: count)
        var depth = 0
        for (i, word) in words.enumerated() {
            if word == ")" { depth = max(0, depth - 1) }
            bracketed[i] = depth > 0
            if word == "(" { depth += 1 }
        }
        // Words that end a reach, with the categories they end (nil: every category), and
        // whether the termination is a word rather than a sign (":").
        var stops: [(at: Int, ends: Set<ContextCue.Category>?, word: Bool)] = []
        for match in cues {
            let word = words[match.start].first?.isLetter == true
            for cue in match.cues where cue.category == .termination {
                stops.append((match.start, cue.terminates.isEmpty ? nil : cue.terminates, word))
            }
        }
        stops.sort { $0.at < $1.at }
        // A firm doubt in a later item states something of its own too ("sans chute franche,
        // fracture non exclue").
        let statements = cues.filter {
            $0.cues.contains {
                $0.category == .statement || $0.category == .possible && !$0.tentative && !$0.doubtsDenials
            }
        }.map(\.start)
        var reaches: [Reach] = []
        for match in cues {
            let assertive = match.cues.filter { ![.termination, .pseudo, .statement].contains($0.category) }
            guard !assertive.isEmpty else { continue }
            let gapBefore = terms.filter { $0.end <= match.start }.map { match.start - $0.end }.min()
            let gapAfter = terms.filter { $0.start >= match.end }.map { $0.start - match.end }.min()
            let forward = assertive.filter { $0.direction != .backward }
            let backward = assertive.filter { $0.direction != .forward }
            // A phrase that triggers both ways ("intact", "normal") reads towards the nearer term,
            // forward when they are as near ("perianal sensation intact", "normal anal tone").
            var chosen: [(ContextCue, Bool)] = []
            if !forward.isEmpty, !backward.isEmpty, forward.contains(where: { $0.direction == .forward }),
                backward.contains(where: { $0.direction == .backward })
            {
                // At the end of its clause a denial reads back ("… in the last 6 months? No").
                let final = gapAfter == nil && backward.contains(where: \.clauseFinal)
                // Nor can it read forward across a comma right after it ("Perianal sensation
                // intact, anal squeeze good"): then it reads back.
                let cutOff = comma(match.end) && gapBefore != nil
                let towardsBefore =
                    final || cutOff
                    || (gapBefore.map { before in gapAfter.map { before < $0 } ?? (before <= 4) } ?? false)
                chosen = towardsBefore ? backward.map { ($0, false) } : forward.map { ($0, true) }
                chosen += assertive.filter { $0.direction == .both }.flatMap { [($0, true), ($0, false)] }
            } else {
                chosen = forward.map { ($0, true) } + backward.map { ($0, false) }
            }
            for (cue, isForward) in chosen {
                // "No, she hasn't managed to pass water", "Cleared for exercise: No - please await
                // the bone scan": a trigger cut off by a comma or a dash is a reply.
                if isForward, cue.direction == .forward, comma(match.end) || dash(match.end) { continue }
                let aboutRelative = { (at: Int) in
                    cue.category == .family && isForward && at == match.end && relativeClause.contains(words[at])
                }
                let mine = stops.filter { ($0.ends?.contains(cue.category) ?? true) && !aboutRelative($0.at) }
                let scope: Range<Int>
                if isForward {
                    // A termination right after the trigger does not end it ("Denies: fever", "query
                    // new weakness") unless it is a word after a comma ("Nierentransplantation
                    // 2016, unter Tacrolimus").
                    var end =
                        mine.first { $0.at > match.end || $0.at == match.end && $0.word && comma($0.at) }?.at ?? count
                    if let window = cue.window { end = min(end, match.end + window) }
                    // A relative's reach stops at a comma ("single mother, saddle numbness"), except
                    // a heading's ("Family history: sister, breast cancer at 45") and one before a
                    // clause about the relative ("his wife, who has terminal lung cancer").
                    let heading = match.end < count && words[match.end] == ":"
                    if cue.category == .family, !heading,
                        let stop = (match.end..<max(match.end, end)).first(where: {
                            comma($0) && !relativeClause.contains(words[$0])
                        })
                    {
                        end = stop
                    }
                    scope = match.end..<max(match.end, end)
                } else {
                    // Nor one right before a backward trigger ("Aneurysm: none known").
                    var start = (mine.last { $0.at < match.start - 1 }).map { $0.at + 1 } ?? 0
                    if let window = cue.window { start = max(start, match.start - window) }
                    // A comma right before the trigger is crossed ("Fever, none"); an earlier one is
                    // not, unless the trigger closes a whole list ("…, incontinence and saddle
                    // numbness - all absent").
                    if !cue.wholeList,
                        let stop = (start..<max(start, match.start)).last(where: { comma($0) && !bracketed[$0] })
                    {
                        start = max(start, stop)
                    }
                    scope = min(start, match.start)..<match.start
                }
                var reach = Reach(cue: cue, scope: scope, position: match.start..<match.end)
                if isForward, cue.category == .negated {
                    reach.doubted = doubted(scope, statements: statements, after: match.end, comma: comma, bracketed)
                }
                reaches.append(reach)
            }
        }
        return doubtingDenials(reaches)
    }

    /// The part of a forward denial's `scope` from the first list item after a comma that opens
    /// with a statement ("No fever, unintentional weight loss of 8 kg", "Kein Trauma, seit 3
    /// Monaten Harnverhalt") to its end; empty where no such item is in it. An item starts at a
    /// comma outside brackets after the trigger; a statement opens it when it is among its first
    /// ``statementReach`` words (a denied item is short: "chills", "saddle anaesthesia").
    static func doubted(
        _ scope: Range<Int>, statements: [Int], after trigger: Int, comma: (Int) -> Bool, _ bracketed: [Bool]
    ) -> Range<Int> {
        for statement in statements where scope.contains(statement) {
            let itemStart = (trigger..<(statement + 1)).last { $0 > trigger && comma($0) && !bracketed[$0] }
            if let itemStart, statement - itemStart < statementReach { return itemStart..<scope.upperBound }
        }
        return 0..<0
    }

    /// How far into a list item a statement makes it a new one.
    static let statementReach = 5

    /// A denial inside the reach of a doubt about it ("It is not true that she has no bladder
    /// symptoms") makes its mentions possible, not negated, and the doubt's own words then
    /// trigger nothing else. A doubt asserts nothing by itself ("He cannot say when the
    /// incontinence began" affirms the incontinence); where its words are also a denial and no
    /// denial is in its reach, that denial stands ("It's not that he can't pass urine").
    static func doubtingDenials(_ reaches: [Reach]) -> [Reach] {
        let doubts = reaches.filter(\.cue.doubtsDenials)
        guard !doubts.isEmpty else { return reaches }
        func isDenial(_ reach: Reach) -> Bool { reach.cue.category == .negated }
        let doubting = doubts.filter { doubt in
            reaches.contains {
                isDenial($0) && $0.position != doubt.position && doubt.scope.contains($0.position.lowerBound)
            }
        }
        return reaches.compactMap { reach in
            if reach.cue.doubtsDenials || doubting.contains(where: { $0.position == reach.position }) { return nil }
            guard isDenial(reach), doubting.contains(where: { $0.scope.contains(reach.position.lowerBound) }) else {
                return reach
            }
            var cue = reach.cue
            cue.category = .possible
            return Reach(cue: cue, scope: reach.scope, position: reach.position)
        }
    }

    /// The assertion of `mention`, given the clause's trigger reaches, a category inherited from
    /// a list heading, and the section's default.
    static func assertion(
        of mention: Mention, reaches: [Reach], inherited: ContextCue.Category?, sectionDefault: Assertion?
    ) -> MentionAssertion {
        // Of each category the nearest firm trigger; a tentative one only where no firm one reaches.
        var nearest: [ContextCue.Category: (distance: Int, tentative: Bool)] = [:]
        for reach in reaches {
            let touched = mention.parts.contains { $0.overlaps(reach.scope) }
            // A trigger made only of a mention's own words is not its trigger ("perianal sensation
            // absent"), though one that merely shares a word is ("no recent falls"). A word of an
            // ongoing state is, even inside the mention: "Hydrocortisone 10 mg mane" is a medicine
            // taken today, whatever section lists it.
            let inside = mention.parts.contains {
                $0.lowerBound <= reach.position.lowerBound && reach.position.upperBound <= $0.upperBound
            }
            guard touched, !inside || reach.cue.category == .current else { continue }
            let distance =
                mention.parts.map { part in
                    part.lowerBound >= reach.position.upperBound
                        ? part.lowerBound - reach.position.upperBound
                        : max(0, reach.position.lowerBound - part.upperBound)
                }.min() ?? 0
            // A denial that reaches the mention only where it is doubted makes it a question.
            let doubted =
                reach.cue.category == .negated && !reach.doubted.isEmpty
                && !mention.parts.contains { $0.overlaps(reach.scope.lowerBound..<reach.doubted.lowerBound) }
            let category = doubted ? .possible : reach.cue.category
            if let known = nearest[category] {
                let better =
                    known.tentative && !reach.cue.tentative
                    || known.tentative == reach.cue.tentative && distance < known.distance
                if !better { continue }
            }
            nearest[category] = (distance, reach.cue.tentative)
        }
        // A firm trigger outranks a tentative one of any category ("AAA screening: aorta 2.2 cm,
        // normal" is a denial, not advice); tentative ones count only where no firm one reaches.
        let firm = ranking.first { nearest[$0].map { !$0.tentative } ?? false }
        if let category = firm ?? ranking.first(where: { nearest[$0] != nil }), let found = nearest[category] {
            // A relative named alone may be who noticed ("brought in by his son"), but not in a
            // Family History section: there the word and the section agree.
            let agreed = category == .family && sectionDefault == .family
            return MentionAssertion(
                assertion: assertion(category), basis: found.tentative && !agreed ? .tentative : .trigger)
        }
        if let inherited { return MentionAssertion(assertion: assertion(inherited), basis: .trigger) }
        // In a Family History section, a sentence that names a relative is the relative's
        // throughout ("His son broke his back in a quad bike accident"), however far the words.
        if sectionDefault == .family, reaches.contains(where: { $0.cue.category == .family && !$0.cue.tentative }) {
            return MentionAssertion(assertion: .family, basis: .trigger)
        }
        // "He remains on tacrolimus" in a history section is today's, not the past's.
        if sectionDefault == .historical, nearest[.current] != nil {
            return MentionAssertion(assertion: .affirmed, basis: .trigger)
        }
        if let sectionDefault, sectionDefault != .affirmed {
            return MentionAssertion(assertion: sectionDefault, basis: .section)
        }
        return MentionAssertion(assertion: .affirmed, basis: .none)
    }

    static func assertion(_ category: ContextCue.Category) -> Assertion {
        switch category {
        case .negated: .negated
        case .possible: .possible
        case .historical: .historical
        case .hypothetical: .hypothetical
        case .family: .family
        case .pseudo, .termination, .current, .statement: .affirmed
        }
    }

    /// The category a list heading passes to its items: a trigger that reaches the heading's end
    /// ("Call your doctor if you have:", "Denies:").
    static func inherited(from words: [String], reaches: [Reach]) -> ContextCue.Category? {
        let end = words.count - (words.last == ":" ? 1 : 0)
        let covering = reaches.filter { reach in
            let isForward = reach.position.upperBound <= reach.scope.lowerBound
            return isForward && reach.scope.upperBound >= end && !reach.cue.tentative
                && [.hypothetical, .negated, .family].contains(reach.cue.category)
        }
        return ranking.first { category in covering.contains { $0.cue.category == category } }
    }
}
