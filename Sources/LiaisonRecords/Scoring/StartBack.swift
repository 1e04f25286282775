import LiaisonModel

/// STarT Back Screening Tool (Keele; DOMAIN.md section 5, source O5).
///
/// Nine items score 0 or 1 (item 9 scores 1 for "very much" or "extremely"; record it as 1).
/// A total of 3 or less is low risk; otherwise the distress subscale, items 5-9, decides:
/// 3 or less medium risk, 4 or more high risk. One mirror lists the subscale as items
/// 1, 4, 7, 8 and 9; Liaison follows Keele and Physiopedia.
public enum StartBack {
    /// The distress (psychosocial) subscale, 1-based item numbers, per Keele.
    static let distressItems = 5...9

    public static func score(answers: [Int?]?) throws(MeasureInputError) -> MeasureScore {
        guard let answers, answers.count == 9 else {
            throw MeasureInputError("STarT Back needs `answers`: 9 items, each 0 or 1")
        }
        var items: [Int] = []
        for (index, answer) in answers.enumerated() {
            guard let answer else {
                throw MeasureInputError("STarT Back item \(index + 1) is unanswered; the tool needs all 9 items")
            }
            guard answer == 0 || answer == 1 else {
                throw MeasureInputError("STarT Back item \(index + 1) is \(answer); items score 0 or 1")
            }
            items.append(answer)
        }
        let total = items.reduce(0, +)
        let distress = distressItems.map { items[$0 - 1] }.reduce(0, +)
        let group: String
        if total <= 3 {
            group = "low risk"
        } else {
            group = distress <= 3 ? "medium risk" : "high risk"
        }
        return MeasureScore(
            measure: .startBack, value: Double(total), band: group, detail: "distress subscale \(distress)/5")
    }
}
