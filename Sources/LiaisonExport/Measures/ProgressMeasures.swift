import LiaisonModel

/// Turns the measures of a progress record into baseline-to-current changes.
public enum ProgressMeasures {
    /// One change per measure recorded, in a fixed order (ODI, RMDQ, NPRS, PSFS, STarT Back): the
    /// earliest administration is the baseline, the latest the current score.
    public static func changes(in record: ProgressRecord) throws(MeasureInputError) -> [MeasureChange] {
        var scored: [OutcomeMeasure: [(date: CalendarDate, score: MeasureScore)]] = [:]
        for (index, entry) in record.measures.enumerated() {
            let where_ = "measures[\(index)] (\(entry.measure), \(entry.date))"
            guard let measure = OutcomeMeasure(rawValue: entry.measure.lowercased()) else {
                let known = OutcomeMeasure.allCases.map(\.rawValue).joined(separator: ", ")
                throw MeasureInputError("\(where_): unknown measure; use one of \(known)")
            }
            do {
                scored[measure, default: []].append((entry.date, try measure.score(entry)))
            } catch {
                throw MeasureInputError("\(where_): \(error.message)")
            }
        }
        return OutcomeMeasure.allCases.compactMap { measure in
            guard let list = scored[measure]?.sorted(by: { $0.date < $1.date }), let first = list.first,
                let last = list.last
            else { return nil }
            return MeasureChange(
                measure: measure, baseline: first.score, on: first.date, current: last.score, on: last.date)
        }
    }
}
