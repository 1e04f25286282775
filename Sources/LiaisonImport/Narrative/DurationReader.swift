import LiaisonModel

/// How long a restriction lasts, as a sentence states it.
enum Duration: Equatable {
    /// A last day the document gives or lets us compute.
    case until(CalendarDate)
    /// A duration whose anchor the document does not give ("until 12 weeks post-op" with no
    /// surgery date), or an end that is not a date ("until cleared").
    case openEnded
}

/// Reads durations: "for 6 weeks", "x 6 wks", "for 6-8 weeks" (the longer), "for 3 months",
/// "until 12 weeks post-op", "until 2026-12-01", "until 12/01/2026", "through December 1, 2026".
///
/// Relative durations count from the document date, post-operative ones from the surgery date;
/// the last day is the anchor plus the duration ("for 6 weeks" from 2 Nov ends on 14 Dec).
enum DurationReader {
    static let untilWords: Set<String> = ["until", "till", "til", "through", "thru", "ending", "expires"]
    static let surgeryAnchors = Lexicon.set(
        "post op", "post operative", "post operatively", "post surgery", "post surgical", "post fusion",
        "after surgery", "after the surgery", "from surgery", "after the operation", "after operation",
        "following surgery", "post laminectomy", "post discectomy")
    static let leadIns = Lexicon.set(
        "for", "x", "for the next", "for the first", "for another", "for at least", "for about", "for approximately",
        "for a total of", "for a minimum of", "over the next", "until", "till", "through", "for up to")
    /// Duration units, singular or plural, by their plural.
    static let units: [String: String] = [
        "week": "weeks", "weeks": "weeks", "day": "days", "days": "days", "month": "months", "months": "months",
    ]

    static let numberWords: [String: Double] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "eighteen": 18,
        "twenty": 20, "twenty five": 25, "thirty": 30, "forty": 40, "fifty": 50, "a": 1, "an": 1,
    ]

    /// British shorthand for a duration: "6/52" is six weeks, "3/12" three months, "10/7" ten days.
    static let fractionUnits: [String: String] = ["52": "weeks", "12": "months", "7": "days"]

    /// The first duration in `tokens`, or nil when the sentence states none.
    static func duration(in tokens: [Token], context: NarrativeContext) -> Duration? {
        for i in tokens.indices {
            if untilWords.contains(tokens[i].text),
                let date = DateReader.date(in: tokens, at: i + 1, dayFirst: context.dayFirstDates)
            {
                return .until(date)
            }
            // "6/52" needs no lead-in: the notation is itself a duration.
            let bare =
                i + 2 < tokens.count && tokens[i].isNumber && tokens[i + 1].text == "/"
                && fractionUnits[tokens[i + 2].text] != nil && (i == 0 || leadIns.match(in: tokens, at: i - 1) == nil)
                && !(i + 3 < tokens.count && tokens[i + 3].text == "/")  // "6/12/2026" is a date
            guard let lead = leadIns.match(in: tokens, at: i) ?? (bare ? ([], ()) : nil) else { continue }
            let at = i + lead.phrase.count
            guard let (count, unit, end) = amount(in: tokens, at: at) else {
                if untilWords.contains(tokens[i].text), at < tokens.count, tokens[at].kind == .word {
                    return .openEnded  // "until cleared", "until reassessed"
                }
                continue
            }
            let postOp = surgeryAnchors.match(in: tokens, at: end) != nil
            let anchor: CalendarDate?
            if postOp {
                anchor = context.surgeryDate
            } else if untilWords.contains(tokens[i].text) {
                anchor = context.surgeryDate ?? context.referenceDate  // "until 6 weeks"
            } else {
                anchor = context.referenceDate
            }
            guard let anchor else { return .openEnded }
            if unit == "months" { return .until(anchor.adding(months: Int(count))) }
            return .until(anchor.adding(days: Int(count) * (unit == "weeks" ? 7 : 1)))
        }
        return nil
    }

    /// "6 weeks", "6-8 weeks" (the longer), "six weeks", "10 days", "3 months"; returns the
    /// count, the unit and the index after it.
    static func amount(in tokens: [Token], at start: Int) -> (Double, String, Int)? {
        var i = start
        guard i < tokens.count, var count = tokens[i].value ?? numberWords[tokens[i].text] else { return nil }
        i += 1
        if i + 1 < tokens.count, tokens[i].text == "/", let unit = fractionUnits[tokens[i + 1].text], count > 0,
            count < (unit == "days" ? 7 : unit == "months" ? 12 : 52),
            !(i + 2 < tokens.count && tokens[i + 2].text == "/")
        {
            return (count, unit, i + 2)
        }
        if i + 1 < tokens.count, tokens[i].text == "-" || tokens[i].text == "to" || tokens[i].text == "or",
            let upper = tokens[i + 1].value ?? numberWords[tokens[i + 1].text]
        {
            count = max(count, upper)
            i += 2
        }
        guard i < tokens.count else { return nil }
        guard let unit = units[tokens[i].text], count > 0, count <= 520 else { return nil }
        return (count, unit, i + 1)
    }
}
