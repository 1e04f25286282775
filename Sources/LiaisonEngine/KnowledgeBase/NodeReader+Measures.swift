import LiaisonModel
import LiaisonYAML
import Yams

/// Reads `measures:` (`Protocols/measures.yaml`): how a change on each outcome measure is judged.
extension NodeReader {
    static let measureKeys: Set<String> = ["measure", "thresholds", "alternatives", "disagreement", "cutOffs"]
    static let thresholdKeys: Set<String> = ["improvement", "percentOfBaseline", "label", "citation", "source"]
    static let cutOffKeys: Set<String> = [
        "improvementPercentAtLeast", "baselineOutside", "currentAtMost", "note", "source",
    ]

    /// One measure's rule; the source keys are checked against `sources.yaml` by the checker.
    mutating func measureRule(_ node: Node) -> (OutcomeMeasure, ChangeRule, [Located<String>])? {
        guard let map = mapping(node, what: "a measure", allowed: Self.measureKeys, required: ["measure"]),
            let name = located(map["measure"], what: "measure")
        else { return nil }
        guard let measure = OutcomeMeasure(rawValue: name.value) else {
            let known = OutcomeMeasure.allCases.map(\.rawValue).joined(separator: ", ")
            error("unknown measure '\(name.value)'", at: map["measure"], notes: ["use one of \(known)"])
            return nil
        }
        var sources: [Located<String>] = []
        func thresholds(_ key: String) -> [ChangeThreshold] {
            sequence(map[key], what: key).compactMap { threshold($0, sources: &sources) }
        }
        let rule = ChangeRule(
            primary: thresholds("thresholds"), alternatives: thresholds("alternatives"),
            disagreement: string(map["disagreement"], what: "disagreement"),
            cutOffs: sequence(map["cutOffs"], what: "cutOffs").compactMap { cutOff($0, sources: &sources) })
        return (measure, rule, sources)
    }

    private mutating func threshold(_ node: Node, sources: inout [Located<String>]) -> ChangeThreshold? {
        guard
            let map = mapping(
                node, what: "a threshold", allowed: Self.thresholdKeys,
                required: ["improvement", "label", "citation", "source"]),
            let improvement = number(map["improvement"], what: "improvement"),
            let label = string(map["label"], what: "label"),
            let citation = string(map["citation"], what: "citation"),
            let source = located(map["source"], what: "source")
        else { return nil }
        sources.append(source)
        return ChangeThreshold(
            improvement: improvement,
            isPercentOfBaseline: bool(map["percentOfBaseline"], what: "percentOfBaseline") ?? false,
            label: label, citation: citation, source: source.value)
    }

    private mutating func cutOff(_ node: Node, sources: inout [Located<String>]) -> CutOff? {
        guard let map = mapping(node, what: "a cut-off", allowed: Self.cutOffKeys, required: ["note", "source"]),
            let note = string(map["note"], what: "note"), let source = located(map["source"], what: "source")
        else { return nil }
        sources.append(source)
        let conditions: [CutOff.Condition] = [
            map["improvementPercentAtLeast"].flatMap { number($0, what: "improvementPercentAtLeast") }.map {
                .improvementPercentAtLeast($0)
            },
            map["currentAtMost"].flatMap { number($0, what: "currentAtMost") }.map { .currentAtMost($0) },
            map["baselineOutside"].flatMap { range($0) }.map { .baselineOutside($0.0, $0.1) },
        ].compactMap { $0 }
        guard conditions.count == 1 else {
            error(
                "a cut-off needs exactly one condition", at: node,
                notes: ["improvementPercentAtLeast: N, baselineOutside: [LOW, HIGH] or currentAtMost: N"])
            return nil
        }
        return CutOff(conditions[0], note: note, source: source.value)
    }

    private mutating func range(_ node: Node) -> (Double, Double)? {
        let bounds = sequence(node, what: "baselineOutside").compactMap { number($0, what: "baselineOutside") }
        guard bounds.count == 2, bounds[0] <= bounds[1] else {
            error("baselineOutside must be [LOW, HIGH]", at: node)
            return nil
        }
        return (bounds[0], bounds[1])
    }
}
