/// Body weights written as figures, compared within one run of text: "gone from 64 kg to 57 kg",
/// "12 st 4 lb -> 11 st", "von 64 auf 57 kg", "71 kg today, 80 kg at the March visit". A weight
/// lower than an earlier one in the same unit, or a today's weight lower than another, is a
/// weight loss, whatever words surround it; ``Words`` marks it with the placeholder
/// `<weight-fall>` after its unit, and the vocabularies count that placeholder as a word of loss.
/// Only figures in the range of an adult's body weight count, so a lifting limit ("weight 80 kg;
/// no lifting over 10 kg") is no fall, and only a fall of 5% or more, the usual clinical
/// threshold for a significant loss, so two readings on one day ("wgt 194 lb ... wgt 189 lb")
/// are none.
enum WeightFigures {
    static let fall = "<weight-fall>"
    /// The share of the earlier weight a later one must be at most.
    static let threshold = 0.95

    /// The units, each with the range of body weights it is written for.
    private static let units: [String: (unit: String, range: ClosedRange<Double>)] = {
        var units: [String: (String, ClosedRange<Double>)] = [:]
        for word in ["kg", "kgs", "kilo", "kilos", "kilogram", "kilograms", "kilogramm"] {
            units[word] = ("kg", 30...250)
        }
        for word in ["lb", "lbs", "pound", "pounds"] { units[word] = ("lb", 66...550) }
        for word in ["st", "stone", "stones"] { units[word] = ("st", 5...40) }
        return units
    }()

    /// Words between two figures that share the second one's unit ("64 to 57 kg").
    private static let connectors: Set<String> = ["to", "auf", "à", "a", ">", "→", "bis", "then", "now"]

    /// Words that date a figure to today ("71 kg today", "now 71 kg").
    private static let nowWords: Set<String> = [
        "today", "now", "currently", "presently", "heute", "aktuell", "jetzt", "aujourd'hui", "actuellement",
        "maintenant",
    ]

    /// A body weight read from the text: its value, unit, the position of its unit token (nil for
    /// the first figure of "64 to 57 kg") and whether the text dates it to today.
    private struct Figure {
        let value: Double
        let unit: String
        let unitAt: Int?
        let now: Bool
    }

    /// The positions of the unit tokens of weights that are a fall: where the text dates a figure
    /// to today, a today's figure lower than any other in its unit ("71 kg today, 80 kg in
    /// March"); otherwise a figure lower than an earlier one ("gone from 64 kg to 57 kg").
    static func falls(in tokens: [Token]) -> Set<Int> {
        let figures = figures(in: tokens)
        var falls: Set<Int> = []
        if figures.contains(where: \.now) {
            for figure in figures where figure.now {
                guard let at = figure.unitAt else { continue }
                let others = figures.filter { !$0.now && $0.unit == figure.unit }.map(\.value)
                if let highest = others.max(), figure.value <= highest * threshold { falls.insert(at) }
            }
            return falls
        }
        var highest: [String: Double] = [:]
        for figure in figures {
            if let at = figure.unitAt, let earlier = highest[figure.unit], figure.value <= earlier * threshold {
                falls.insert(at)
            }
            highest[figure.unit] = max(highest[figure.unit] ?? figure.value, figure.value)
        }
        return falls
    }

    private static func figures(in tokens: [Token]) -> [Figure] {
        // A word of today right before the figure or right after its unit, also in brackets, in
        // the same list item ("now 71 kg", "71 kg today", "64.0 kg (today)"; not "71 kg today,
        // 80 kg in March" for the 80).
        func isNow(number i: Int) -> Bool {
            let before = !tokens[i].afterComma && i > 0 && nowWords.contains(tokens[i - 1].text)
            var j = i + 2
            if j < tokens.count, tokens[j].text == "(", !tokens[j].afterComma { j += 1 }
            let after = j < tokens.count && !tokens[j].afterComma && nowWords.contains(tokens[j].text)
            return before || after
        }
        var figures: [Figure] = []
        var i = 0
        while i < tokens.count {
            guard let value = tokens[i].value, tokens[i].isNumber else {
                i += 1
                continue
            }
            if let (unit, range) = unit(at: i + 1, in: tokens) {
                if range.contains(value) {
                    figures.append(Figure(value: value, unit: unit, unitAt: i + 1, now: isNow(number: i)))
                }
                i += 2
                continue
            }
            // "from 64 to 57 kg": the first figure takes the unit of the second.
            if i + 3 < tokens.count, connectors.contains(tokens[i + 1].text), tokens[i + 2].isNumber,
                let (unit, range) = unit(at: i + 3, in: tokens), range.contains(value)
            {
                figures.append(Figure(value: value, unit: unit, unitAt: nil, now: false))
            }
            i += 1
        }
        return figures
    }

    private static func unit(at i: Int, in tokens: [Token]) -> (unit: String, range: ClosedRange<Double>)? {
        guard i < tokens.count, tokens[i].kind == .word else { return nil }
        return units[tokens[i].text]
    }
}
