import LiaisonModel

/// Turns the measures of a progress record into baseline-to-current changes.
public enum ProgressMeasures {
    /// One administration, scored.
    public struct Scored: Sendable {
        public var measure: OutcomeMeasure
        public var date: CalendarDate
        public var score: MeasureScore

        public init(measure: OutcomeMeasure, date: CalendarDate, score: MeasureScore) {
            self.measure = measure
            self.date = date
            self.score = score
        }
    }

    /// Scores every entry of `record`; the first that cannot be scored is the error, naming the
    /// entry (`measures[2] (nprs, 2026-10-01): …`).
    public static func score(_ record: ProgressRecord) throws(MeasureInputError) -> [Scored] {
        var scored: [Scored] = []
        for (index, entry) in record.measures.enumerated() {
            do {
                scored.append(Scored(measure: entry.measure, date: entry.date, score: try entry.measure.score(entry)))
            } catch {
                throw MeasureInputError(
                    "measures[\(index)] (\(entry.measure.rawValue), \(entry.date)): \(error.message)")
            }
        }
        return scored
    }

    /// One change per measure recorded, in a fixed order (ODI, RMDQ, NPRS, PSFS, STarT Back): the
    /// earliest administration is the baseline, the latest the current score, judged by the
    /// measure's rule (`Protocols/measures.yaml`).
    public static func changes(_ scored: [Scored], rules: [OutcomeMeasure: ChangeRule]) -> [MeasureChange] {
        OutcomeMeasure.allCases.compactMap { measure in
            let list = scored.filter { $0.measure == measure }.sorted { $0.date < $1.date }
            guard let first = list.first, let last = list.last else { return nil }
            return MeasureJudgement.change(
                measure, rule: rules[measure], baseline: first.score, on: first.date, current: last.score,
                on: last.date)
        }
    }
}
