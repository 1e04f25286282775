import LiaisonModel

/// Patient-Specific Functional Scale: up to five activities the client chose, each rated
/// 0 (unable) to 10 (able at the prior level); the score is the mean (DOMAIN.md section 5, O4).
public enum PatientSpecificScale {
    public static func score(_ activities: [PSFSActivity]?) throws(MeasureInputError) -> MeasureScore {
        guard let activities, !activities.isEmpty else {
            throw MeasureInputError("PSFS needs `activities`: 1 to 5 items, each with `activity` and `score` 0-10")
        }
        guard activities.count <= 5 else {
            throw MeasureInputError("PSFS has \(activities.count) activities; the scale allows at most 5")
        }
        for item in activities where !(0...10).contains(item.score) {
            throw MeasureInputError(
                "PSFS activity \"\(item.activity)\" is rated \(MeasureNumber.format(item.score)); ratings are 0-10")
        }
        let mean = activities.map(\.score).reduce(0, +) / Double(activities.count)
        let names = activities.map { "\($0.activity) \(MeasureNumber.format($0.score))" }.joined(separator: "; ")
        return MeasureScore(measure: .psfs, value: mean, detail: "mean of \(activities.count): \(names)")
    }
}
