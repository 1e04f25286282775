import LiaisonModel

/// Everything a plan must respect, gathered from the matched protocols and the provider's
/// restrictions, each with the reasons that put it there.
struct Constraints {
    /// Pattern to its reasons, in the order they were found.
    private(set) var reasons: [Pattern: [Reason]] = [:]
    /// The reasons already recorded per pattern, by what they say (two restrictions with the same
    /// words, read in two sections, are one reason).
    private var said: [Pattern: Set<String>] = [:]
    var conflicts: [Conflict] = []
    var questions: [String] = []
    var precautions: [String] = []
    var expired: [Restriction] = []
    /// The lowest `max-lift` cap in force, in pounds, and the restriction that set it.
    var liftCap: (pounds: Double, restriction: Restriction)?
    /// The lowest heart-rate cap in force and the words that set it.
    var heartRateCap: (bpm: Int, text: String)?

    mutating func forbid(_ pattern: Pattern, because reason: Reason) {
        guard said[pattern, default: []].insert(reason.words).inserted else { return }
        reasons[pattern, default: []].append(reason)
    }

    /// The contraindications, sorted by pattern.
    var contraindications: [Contraindication] {
        reasons.keys.sorted().map { Contraindication(pattern: $0, because: reasons[$0] ?? []) }
    }

    /// Why `exercise` may not be done (the patterns it loads that are avoided, in pattern order,
    /// then a load cap it is above); empty when it may.
    func exclusion(of exercise: Exercise, patterns: [Pattern]) -> [Reason] {
        var found: [Reason] = []
        for pattern in patterns where exercise.isForbidden(by: pattern) {
            found.append(.avoided(pattern, because: reasons[pattern] ?? []))
        }
        if let cap = liftCap, let load = exercise.load, load.minimumPounds > cap.pounds, cap.pounds > 0 {
            found.append(
                .overLoadCap(needsPounds: load.minimumPounds, capPounds: cap.pounds, restriction: cap.restriction))
        }
        return found
    }
}
