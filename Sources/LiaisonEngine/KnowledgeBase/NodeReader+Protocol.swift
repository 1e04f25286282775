import LiaisonModel
import LiaisonYAML
import Yams

extension NodeReader {
    static let protocolKeys: Set<String> = [
        "id", "name", "emphasis", "priority", "prefers", "avoid", "phases", "fitt", "precautions", "questions",
        "notes",
    ]

    /// A `protocol:` mapping or one entry of `protocols:`.
    mutating func clinicalProtocol(_ node: Node) -> ClinicalProtocol? {
        guard
            let map = mapping(
                node, what: "a protocol", allowed: Self.protocolKeys,
                required: ["id", "name", "emphasis", "avoid", "phases"])
        else { return nil }
        guard let id = string(map["id"], what: "id"), let name = string(map["name"], what: "name") else { return nil }
        let phases = sequence(map["phases"], what: "phases").compactMap { phase($0) }
        if phases.isEmpty, map["phases"] != nil { error("protocol \(id) needs at least one phase", at: map["phases"]) }
        return ClinicalProtocol(
            id: id, name: name, emphasis: string(map["emphasis"], what: "emphasis") ?? "",
            priority: Int(number(map["priority"], what: "priority") ?? 0),
            prefers: sequence(map["prefers"], what: "prefers").compactMap { patternRule($0) },
            avoid: sequence(map["avoid"], what: "avoid").compactMap { patternRule($0) }, phases: phases,
            fitt: fittRules(map["fitt"]),
            precautions: sequence(map["precautions"], what: "precautions").compactMap { note($0) },
            questions: sequence(map["questions"], what: "questions").compactMap { note($0) },
            location: location(node))
    }

    private mutating func patternRule(_ node: Node) -> PatternRule? {
        let keys: Set<String> = [
            "pattern", "because", "source", "untilWeeksAfterSurgery", "fromPregnancyWeek", "disputed",
        ]
        guard let map = mapping(node, what: "a rule", allowed: keys, required: ["pattern", "because"]),
            let pattern = located(map["pattern"], what: "pattern"),
            let because = string(map["because"], what: "because")
        else { return nil }
        return PatternRule(
            pattern: pattern, because: because, source: located(map["source"], what: "source"),
            untilWeeksAfterSurgery: number(map["untilWeeksAfterSurgery"], what: "untilWeeksAfterSurgery").map {
                Int($0)
            },
            fromPregnancyWeek: number(map["fromPregnancyWeek"], what: "fromPregnancyWeek").map { Int($0) },
            disputed: string(map["disputed"], what: "disputed"))
    }

    private mutating func phase(_ node: Node) -> ProtocolPhase? {
        let keys: Set<String> = ["name", "weeks", "goals", "progression", "exercises"]
        guard let map = mapping(node, what: "a phase", allowed: keys, required: ["name", "weeks", "exercises"]),
            let name = string(map["name"], what: "name"), let weeks = string(map["weeks"], what: "weeks")
        else { return nil }
        return ProtocolPhase(
            name: name, weeks: weeks, goals: strings(map["goals"], what: "goals").map(\.value),
            progression: strings(map["progression"], what: "progression").map(\.value),
            exercises: picks(map["exercises"]))
    }

    /// Exercise picks: an id, or `{id: X, why: "..."}`.
    mutating func picks(_ node: Node?) -> [Pick] {
        sequence(node, what: "exercises").compactMap { element in
            if case .mapping = element {
                guard let map = mapping(element, what: "a pick", allowed: ["id", "why"], required: ["id"]),
                    let id = located(map["id"], what: "id")
                else { return nil }
                return Pick(id: id, why: string(map["why"], what: "why"))
            }
            return located(element, what: "an exercise id").map { Pick(id: $0, why: nil) }
        }
    }

    /// A precaution or question: text, or `{text: "...", source: G5}`.
    mutating func note(_ node: Node) -> Note? {
        if case .mapping = node {
            guard let map = mapping(node, what: "a note", allowed: ["text", "source"], required: ["text"]),
                let text = string(map["text"], what: "text")
            else { return nil }
            return Note(text: text, source: located(map["source"], what: "source"), location: location(node))
        }
        return string(node, what: "a note").map { Note(text: $0, source: nil, location: location(node)) }
    }

    /// `fitt: {aerobic: {frequency, intensity, time, type, source}, strength: ..., flexibility: ...}`.
    mutating func fittRules(_ node: Node?) -> [FITTRule] {
        let components: Set<String> = ["aerobic", "strength", "flexibility", "stabilisation", "neuromotor"]
        guard let map = mapping(node, what: "fitt", allowed: components) else { return [] }
        return map.sorted(by: { $0.key < $1.key }).compactMap { component, value in
            let keys: Set<String> = ["frequency", "intensity", "time", "type", "source"]
            guard let f = mapping(value, what: "fitt \(component)", allowed: keys, required: Array(keys).sorted())
            else { return nil }
            let text = { (key: String) in f[key]?.scalar?.string ?? "" }
            let fitt = FITT(
                component: component, frequency: text("frequency"), intensity: text("intensity"), time: text("time"),
                type: text("type"), source: text("source"))
            return FITTRule(value: fitt, location: location(f["source"] ?? value))
        }
    }

    /// The `defaults:` section.
    mutating func defaults(_ node: Node) -> PlanDefaults? {
        let keys: Set<String> = ["fallbackProtocol", "pregnancyProtocol", "fitt", "wholeBody"]
        guard let map = mapping(node, what: "defaults", allowed: keys, required: ["fallbackProtocol", "fitt"])
        else { return nil }
        let goals = sequence(map["wholeBody"], what: "wholeBody").compactMap { element -> WholeBodyGoal? in
            guard
                let goal = mapping(
                    element, what: "a whole-body goal", allowed: ["goal", "source", "byPhase"],
                    required: ["goal", "source", "byPhase"]),
                let name = string(goal["goal"], what: "goal")
            else { return nil }
            let phases = sequence(goal["byPhase"], what: "byPhase").map { picks($0) }
            return WholeBodyGoal(goal: name, source: located(goal["source"], what: "source"), byPhase: phases)
        }
        return PlanDefaults(
            fallbackProtocol: located(map["fallbackProtocol"], what: "fallbackProtocol"),
            pregnancyProtocol: located(map["pregnancyProtocol"], what: "pregnancyProtocol"),
            fitt: fittRules(map["fitt"]), wholeBody: goals)
    }
}
