import LiaisonModel

extension RestrictionReader {
    /// Every restriction kind a clause states, in reading order, without repeats: movements,
    /// a lifting cap, impact, positions, a heart-rate cap and weight-bearing orders. A part that
    /// cancels a restriction sets nothing; a permitted part forbids nothing. When the clause
    /// forbids an activity or caps a measure that none of these name, it is kept as `other`,
    /// unless what it forbids is no exercise (driving, work) or the clause holds exercise (a hold
    /// is a question for the provider, not a restriction).
    ///
    /// `liftInSentence`: the clause's sentence speaks of lifting ("Beim Heben …; max. 10 kg").
    func kinds(
        in segments: [RestrictionSegment], liftInSentence: Bool, held: Bool, heading: Bool
    ) -> [Restriction.Kind] {
        var kinds: [Restriction.Kind] = []
        func add(_ kind: Restriction.Kind) { if !kinds.contains(kind) { kinds.append(kind) } }
        let live = segments.filter { !$0.cancelled }
        var inMovement: [Set<Int>] = live.map { _ in [] }
        for (k, segment) in live.enumerated() {
            for hit in movements.hits(in: segment.lemmas) {
                inMovement[k].formUnion(hit.index..<(hit.index + hit.count))
                let jointMovement = [.flexion, .extension, .rotation].contains(hit.value)
                guard segment.governed[hit.index], !segment.permitted,
                    !(jointMovement && nearOtherJoint(segment.lemmas, at: hit.index, count: hit.count))
                else { continue }
                add(.avoidMovement(hit.value))
            }
        }
        if let lift = liftCap(live, inMovement: inMovement, liftInSentence: liftInSentence) { add(lift) }
        for segment in live where !segment.permitted {
            if list(.impact).hits(in: segment.lemmas).contains(where: { segment.governed[$0.index] }) { add(.noImpact) }
            for hit in positions.hits(in: segment.lemmas) where segment.governed[hit.index] {
                let before = segment.lemmas[max(0, hit.index - 2)..<hit.index]
                if before.indices.contains(where: { starts(.positionStart, in: segment.lemmas, at: $0) }) { continue }
                add(.avoidPosition(hit.value))
            }
        }
        if let bpm = heartRateCap(live) { add(.maxHeartRate(bpm: bpm)) }
        for segment in live {
            for hit in weightBearing.hits(in: segment.lemmas) {
                let after = hit.index + hit.count
                if after < segment.lemmas.count, starts(.activity, in: segment.lemmas, at: after) { continue }
                add(.weightBearing(hit.value))
            }
        }
        if kinds.isEmpty, !held, !heading, unclassified(live) { kinds = [.other] }
        return kinds
    }

    /// Whether the sentence's words speak of lifting.
    func mentionsLifting(_ lemmas: [String]) -> Bool {
        contains(.lifting, in: lemmas) || contains(.plainLifting, in: lemmas)
    }

    /// A bend or a turn of another joint: a joint word right before it or within two words after
    /// it ("Kniebeugen", "flexion du genou"). Overhead work and axial load are the spine's whatever
    /// joint they name ("bras au-dessus des épaules").
    private func nearOtherJoint(_ lemmas: [String], at index: Int, count: Int) -> Bool {
        let range = max(0, index - 1)..<min(lemmas.count, index + count + 2)
        return range.contains { ($0 < index || $0 >= index + count) && starts(.otherJoint, in: lemmas, at: $0) }
    }

    /// A lifting cap: the first weight figure of the clause, when the sentence speaks of lifting
    /// or the clause caps ("Limite de 5 kg"), and a limit, a cap or a prohibition bears on it;
    /// else a lift forbidden without a figure, which is a cap of 0. Figures of body weight
    /// ("10 kg abgenommen") and of weight bearing ("Teilbelastung 15 kg") are no lifting caps.
    private func liftCap(
        _ live: [RestrictionSegment], inMovement: [Set<Int>], liftInSentence: Bool
    ) -> Restriction.Kind? {
        if live.contains(where: { contains(.bodyWeight, in: $0.lemmas) }) { return nil }
        let limited = live.contains { $0.has(.limit) || $0.has(.cap) }
        let capped = live.contains { $0.has(.cap) }
        for segment in live where weightBearing.hits(in: segment.lemmas).isEmpty {
            guard let figure = weightFigure(segment.words) else { continue }
            if (liftInSentence || capped) && (limited || segment.governed[figure.index]) {
                return .maxLift(value: figure.value, unit: figure.unit)
            }
        }
        for (k, segment) in live.enumerated() where !segment.permitted {
            for hit in list(.plainLifting).hits(in: segment.lemmas)
            where segment.governed[hit.index] && !inMovement[k].contains(hit.index) {
                // "kein schweres Heben" limits a kind of lifting: the reader keeps it unclassified.
                if hit.index > 0, starts(.modifier, in: segment.lemmas, at: hit.index - 1) { continue }
                return .maxLift(value: 0, unit: defaultUnit)
            }
        }
        return nil
    }

    /// The first number followed by a weight unit ("15 kg", "fünf Kilo"); of a range ("5-10 kg",
    /// "5 à 10 kg") the stricter, lower end.
    func weightFigure(_ words: Words) -> (value: Double, unit: WeightUnit, index: Int)? {
        let lemmas = words.lemmas
        for i in lemmas.indices.dropFirst() {
            guard let unit = units[lemmas[i]], var value = number(words, at: i - 1) else { continue }
            if i >= 3, let lower = number(words, at: i - 3),
                lemmas[i - 2] == "-" || starts(.range, in: lemmas, at: i - 2)
            {
                value = min(value, lower)
            }
            return (value, unit, i - 1)
        }
        return nil
    }

    /// "Puls unter 110 halten", "HF-Obergrenze 130/min", "FC < 110 bpm": a heart-rate word, a
    /// limit or cap in the clause, no verb of a report, and a figure from 40 to 220 within eight
    /// words after the heart-rate word.
    private func heartRateCap(_ live: [RestrictionSegment]) -> Int? {
        guard live.contains(where: { $0.has(.limit) || $0.has(.cap) }),
            !live.contains(where: { contains(.report, in: $0.lemmas) })
        else { return nil }
        for segment in live {
            guard let hit = list(.heartRate).hits(in: segment.lemmas).first else { continue }
            let start = hit.index + hit.count
            for i in start..<min(segment.lemmas.count, start + 8) {
                if let value = segment.words.values[i], (40...220).contains(value) { return Int(value) }
            }
        }
        return nil
    }

    /// Whether the clause forbids or caps something no kind names: a prohibition that governs an
    /// activity, or a cap of a measure ("max. 45 Min."), in a part that is not permitted and
    /// forbids no exercise-free thing (driving, work). A prohibition of anything else ("pour
    /// éviter la déshydratation") is no exercise restriction.
    private func unclassified(_ live: [RestrictionSegment]) -> Bool {
        live.contains { segment in
            guard !segment.permitted, !contains(.nonExercise, in: segment.lemmas) else { return false }
            let cappedMeasure =
                segment.has(.cap) && contains(.measure, in: segment.lemmas)
                && segment.words.values.contains { $0 != nil }
            return segment.forbidsActivity(self) || cappedMeasure
        }
    }
}
