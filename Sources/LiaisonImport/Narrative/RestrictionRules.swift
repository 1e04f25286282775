import LiaisonModel

/// Classifies one clause into restriction kinds. Each rule is a small function over the
/// clause's tokens and the scope of its prohibitions; the words they use live in ``Lexicon``.
enum RestrictionRules {
    /// Every restriction kind the clause states, in reading order, without repeats. Empty when
    /// the clause states none; the caller keeps an unclassified prohibition as `other`.
    static func kinds(in tokens: [Token], scope: ProhibitionScope) -> [Restriction.Kind] {
        // A clause that lifts restrictions, or reports what the client does, sets none.
        guard !Lexicon.permission.contains(in: tokens) else { return [] }
        var kinds: [Restriction.Kind] = []
        func add(_ kind: Restriction.Kind) { if !kinds.contains(kind) { kinds.append(kind) } }
        let blt = Lexicon.blt.contains(in: tokens)
        if blt {
            add(.avoidMovement(.flexion))
            add(.avoidMovement(.rotation))
        }
        for movement in movements(tokens, scope: scope) { add(.avoidMovement(movement)) }
        if let lift = liftCap(tokens, scope: scope, blt: blt) { add(lift) }
        if impact(tokens, scope: scope) { add(.noImpact) }
        for position in positions(tokens, scope: scope) { add(.avoidPosition(position)) }
        if let bpm = heartRateCap(tokens) { add(.maxHeartRate(bpm: bpm)) }
        for status in weightBearing(tokens) { add(.weightBearing(status)) }
        return kinds
    }

    /// Movement words under a prohibition, skipping other joints ("knee extension").
    static func movements(_ tokens: [Token], scope: ProhibitionScope) -> [Movement] {
        Lexicon.movements.matches(in: tokens).compactMap { hit in
            guard scope.governed[hit.index] else { return nil }
            if hit.index > 0, Lexicon.otherJoints.contains(tokens[hit.index - 1].text) { return nil }
            return hit.value
        }
    }

    /// A lifting cap: a weight figure in a clause with restriction language ("no lifting over
    /// 15 lb", "max lift 20 lbs", "nothing heavier than 10#"), or a forbidden lift with no
    /// figure ("no lifting", BLT), which is a cap of 0 lb.
    static func liftCap(_ tokens: [Token], scope: ProhibitionScope, blt: Bool) -> Restriction.Kind? {
        // "weight" alone is a load only under a firm prohibition ("no weights over 10 lb");
        // otherwise it is the client's body weight ("keep weight under 95 kg").
        let hasLiftWord = tokens.contains {
            Lexicon.liftWords.contains($0.text) && (scope.isRestriction || !Lexicon.weightWords.contains($0.text))
        }
        let aboutBodyWeight = tokens.contains { Lexicon.bodyWeightWords.contains($0.text) }
        if !aboutBodyWeight, let figure = weightFigure(tokens) {
            // "max 10 lb" with no lift word is a cap too: a load is all a figure in pounds can limit here.
            let capWord =
                figure.index > 0 && Lexicon.capWords.contains(tokens[figure.index - 1].text)
                && !tokens.contains { Lexicon.weightWords.contains($0.text) }  // "keep weight under 95 kg"
            if (hasLiftWord || blt || capWord)
                && (scope.isRestriction || blt || Lexicon.figureCues.contains(in: tokens))
            {
                return .maxLift(value: figure.value, unit: figure.unit)
            }
        }
        // A plain lift word governed by a ban, not qualified ("heavy lifting") and not an
        // overhead movement ("lifting above shoulder height").
        let forbidden = tokens.indices.contains { i in
            scope.governed[i] && Lexicon.plainLiftWords.contains(tokens[i].text)
                && !(i > 0 && Lexicon.liftModifiers.contains(tokens[i - 1].text))
                && Lexicon.movements.match(in: tokens, at: i + 1)?.value != .overhead
        }
        return forbidden || blt ? .maxLift(value: 0, unit: .lb) : nil
    }

    /// The first figure followed by a weight unit: "15 lb", "15-lb", "10#", "5 kg", "fifteen
    /// pounds"; of a range ("10-15 lb", "10 to 15 pounds") the stricter, lower end.
    static func weightFigure(_ tokens: [Token]) -> (value: Double, unit: WeightUnit, index: Int)? {
        func figure(_ i: Int) -> Double? { tokens[i].value ?? DurationReader.numberWords[tokens[i].text] }
        for i in tokens.indices.dropLast() {
            guard let value = figure(i), let unit = Lexicon.weightUnits[tokens[i + 1].text] else { continue }
            if i >= 2, ["-", "to", "or"].contains(tokens[i - 1].text), let lower = figure(i - 2), lower < value {
                return (lower, unit, i - 2)
            }
            return (value, unit, i)
        }
        return nil
    }

    /// Running, jumping or impact under a prohibition ("low impact" is not forbidden impact).
    static func impact(_ tokens: [Token], scope: ProhibitionScope) -> Bool {
        Lexicon.impact.matches(in: tokens).contains { hit in
            scope.governed[hit.index] && !(hit.index > 0 && tokens[hit.index - 1].text == "low")
        }
    }

    /// Supine or prone under a prohibition, unless it names an exercise ("prone press-ups").
    static func positions(_ tokens: [Token], scope: ProhibitionScope) -> [BodyPosition] {
        Lexicon.positions.matches(in: tokens).compactMap { hit in
            guard scope.governed[hit.index] else { return nil }
            let after = hit.index + hit.phrase.count
            if after < tokens.count, Lexicon.positionExerciseWords.contains(tokens[after].text) { return nil }
            if tokens.matches(["on", "elbows"], at: after) { return nil }
            return hit.value
        }
    }

    /// "Keep HR < 120", "heart rate under 130 bpm", "max HR 140": a heart-rate word, a limit
    /// word and a figure between 40 and 220 after the heart-rate word.
    static func heartRateCap(_ tokens: [Token]) -> Int? {
        // A report ("heart rate was less than 60") is not an order.
        guard let hr = Lexicon.heartRate.matches(in: tokens).first, Lexicon.heartRateLimits.contains(in: tokens),
            !tokens.contains(where: { Lexicon.reportVerbs.contains($0.text) })
        else { return nil }
        let after = Array(tokens[(hr.index + hr.phrase.count)...].prefix(8))
        guard let first = after.firstIndex(where: { $0.value.map { (40...220).contains($0) } ?? false }),
            let bpm = after[first].value
        else { return nil }
        // Of a range the stricter end ("HR under 120-130" is 120), but of a target zone its
        // ceiling ("target HR zone 100-125" is 125).
        if first + 2 < after.count, after[first + 1].text == "-", let upper = after[first + 2].value, upper > bpm,
            tokens.contains(where: { Lexicon.heartRateZones.contains($0.text) })
        {
            return Int(upper)
        }
        return Int(bpm)
    }

    /// Weight-bearing orders (WBAT, NWB, "partial weight bearing"), not kinds of exercise
    /// ("non-weight-bearing exercise such as swimming").
    static func weightBearing(_ tokens: [Token]) -> [WeightBearingStatus] {
        Lexicon.weightBearing.matches(in: tokens).compactMap { hit in
            let after = hit.index + hit.phrase.count
            if after < tokens.count, Lexicon.exerciseNouns.contains(tokens[after].text) { return nil }
            return hit.value
        }
    }
}
