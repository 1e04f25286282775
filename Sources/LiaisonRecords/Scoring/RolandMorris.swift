import LiaisonModel

/// Roland-Morris Disability Questionnaire scoring: the number of the 24 statements ticked
/// (DOMAIN.md section 5).
public enum RolandMorris {
    /// Scores either the ticked item numbers (1-24) or a total already counted.
    public static func score(ticked: [Int]?, score: Double?) throws(MeasureInputError) -> MeasureScore {
        if let ticked {
            if let bad = ticked.first(where: { !(1...24).contains($0) }) {
                throw MeasureInputError("RMDQ item \(bad) does not exist; items are numbered 1-24")
            }
            guard Set(ticked).count == ticked.count else {
                throw MeasureInputError("RMDQ lists an item twice in `ticked`")
            }
            if let score, Int(score) != ticked.count {
                throw MeasureInputError(
                    "RMDQ `score` \(MeasureNumber.format(score)) disagrees with the \(ticked.count) items ticked")
            }
            return MeasureScore(measure: .rmdq, value: Double(ticked.count))
        }
        guard let score else { throw MeasureInputError("RMDQ needs `ticked` (item numbers) or `score` (0-24)") }
        guard (0...24).contains(score), score == score.rounded() else {
            throw MeasureInputError("RMDQ score \(MeasureNumber.format(score)) is not a whole number 0-24")
        }
        return MeasureScore(measure: .rmdq, value: score)
    }
}

/// Numeric Pain Rating Scale: one whole number, 0 (no pain) to 10 (worst imaginable).
public enum PainRating {
    public static func score(_ score: Double?) throws(MeasureInputError) -> MeasureScore {
        guard let score else { throw MeasureInputError("NPRS needs `score` (0-10)") }
        guard (0...10).contains(score), score == score.rounded() else {
            throw MeasureInputError("NPRS score \(MeasureNumber.format(score)) is not a whole number 0-10")
        }
        return MeasureScore(measure: .nprs, value: score)
    }
}
