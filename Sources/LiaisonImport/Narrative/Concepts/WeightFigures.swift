/// Body weights written as figures, compared within one run of text: "gone from 64 kg to 57 kg",
/// "12 st 4 lb -> 11 st", "von 64 auf 57 kg", "82 kg in January, 76 kg today". A weight lower than
/// an earlier one in the same unit is a weight loss, whatever words surround it; ``Words`` marks
/// it with the placeholder `<weight-fall>` after its unit, and the vocabularies count that
/// placeholder as a word of loss. Only figures in the range of an adult's body weight count, so
/// a lifting limit ("weight 80 kg; no lifting over 10 kg") is no fall, and only a fall of 5% or
/// more, the usual clinical threshold for a significant loss, so two readings on one day ("wgt
/// 194 lb ... wgt 189 lb") are none.
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

    /// The positions of the unit tokens of weights lower than an earlier weight in the same unit.
    static func falls(in tokens: [Token]) -> Set<Int> {
        var highest: [String: Double] = [:]
        var falls: Set<Int> = []
        var i = 0
        while i < tokens.count {
            guard let value = tokens[i].value, tokens[i].isNumber else {
                i += 1
                continue
            }
            if let (unit, range) = unit(at: i + 1, in: tokens) {
                if range.contains(value) {
                    if let earlier = highest[unit], value <= earlier * threshold { falls.insert(i + 1) }
                    highest[unit] = max(highest[unit] ?? value, value)
                }
                i += 2
                continue
            }
            // "from 64 to 57 kg": the first figure takes the unit of the second.
            if i + 3 < tokens.count, connectors.contains(tokens[i + 1].text), tokens[i + 2].isNumber,
                let (unit, range) = unit(at: i + 3, in: tokens), range.contains(value)
            {
                highest[unit] = max(highest[unit] ?? value, value)
            }
            i += 1
        }
        return falls
    }

    private static func unit(at i: Int, in tokens: [Token]) -> (String, ClosedRange<Double>)? {
        guard i < tokens.count, tokens[i].kind == .word else { return nil }
        return units[tokens[i].text].map { ($0.unit, $0.range) }
    }
}
