import LiaisonModel

/// Everything a plan must respect, gathered from the matched protocols and the provider's
/// restrictions, each with the reasons that put it there.
struct Constraints {
    /// Pattern to its reasons, in the order they were found.
    private(set) var reasons: [String: [String]] = [:]
    /// Pattern to short labels (a code or a restriction's words) for exclusion reasons.
    private(set) var labels: [String: [String]] = [:]
    var conflicts: [Conflict] = []
    var questions: [String] = []
    var precautions: [String] = []
    var expired: [Restriction] = []
    /// The lowest `max-lift` cap in force, in pounds, and the words that set it.
    var liftCap: (pounds: Double, text: String)?
    /// The lowest heart-rate cap in force and the words that set it.
    var heartRateCap: (bpm: Int, text: String)?

    mutating func forbid(_ pattern: String, because reason: String, label: String) {
        if !(reasons[pattern] ?? []).contains(reason) { reasons[pattern, default: []].append(reason) }
        if !(labels[pattern] ?? []).contains(label) { labels[pattern, default: []].append(label) }
    }

    /// The contraindications, sorted by pattern.
    var contraindications: [Contraindication] {
        reasons.keys.sorted().map { Contraindication(pattern: $0, because: reasons[$0] ?? []) }
    }

    /// Each contraindication's exclusion text (`loads flexion, avoided for …`), sorted by
    /// pattern; computed once per plan, then checked against every exercise.
    func exclusionTexts() -> [(pattern: String, text: String)] {
        reasons.keys.sorted().map { pattern in
            (pattern, "\(Self.phrase(pattern)), avoided for \((labels[pattern] ?? []).joined(separator: "; "))")
        }
    }

    /// Why `exercise` may not be done, or nil when it may.
    func exclusionReason(for exercise: Exercise, texts: [(pattern: String, text: String)]) -> String? {
        var parts: [String] = []
        for rule in texts where exercise.isForbidden(by: rule.pattern) { parts.append(rule.text) }
        if let cap = liftCap, let load = exercise.load, load.minimumPounds > cap.pounds, cap.pounds > 0 {
            parts.append(
                "needs at least \(Self.pounds(load.minimumPounds)) of external load, above the "
                    + "\(Self.pounds(cap.pounds)) cap of restriction \"\(cap.text)\"")
        }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }

    /// `loads flexion`, `is done supine`, `is high-impact`, `carries an external load`.
    static func phrase(_ pattern: String) -> String {
        if let position = PatternName.position(in: pattern) { return "is done \(position.rawValue)" }
        switch pattern {
        case PatternName.impact: return "is high-impact"
        case PatternName.externalLoad: return "carries an external load"
        case PatternName.valsalva: return "invites breath-holding (Valsalva)"
        default: return "loads \(pattern)"
        }
    }

    static func pounds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) lb" : "\((value * 10).rounded() / 10) lb"
    }
}
