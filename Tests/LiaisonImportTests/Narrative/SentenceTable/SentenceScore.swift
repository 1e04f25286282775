import Foundation

/// Counts for recall and precision of one category.
struct Tally {
    var truePositives = 0
    var falseNegatives = 0
    var falsePositives = 0

    var recall: Double? { ratio(truePositives, truePositives + falseNegatives) }
    var precision: Double? { ratio(truePositives, truePositives + falsePositives) }

    private func ratio(_ a: Int, _ b: Int) -> Double? { b == 0 ? nil : Double(a) / Double(b) }

    /// Scores two sets of labels.
    mutating func add<T: Hashable>(gold: Set<T>, predicted: Set<T>) {
        truePositives += gold.intersection(predicted).count
        falseNegatives += gold.subtracting(predicted).count
        falsePositives += predicted.subtracting(gold).count
    }
}

/// What one table run measured: plans, concepts, assertions, restrictions.
struct SentenceScore {
    var rows = 0
    /// expect -> predicted -> count.
    var plans: [String: [String: Int]] = [:]
    var concepts: [String: Tally] = [:]
    var assertions: [String: Tally] = [:]
    /// Gold (flag, assertion) pairs, and how many were predicted exactly.
    var goldPairs = 0
    var correctPairs = 0
    var restrictions: [String: Tally] = [:]
    var failures: [String] = []
    /// `id<TAB>flag=assertion|…` per row, for the peer comparison.
    var predictions: [String] = []

    static func percent(_ value: Double?) -> String {
        guard let value else { return "-" }
        return String(format: "%.1f%%", value * 100)
    }

    var missedRedFlags: Int {
        ["refer-back", "needs-review"].reduce(0) { $0 + (plans[$1]?["ready"] ?? 0) }
    }
    var falseAlarms: Int { rowsExpecting("ready") - (plans["ready"]?["ready"] ?? 0) }
    var redFlagsFoundAsRedFlags: Int { plans["refer-back"]?["refer-back"] ?? 0 }

    func rowsExpecting(_ expect: String) -> Int { plans[expect]?.values.reduce(0, +) ?? 0 }

    /// The report a person reads: plans first (the safety figures), then concepts, assertions
    /// and restrictions.
    func report(title: String, withFailures: Bool) -> String {
        var out = ["## \(title): \(rows) rows", ""]
        let outcomes = ["refer-back", "needs-review", "ready"]
        out.append(
            "plan (expected -> got): "
                + outcomes.map { e in
                    "\(e) " + outcomes.map { "\(plans[e]?[$0] ?? 0)" }.joined(separator: "/")
                }.joined(separator: "; "))
        let flagged = rowsExpecting("refer-back") + rowsExpecting("needs-review")
        out.append("ready despite a red flag or question: \(missedRedFlags) of \(flagged)")
        out.append(
            "refer-back rows found as refer-back: \(redFlagsFoundAsRedFlags) of \(rowsExpecting("refer-back"))")
        out.append("false alarms (ready rows not ready): \(falseAlarms) of \(rowsExpecting("ready"))")
        out.append(
            "assertion accuracy over \(goldPairs) gold mentions: \(Self.percent(goldPairs == 0 ? nil : Double(correctPairs) / Double(goldPairs)))"
        )
        out.append("")
        out.append("concept: recall precision (tp fn fp)")
        for (name, t) in concepts.sorted(by: { $0.key < $1.key }) {
            out.append(
                "  \(name): \(Self.percent(t.recall)) \(Self.percent(t.precision)) (\(t.truePositives) \(t.falseNegatives) \(t.falsePositives))"
            )
        }
        out.append("assertion: recall precision (tp fn fp)")
        for (name, t) in assertions.sorted(by: { $0.key < $1.key }) {
            out.append(
                "  \(name): \(Self.percent(t.recall)) \(Self.percent(t.precision)) (\(t.truePositives) \(t.falseNegatives) \(t.falsePositives))"
            )
        }
        out.append("restriction: recall precision (tp fn fp)")
        for (name, t) in restrictions.sorted(by: { $0.key < $1.key }) {
            out.append(
                "  \(name): \(Self.percent(t.recall)) \(Self.percent(t.precision)) (\(t.truePositives) \(t.falseNegatives) \(t.falsePositives))"
            )
        }
        if withFailures, !failures.isEmpty {
            out.append("")
            out.append("rows that differ:")
            out += failures.map { "  " + $0 }
        }
        return out.joined(separator: "\n") + "\n"
    }
}
