import LiaisonModel

extension RestrictionReader {
    /// The first duration of a sentence: "für 6 Wochen", "pendant 6 semaines", "6/52", "bis
    /// 6 Wochen postop." (from the surgery), "bis 30.04.2026", "jusqu'au 15 mars" (dates day
    /// first, the next such day when the year is left out), or an end that is not a date ("bis
    /// zur Nachkontrolle", `openEnded`). Relative durations count from the document date, post-
    /// operative ones from the surgery date, as in English (``DurationReader``).
    func duration(in words: Words, context: NarrativeContext) -> Duration? {
        let lemmas = words.lemmas
        for i in lemmas.indices {
            if let until = list(.until).match(in: lemmas, at: i) {
                let at = i + until.phrase.count
                if let date = date(words, at: at, reference: context.referenceDate) { return .until(date) }
                if let (count, unit, end) = amount(words, at: at) {
                    let postOp = starts(.postOperative, in: lemmas, at: end)
                    let anchor = postOp ? context.surgeryDate : context.surgeryDate ?? context.referenceDate
                    return anchor.map { .until(Self.end(of: count, unit, from: $0)) } ?? .openEnded
                }
                if at < lemmas.count, lemmas[at].first?.isLetter == true { return .openEnded }
            }
            if let lead = list(.durationLeadIn).match(in: lemmas, at: i) {
                let at = i + lead.phrase.count
                // "während der ersten 4 Wochen", "pendant les 6 premières semaines"
                for skip in 0...2 where at + skip < lemmas.count {
                    guard let (count, unit, end) = amount(words, at: at + skip) else {
                        if number(words, at: at + skip) != nil { break }
                        continue
                    }
                    return relative(count, unit, postOp: starts(.postOperative, in: lemmas, at: end), context)
                }
            }
            // "6/52": six weeks.
            if i + 2 < lemmas.count, lemmas[i + 1] == "/", let count = words.values[i],
                let denominator = words.values[i + 2], let unit = fractions[Int(denominator)], denominator >= 7
            {
                return relative(count, unit, postOp: starts(.postOperative, in: lemmas, at: i + 3), context)
            }
        }
        return nil
    }

    private func relative(
        _ count: Double, _ unit: RestrictionVocabulary.DurationUnit, postOp: Bool, _ context: NarrativeContext
    ) -> Duration {
        guard let anchor = postOp ? context.surgeryDate : context.referenceDate else { return .openEnded }
        return .until(Self.end(of: count, unit, from: anchor))
    }

    static func end(of count: Double, _ unit: RestrictionVocabulary.DurationUnit, from anchor: CalendarDate)
        -> CalendarDate
    {
        switch unit {
        case .days: anchor.adding(days: Int(count))
        case .weeks: anchor.adding(days: Int(count) * 7)
        case .months: anchor.adding(months: Int(count))
        }
    }

    /// "6 Wochen", "6-8 Wochen" or "6 bis 8 Wochen" (the longer), "sechs Wochen", "6 premières
    /// semaines": the count, the unit and the index after it.
    func amount(_ words: Words, at start: Int) -> (Double, RestrictionVocabulary.DurationUnit, Int)? {
        let lemmas = words.lemmas
        guard var count = number(words, at: start) else { return nil }
        var i = start + 1
        if i + 1 < lemmas.count, lemmas[i] == "-" || starts(.range, in: lemmas, at: i),
            let upper = number(words, at: i + 1)
        {
            count = max(count, upper)
            i += 2
        }
        for skip in 0...1 where i + skip < lemmas.count {
            if let unit = durationUnits[lemmas[i + skip]], count > 0, count <= 520 {
                return (count, unit, i + skip + 1)
            }
        }
        return nil
    }

    /// A date written day first at `index`: "30.04.2026", "30.04.", "30/04/2026", "15 mars 2027",
    /// "15. März", or ISO "2026-04-30". Without a year, the next such day from `reference`.
    func date(_ words: Words, at index: Int, reference: CalendarDate?) -> CalendarDate? {
        let lemmas = words.lemmas
        // "bis 2.5 kg" is a figure, not the 2nd of May.
        guard index < lemmas.count, !(index + 1 < lemmas.count && units[lemmas[index + 1]] != nil) else { return nil }
        func int(_ i: Int) -> Int? {
            guard i < lemmas.count, let value = words.values[i], value == value.rounded() else { return nil }
            return Int(value)
        }
        func text(_ i: Int) -> String? { i < lemmas.count ? lemmas[i] : nil }
        var day: Int?
        var month: Int?
        var year: Int?
        let dotted = lemmas[index].split(separator: ".").map { Int($0) }
        if dotted.count >= 2, dotted.allSatisfy({ $0 != nil }), lemmas[index].first?.isNumber == true {
            (day, month) = (dotted[0], dotted[1])
            year = dotted.count > 2 ? dotted[2] : (text(index + 1) == "." ? int(index + 2) : nil)
        } else if let y = int(index), lemmas[index].count == 4, text(index + 1) == "-", let m = int(index + 2),
            text(index + 3) == "-", let d = int(index + 4)
        {
            (day, month, year) = (d, m, y)
        } else if let d = int(index), text(index + 1) == "/", let m = int(index + 2) {
            (day, month) = (d, m)
            year = text(index + 3) == "/" ? int(index + 4) : nil
        } else if let d = int(index) {
            var j = index + 1
            if text(j) == "." { j += 1 }
            guard let name = text(j), let m = months[name] else { return nil }
            (day, month) = (d, m)
            year = int(j + 1).flatMap { (1900...2200).contains($0) ? $0 : nil }
        }
        guard let day, let month, (1...12).contains(month) else { return nil }
        if let y = year {
            let full = y < 100 ? 2000 + y : y
            guard (1900...2200).contains(full), day >= 1, day <= CalendarDate.daysInMonth(year: full, month: month)
            else { return nil }
            return CalendarDate(year: full, month: month, day: day)
        }
        guard let reference, day >= 1, day <= CalendarDate.daysInMonth(year: reference.year, month: month) else {
            return nil
        }
        let this = CalendarDate(year: reference.year, month: month, day: day)
        if this >= reference { return this }
        guard day <= CalendarDate.daysInMonth(year: reference.year + 1, month: month) else { return nil }
        return CalendarDate(year: reference.year + 1, month: month, day: day)
    }
}
