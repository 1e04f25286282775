import LiaisonModel
import LiaisonYAML
import Yams

/// Where vocabulary entries were written, so the checker can point at a dangling term class or
/// an unknown source after every file has been read.
struct VocabularyCitations: Sendable {
    /// A source key and the entry that cites it.
    var sources: [(key: String, what: String, location: SourceLocation)] = []
    /// A term class a concept names, in its language.
    var classes: [(language: String, id: String, concept: String, location: SourceLocation)] = []
    /// A concept another concept's `cleared-by` names, in its language.
    var concepts: [(language: String, id: String, concept: String, location: SourceLocation)] = []
    /// Where each language's rules were first given.
    var languages: [String: SourceLocation] = [:]
    /// Where each language's restriction words were given.
    var restrictions: [String: SourceLocation] = [:]
}

extension NodeReader {
    /// One `vocabulary:` section: part of one language's narrative rules.
    mutating func vocabulary(_ node: Node, citations: inout VocabularyCitations) -> LanguageRules? {
        let keys: Set<String> = [
            "language", "suffixes", "word-forms", "exclusions", "terms", "concepts", "cues", "notes", "folding",
            "elisions", "compound-heads", "compound-modifiers", "abbreviations", "decimal-comma", "restrictions",
        ]
        guard let map = mapping(node, what: "a vocabulary", allowed: keys, required: ["language"]),
            let language = string(map["language"], what: "language")
        else { return nil }
        if citations.languages[language] == nil { citations.languages[language] = location(node) }
        var rules = LanguageRules(language: language)
        rules.suffixes = strings(map["suffixes"], what: "suffixes").map(\.value)
        rules.exclusions = strings(map["exclusions"], what: "exclusions").map(\.value)
        rules.folding = textMap(map["folding"], what: "folding")
        rules.elisions = textMap(map["elisions"], what: "elisions")
        rules.compoundHeads = strings(map["compound-heads"], what: "compound-heads").map(\.value)
        rules.compoundModifiers = strings(map["compound-modifiers"], what: "compound-modifiers").map(\.value)
        rules.abbreviations = strings(map["abbreviations"], what: "abbreviations").map(\.value)
        rules.decimalComma = bool(map["decimal-comma"], what: "decimal-comma") ?? false
        if let node = map["restrictions"] {
            citations.restrictions[language] = location(node)
            rules.restrictions = restrictionVocabulary(node, citations: &citations)
        }
        if let forms = mapping(map["word-forms"], what: "word-forms", allowed: nil) {
            for (lemma, list) in forms.sorted(by: { $0.key < $1.key }) {
                for form in strings(list, what: "forms of \(lemma)") { rules.wordForms[form.value] = lemma }
            }
        }
        if let terms = mapping(map["terms"], what: "terms", allowed: nil) {
            for (id, entry) in terms.sorted(by: { $0.key < $1.key }) {
                if let term = termClass(id, entry, citations: &citations) { rules.termClasses[id] = term }
            }
        }
        for entry in sequence(map["concepts"], what: "concepts") {
            if let concept = concept(entry, language: language, citations: &citations) {
                rules.concepts.append(concept)
            }
        }
        for entry in sequence(map["cues"], what: "cues") { rules.cues += cues(entry, citations: &citations) }
        return rules
    }

    /// A mapping of text to text ("ß: ss", "l: le").
    mutating func textMap(_ node: Node?, what: String) -> [String: String] {
        guard let map = mapping(node, what: what, allowed: nil) else { return [:] }
        var result: [String: String] = [:]
        for (key, value) in map { if let text = string(value, what: "\(what) of \(key)") { result[key] = text } }
        return result
    }

    mutating func termClass(_ id: String, _ node: Node, citations: inout VocabularyCitations) -> TermClass? {
        guard
            let map = mapping(
                node, what: "term class \(id)", allowed: ["source", "words", "notes"], required: ["source", "words"]),
            let source = located(map["source"], what: "source")
        else { return nil }
        citations.sources.append((source.value, "term class \(id)", source.location))
        let words = strings(map["words"], what: "words").map(\.value)
        if words.isEmpty { error("term class \(id) has no words", at: node) }
        return TermClass(id: id, terms: words, source: source.value)
    }

    private mutating func concept(
        _ node: Node, language: String, citations: inout VocabularyCitations
    ) -> ConceptRule? {
        let keys: Set<String> = [
            "id", "flag", "requires", "unless", "unless-reach", "window", "across-clauses", "not-in", "certainty",
            "cleared-by", "source", "notes",
        ]
        guard
            let map = mapping(node, what: "a concept", allowed: keys, required: ["id", "flag", "requires", "source"]),
            let id = string(map["id"], what: "id"), let flag = string(map["flag"], what: "flag"),
            let source = located(map["source"], what: "source")
        else { return nil }
        let target: ConceptRule.Target
        if flag == "hold" {
            target = .holdExercise
        } else if flag == "red-flag" {
            target = .unspecifiedRedFlag
        } else if let kind = RedFlag.Kind(rawValue: flag) {
            target = .redFlag(kind)
        } else {
            let known = (RedFlag.Kind.allCases.map(\.rawValue) + ["hold", "red-flag"]).joined(separator: ", ")
            error("concept \(id) names unknown flag '\(flag)'", at: map["flag"], notes: ["known flags: \(known)"])
            return nil
        }
        var certainty = ConceptRule.Certainty.definite
        if let name = string(map["certainty"], what: "certainty") {
            guard let value = ConceptRule.Certainty(rawValue: name) else {
                error("concept \(id): certainty must be definite or possible", at: map["certainty"])
                return nil
            }
            certainty = value
        }
        let requires = strings(map["requires"], what: "requires")
        let unless = strings(map["unless"], what: "unless")
        if requires.isEmpty { error("concept \(id) requires no term class", at: node) }
        for ref in requires + unless { citations.classes.append((language, ref.value, id, ref.location)) }
        let clearedBy = strings(map["cleared-by"], what: "cleared-by")
        for ref in clearedBy { citations.concepts.append((language, ref.value, id, ref.location)) }
        citations.sources.append((source.value, "concept \(id)", source.location))
        let window = number(map["window"], what: "window").map { Int($0) } ?? 8
        return ConceptRule(
            id: id, target: target, requires: requires.map(\.value), unless: unless.map(\.value),
            unlessReach: number(map["unless-reach"], what: "unless-reach").map { Int($0) }, window: window,
            acrossClauses: bool(map["across-clauses"], what: "across-clauses") ?? false,
            notIn: sectionKinds(map["not-in"], of: id), certainty: certainty, clearedBy: clearedBy.map(\.value),
            source: source.value)
    }

    /// Section kinds by name (`results`, `medications`), each checked.
    private mutating func sectionKinds(_ node: Node?, of concept: String) -> Set<SectionKind> {
        var kinds = Set<SectionKind>()
        for name in strings(node, what: "not-in") {
            guard let kind = SectionKind(rawValue: name.value) else {
                let known = SectionKind.allCases.map(\.rawValue).joined(separator: ", ")
                error("concept \(concept): unknown section kind '\(name.value)'", at: node, notes: ["known: \(known)"])
                continue
            }
            kinds.insert(kind)
        }
        return kinds
    }

    /// One group of cues sharing a category, direction, window and source.
    private mutating func cues(_ node: Node, citations: inout VocabularyCitations) -> [ContextCue] {
        let keys: Set<String> = [
            "category", "direction", "window", "tentative", "clause-final", "clause-initial", "whole-list",
            "terminates", "doubts-denials", "source", "phrases", "notes",
        ]
        guard
            let map = mapping(
                node, what: "a cue group", allowed: keys, required: ["category", "source", "phrases"]),
            let categoryName = string(map["category"], what: "category"),
            let source = located(map["source"], what: "source")
        else { return [] }
        guard let category = ContextCue.Category(rawValue: categoryName) else {
            let known = ContextCue.Category.allCases.map(\.rawValue).joined(separator: ", ")
            error("unknown cue category '\(categoryName)'", at: map["category"], notes: ["known: \(known)"])
            return []
        }
        var direction = ContextCue.Direction.forward
        if let name = string(map["direction"], what: "direction") {
            guard let value = ContextCue.Direction(rawValue: name) else {
                error("a cue direction is forward, backward or both", at: map["direction"])
                return []
            }
            direction = value
        }
        citations.sources.append((source.value, "the \(categoryName) cues", source.location))
        let window = number(map["window"], what: "window").map { Int($0) }
        let tentative = bool(map["tentative"], what: "tentative") ?? false
        let clauseFinal = bool(map["clause-final"], what: "clause-final") ?? false
        let clauseInitial = bool(map["clause-initial"], what: "clause-initial") ?? false
        let wholeList = bool(map["whole-list"], what: "whole-list") ?? false
        let doubtsDenials = bool(map["doubts-denials"], what: "doubts-denials") ?? false
        if doubtsDenials, category != .possible {
            error(
                "doubts-denials is for possible cues: a doubt about a denial makes a question",
                at: map["doubts-denials"])
        }
        var terminates = Set<ContextCue.Category>()
        for name in strings(map["terminates"], what: "terminates") {
            guard let ended = ContextCue.Category(rawValue: name.value) else {
                error("terminates lists cue categories such as historical", at: map["terminates"])
                continue
            }
            terminates.insert(ended)
        }
        return strings(map["phrases"], what: "phrases").map {
            ContextCue(
                phrase: $0.value, category: category, direction: direction, window: window, tentative: tentative,
                clauseFinal: clauseFinal, clauseInitial: clauseInitial, wholeList: wholeList, terminates: terminates,
                doubtsDenials: doubtsDenials, source: source.value)
        }
    }
}
