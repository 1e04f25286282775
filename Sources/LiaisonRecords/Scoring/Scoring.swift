import LiaisonModel

/// A questionnaire that cannot be scored as recorded; the message says which answer is wrong.
public struct MeasureInputError: Error, Hashable, Sendable {
    public var message: String

    public init(_ message: String) { self.message = message }
}

extension OutcomeMeasure {
    /// Scores one recorded administration, or says what is wrong with it.
    public func score(_ entry: MeasureEntry) throws(MeasureInputError) -> MeasureScore {
        switch self {
        case .odi: try Oswestry.score(answers: entry.answers)
        case .rmdq: try RolandMorris.score(ticked: entry.ticked, score: entry.score)
        case .nprs: try PainRating.score(entry.score)
        case .psfs: try PatientSpecificScale.score(entry.activities)
        case .startBack: try StartBack.score(answers: entry.answers)
        }
    }
}
