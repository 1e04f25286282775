import LiaisonModel

/// Oswestry Disability Index scoring (Fairbank; DOMAIN.md section 5, bands from source O1).
///
/// Each of 10 sections is scored 0-5. The index is the sum divided by five times the number of
/// sections answered, as a percentage, so an unanswered section lowers the denominator instead
/// of counting as zero.
public enum Oswestry {
    /// Bands by upper bound of the percentage (source O1).
    static let bands: [(upTo: Double, name: String)] = [
        (20, "minimal disability"), (40, "moderate disability"), (60, "severe disability"),
        (80, "crippled"), (100, "bed-bound or exaggerating symptoms"),
    ]

    /// Scores 10 section answers; `nil` marks an unanswered section.
    public static func score(answers: [Int?]?) throws(MeasureInputError) -> MeasureScore {
        guard let answers else {
            throw MeasureInputError("ODI needs `answers`: 10 section scores 0-5, null if unanswered")
        }
        guard answers.count == 10 else {
            throw MeasureInputError(
                "ODI has 10 sections but \(answers.count) answers were given; write null for an unanswered one")
        }
        var sum = 0
        var answered = 0
        for (index, answer) in answers.enumerated() {
            guard let answer else { continue }
            guard (0...5).contains(answer) else {
                throw MeasureInputError("ODI section \(index + 1) is \(answer); each section is scored 0-5")
            }
            sum += answer
            answered += 1
        }
        guard answered > 0 else { throw MeasureInputError("ODI has no answered section; it cannot be scored") }
        let percent = Double(sum) / Double(5 * answered) * 100
        let band = bands.first { percent <= $0.upTo }?.name ?? bands[bands.count - 1].name
        let detail = answered == 10 ? nil : "\(answered) of 10 sections answered"
        return MeasureScore(measure: .odi, value: percent, band: band, detail: detail)
    }
}
