import LiaisonModel

/// Cross-file checks of a knowledge base that reading one file cannot do: duplicate ids,
/// dangling references, rules without a (known) source, unknown pattern names, and a code that
/// two conditions claim while their protocols contradict each other.
struct KnowledgeBaseChecker {
    let base: KnowledgeBase
    private var found: [Diagnostic] = []

    init(_ base: KnowledgeBase) { self.base = base }

    func check() -> [Diagnostic] {
        var checker = self
        checker.checkDuplicates()
        checker.checkExercises()
        checker.checkConditions()
        checker.checkProtocols()
        checker.checkDefaults()
        checker.checkSharedCodes()
        checker.checkVocabulary()
        return checker.found
    }

    mutating func error(_ message: String, at location: SourceLocation, notes: [String] = []) {
        found.append(Diagnostic(.error, message, at: location, notes: notes))
    }

    private mutating func checkDuplicates() {
        func report<T>(_ items: [T], kind: String, id: (T) -> String, at: (T) -> SourceLocation) -> [Diagnostic] {
            var first: [String: SourceLocation] = [:]
            var out: [Diagnostic] = []
            for item in items {
                if let earlier = first[id(item)] {
                    out.append(
                        Diagnostic(.error, "duplicate \(kind) id '\(id(item))' (first at \(earlier))", at: at(item)))
                } else {
                    first[id(item)] = at(item)
                }
            }
            return out
        }
        found += report(base.exercises, kind: "exercise", id: \.id, at: \.location)
        found += report(base.protocols, kind: "protocol", id: \.id, at: \.location)
        found += report(base.conditions, kind: "condition", id: \.id, at: \.location)
    }

    private mutating func checkExercises() {
        for exercise in base.exercises {
            for id in exercise.regressions + exercise.progressions where base.exercise(id) == nil {
                error("exercise \(exercise.id) names unknown exercise '\(id)'", at: exercise.location)
            }
            if let source = exercise.source {
                checkSource(source, for: "exercise \(exercise.id)", at: exercise.location)
            }
        }
    }

    private mutating func checkConditions() {
        for condition in base.conditions {
            for id in condition.protocols where base.clinicalProtocol(id.value) == nil {
                error("condition \(condition.id) links unknown protocol '\(id.value)'", at: id.location)
            }
        }
    }

    private mutating func checkProtocols() {
        for proto in base.protocols {
            for rule in proto.prefers + proto.avoid {
                checkPattern(rule.pattern)
                checkSource(
                    rule.source, for: "the \(rule.pattern.value) rule of \(proto.id)", at: rule.pattern.location)
            }
            for phase in proto.phases { checkPicks(phase.exercises) }
            for note in proto.precautions {
                checkSource(note.source, for: "a precaution of \(proto.id)", at: note.location)
            }
            for question in proto.questions where question.source != nil {
                checkSource(question.source, for: "a question of \(proto.id)", at: question.location)
            }
            for rule in proto.fitt { checkSource(rule.value.source, for: "the FITT of \(proto.id)", at: rule.location) }
        }
    }

    private mutating func checkDefaults() {
        for name in [base.defaults.fallbackProtocol, base.defaults.pregnancyProtocol].compactMap({ $0 })
        where base.clinicalProtocol(name.value) == nil {
            error("defaults name unknown protocol '\(name.value)'", at: name.location)
        }
        for rule in base.defaults.fitt { checkSource(rule.value.source, for: "a default FITT", at: rule.location) }
        for goal in base.defaults.wholeBody {
            checkSource(goal.source?.value, for: "whole-body goal '\(goal.goal)'", at: goal.source?.location)
            for picks in goal.byPhase { checkPicks(picks) }
        }
    }

    private mutating func checkPicks(_ picks: [Pick]) {
        for pick in picks where base.exercise(pick.id.value) == nil {
            error("unknown exercise '\(pick.id.value)'", at: pick.id.location)
        }
    }

    private mutating func checkPattern(_ pattern: Located<String>) {
        guard Pattern(name: pattern.value) == nil else { return }
        error(
            "unknown pattern '\(pattern.value)'", at: pattern.location,
            notes: ["known patterns: \(Pattern.all.map(\.name).joined(separator: ", "))"])
    }

    private mutating func checkSource(_ source: Located<String>?, for what: String, at location: SourceLocation) {
        checkSource(source?.value, for: what, at: source?.location ?? location)
    }

    mutating func checkSource(_ key: String?, for what: String, at location: SourceLocation?) {
        let location = location ?? SourceLocation(file: "defaults")
        guard let key, !key.isEmpty else {
            error("\(what) has no source", at: location, notes: ["add 'source: KEY' naming an entry of sources"])
            return
        }
        if base.sources[key] == nil {
            error("\(what) cites unknown source '\(key)'", at: location, notes: ["add \(key) to sources.yaml"])
        }
    }
}
