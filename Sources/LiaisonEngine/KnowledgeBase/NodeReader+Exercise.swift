import LiaisonModel
import LiaisonYAML
import Yams

extension NodeReader {
    static let exerciseKeys: Set<String> = [
        "id", "name", "category", "patterns", "position", "impact", "load", "equipment", "dose", "cues",
        "regressions", "progressions", "notes", "named", "source",
    ]

    /// One entry of `exercises:`.
    mutating func exercise(_ node: Node) -> Exercise? {
        guard
            let map = mapping(
                node, what: "an exercise", allowed: Self.exerciseKeys,
                required: ["id", "name", "category", "position", "dose"])
        else { return nil }
        guard let id = string(map["id"], what: "id"), let name = string(map["name"], what: "name"),
            let dose = string(map["dose"], what: "dose")
        else { return nil }
        let categoryText = string(map["category"], what: "category") ?? ""
        let category = Exercise.Category(rawValue: categoryText)
        if category == nil, map["category"] != nil {
            let known = Exercise.Category.allCases.map(\.rawValue).joined(separator: ", ")
            error("unknown category '\(categoryText)' for exercise \(id)", at: map["category"], notes: ["use \(known)"])
        }
        let positionText = string(map["position"], what: "position") ?? ""
        let position = BodyPosition(rawValue: positionText)
        if position == nil, map["position"] != nil {
            let known = BodyPosition.allCases.map(\.rawValue).joined(separator: ", ")
            error("unknown position '\(positionText)' for exercise \(id)", at: map["position"], notes: ["use \(known)"])
        }
        var patterns: [Pattern] = []
        for pattern in strings(map["patterns"], what: "patterns") {
            if let loaded = Pattern(name: pattern.value), loaded.isLoadedByExercises {
                patterns.append(loaded)
            } else {
                let known = Pattern.all.filter(\.isLoadedByExercises).map(\.name).joined(separator: ", ")
                diagnostics.append(
                    Diagnostic(
                        .error, "unknown pattern '\(pattern.value)' for exercise \(id)", at: pattern.location,
                        notes: ["an exercise loads \(known); impact, position and load have their own keys"]))
            }
        }
        guard let category, let position else { return nil }
        return Exercise(
            id: id, name: name, category: category, patterns: patterns, position: position,
            impact: bool(map["impact"], what: "impact") ?? false, load: externalLoad(map["load"], exercise: id),
            equipment: strings(map["equipment"], what: "equipment").map(\.value), dose: dose,
            cues: strings(map["cues"], what: "cues").map(\.value),
            regressions: strings(map["regressions"], what: "regressions").map(\.value),
            progressions: strings(map["progressions"], what: "progressions").map(\.value),
            named: bool(map["named"], what: "named") ?? false, source: string(map["source"], what: "source"),
            location: location(node))
    }

    /// `load: {typical: "8-16 kg kettlebell", minimumLb: 10}`; absent means body weight.
    private mutating func externalLoad(_ node: Node?, exercise id: String) -> ExternalLoad? {
        guard
            let map = mapping(
                node, what: "the load of \(id)", allowed: ["typical", "minimumLb"], required: ["typical", "minimumLb"])
        else { return nil }
        guard let typical = string(map["typical"], what: "typical"),
            let minimum = number(map["minimumLb"], what: "minimumLb")
        else { return nil }
        if minimum <= 0 {
            error("minimumLb of \(id) must be above 0 (leave 'load' out for body-weight work)", at: map["minimumLb"])
        }
        return ExternalLoad(typical: typical, minimumPounds: minimum)
    }
}
