import Foundation
import LiaisonModel
import LiaisonYAML
import Yams

/// Reads every `*.yaml` file of a knowledge-base folder (sorted by path, subfolders included).
///
/// A file holds any of the top-level sections `sources`, `conditions`, `protocols` (a list),
/// `protocol` (one), `exercises` and `defaults`, the narrative reader's `vocabulary` (one
/// language's part), `red-flag-codes`, `language-markers` and `section-defaults`, and the outcome
/// measures' change rules (`measures`), so a trainer may split or merge files freely.
enum KnowledgeBaseReader {
    static let sections: Set<String> = [
        "sources", "conditions", "protocols", "protocol", "exercises", "defaults", "vocabulary", "red-flag-codes",
        "language-markers", "section-defaults", "measures",
    ]

    static func read(folder: URL) -> (KnowledgeBase, [Diagnostic]) {
        var parts = Parts()
        var diagnostics: [Diagnostic] = []
        let files = yamlFiles(in: folder)
        if files.isEmpty {
            diagnostics.append(
                Diagnostic(
                    .error, "no knowledge-base files (*.yaml) found", at: SourceLocation(file: folder.path),
                    notes: ["point --protocols at a copy of the built-in Protocols folder"]))
        }
        for file in files {
            var reader = NodeReader(file: file.path)
            read(file: file, into: &parts, with: &reader)
            diagnostics += reader.diagnostics
        }
        let defaults =
            parts.defaults ?? PlanDefaults(fallbackProtocol: nil, pregnancyProtocol: nil, fitt: [], wholeBody: [])
        let base = KnowledgeBase(
            sources: parts.sources.mapValues(\.value), conditions: parts.conditions, protocols: parts.protocols,
            exercises: parts.exercises, defaults: defaults, vocabulary: parts.vocabulary,
            measureRules: parts.measureRules, citations: parts.citations)
        return (base, diagnostics)
    }

    /// What the files held so far.
    struct Parts {
        var sources: [String: Located<String>] = [:]
        var conditions: [Condition] = []
        var protocols: [ClinicalProtocol] = []
        var exercises: [Exercise] = []
        var defaults: PlanDefaults?
        var vocabulary = ClinicalVocabulary()
        var measureRules: [OutcomeMeasure: ChangeRule] = [:]
        var citations = VocabularyCitations()
        /// Where each language's term classes were defined ("fr/cauda-equina.yaml"), by language
        /// and class.
        var termClassFiles: [String: [String: String]] = [:]
    }

    private static func read(file: URL, into parts: inout Parts, with reader: inout NodeReader) {
        let text: String
        do {
            text = try String(contentsOf: file, encoding: .utf8)
        } catch {
            reader.error("cannot read the file as UTF-8 text", at: nil)
            return
        }
        let root: Node?
        do {
            // Every scalar is read as text and converted by NodeReader (numbers, yes/no), so
            // Yams's default resolver, which tries its int, float, bool, null and timestamp
            // regular expressions on each of the vocabulary's tens of thousands of words, is
            // not needed: with the basic one a scalar is a string.
            root = try Yams.compose(yaml: text, .basic)
        } catch {
            reader.diagnostics.append(NodeReader.yamlError(error, file: file.path))
            return
        }
        guard let root else { return }  // an empty file is allowed
        guard let top = reader.mapping(root, what: "the file", allowed: sections) else { return }
        for (key, node) in top.sorted(by: { $0.key < $1.key }) {
            switch key {
            case "sources": readSources(node, into: &parts, with: &reader)
            case "conditions":
                parts.conditions += reader.sequence(node, what: "conditions").compactMap { reader.condition($0) }
            case "protocols":
                parts.protocols += reader.sequence(node, what: "protocols").compactMap { reader.clinicalProtocol($0) }
            case "protocol": parts.protocols += reader.clinicalProtocol(node).map { [$0] } ?? []
            case "exercises":
                parts.exercises += reader.sequence(node, what: "exercises").compactMap { reader.exercise($0) }
            case "vocabulary":
                if let rules = reader.vocabulary(node, citations: &parts.citations) {
                    // A class of one language is defined in one file: a second definition would
                    // silently replace the first one's words.
                    let here = file.deletingLastPathComponent().lastPathComponent + "/" + file.lastPathComponent
                    for id in rules.termClasses.keys.sorted() {
                        if let first = parts.termClassFiles[rules.language]?[id] {
                            reader.error(
                                "term class '\(id)' is defined in \(first) too; this one would replace its words",
                                at: node["terms"]?[id],
                                notes: ["give one of them another name, or define it once in shared-terms.yaml"])
                        } else {
                            parts.termClassFiles[rules.language, default: [:]][id] = here
                        }
                    }
                    // Nor is a word form read two ways.
                    let forms = parts.vocabulary.languages[rules.language]?.wordForms ?? [:]
                    for (form, lemma) in rules.wordForms.sorted(by: { $0.key < $1.key }) {
                        guard let other = forms[form], other != lemma else { continue }
                        reader.error(
                            "'\(form)' is read as '\(lemma)' here and as '\(other)' in another \(rules.language) file",
                            at: node["word-forms"], notes: ["keep one of the two; a later file's would replace it"])
                    }
                    parts.vocabulary.languages[rules.language] = merge(
                        parts.vocabulary.languages[rules.language], rules)
                }
            case "red-flag-codes":
                parts.vocabulary.codedRedFlags += reader.sequence(node, what: "red-flag-codes").compactMap {
                    reader.codedRedFlag($0, citations: &parts.citations)
                }
            case "language-markers":
                parts.vocabulary.languageMarkers.merge(reader.languageMarkers(node)) { $0.union($1) }
            case "measures":
                for entry in reader.sequence(node, what: "measures") {
                    guard let (measure, rule, sources) = reader.measureRule(entry) else { continue }
                    if parts.measureRules[measure] != nil {
                        reader.error("the \(measure.rawValue) rule is given twice", at: entry)
                    }
                    parts.measureRules[measure] = rule
                    parts.citations.sources += sources.map {
                        ($0.value, "a \(measure.rawValue) threshold", $0.location)
                    }
                }
            case "section-defaults":
                parts.vocabulary.sectionDefaults.merge(reader.sectionDefaults(node)) { _, new in new }
            default:
                if parts.defaults != nil { reader.error("a second 'defaults' section; keep one", at: node) }
                parts.defaults = reader.defaults(node)
            }
        }
    }

    /// One language's rules given in several files, put together.
    private static func merge(_ earlier: LanguageRules?, _ more: LanguageRules) -> LanguageRules {
        guard var rules = earlier else { return more }
        rules.wordForms.merge(more.wordForms) { _, new in new }
        rules.suffixes += more.suffixes.filter { !rules.suffixes.contains($0) }
        rules.termClasses.merge(more.termClasses) { _, new in new }
        rules.concepts += more.concepts
        rules.cues += more.cues
        rules.exclusions += more.exclusions
        rules.folding.merge(more.folding) { _, new in new }
        rules.elisions.merge(more.elisions) { _, new in new }
        rules.compoundHeads += more.compoundHeads
        rules.compoundModifiers += more.compoundModifiers
        rules.abbreviations += more.abbreviations
        rules.decimalComma = rules.decimalComma || more.decimalComma
        rules.restrictions = rules.restrictions.map { $0.merging(more.restrictions) } ?? more.restrictions
        return rules
    }

    private static func readSources(_ node: Node, into parts: inout Parts, with reader: inout NodeReader) {
        reader.checkTag(node)
        guard case .mapping(let mapping) = node else {
            reader.error("sources must map a key to a citation (G5: \"Hebert 2011 …\")", at: node)
            return
        }
        for (key, value) in mapping {
            guard let name = reader.string(key, what: "a source key"),
                let citation = reader.string(value, what: "a citation")
            else { continue }
            if let earlier = parts.sources[name] {
                reader.error("source '\(name)' is defined twice (first at \(earlier.location))", at: key)
            }
            parts.sources[name] = Located(citation, at: reader.location(key))
        }
    }

    static func yamlFiles(in folder: URL) -> [URL] {
        guard
            let walker = FileManager.default.enumerator(
                at: folder, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles])
        else { return [] }
        var files: [URL] = []
        for case let url as URL in walker where ["yaml", "yml"].contains(url.pathExtension.lowercased()) {
            files.append(url)
        }
        return files.sorted { $0.path < $1.path }
    }
}

extension RestrictionVocabulary {
    /// These words with those of `more` added; a list given in both is the later one.
    fileprivate func merging(_ more: RestrictionVocabulary?) -> RestrictionVocabulary {
        guard let more else { return self }
        var merged = self
        merged.lists.merge(more.lists) { _, new in new }
        merged.movements.merge(more.movements) { _, new in new }
        merged.positions.merge(more.positions) { _, new in new }
        merged.weightBearing.merge(more.weightBearing) { _, new in new }
        merged.units.merge(more.units) { _, new in new }
        merged.durationUnits.merge(more.durationUnits) { _, new in new }
        merged.numbers.merge(more.numbers) { _, new in new }
        merged.months.merge(more.months) { _, new in new }
        merged.fractions.merge(more.fractions) { _, new in new }
        return merged
    }
}
