import LiaisonModel

extension NarrativeReader {
    /// How the concept reader read `text`, sentence by sentence: the lemmas, the terms and their
    /// classes, the triggers and their reach, each mention with its assertion and outcome, and
    /// the restriction kinds. For developers and vocabulary reviewers; never logged.
    static func explain(_ text: String, context: NarrativeContext) -> String {
        guard let reader = context.vocabulary.readers[context.language] else {
            return "no vocabulary for language \(context.language)"
        }
        let restrictions = NarrativeReader.restrictions(for: reader)
        var out: [String] = []
        for sentence in reader.sentences(text) {
            out += explain(sentence, reader: reader, context: context)
            let kinds = restrictions?.kinds(in: sentence, held: sentence.clauses.map { _ in false })
            for (index, clause) in sentence.clauses.enumerated() {
                if let kinds = kinds?[index], !kinds.isEmpty {
                    out.append("  restrictions in \"\(clause.text)\": \(kinds.map(\.name).joined(separator: ", "))")
                }
            }
            if let duration = restrictions?.duration(in: sentence, context: context) {
                out.append("  duration: \(duration)")
            }
        }
        return out.joined(separator: "\n")
    }

    private static func explain(_ sentence: Sentence, reader: LanguageReader, context: NarrativeContext) -> [String] {
        let classNames = reader.classNames
        let tokens = LanguageReader.joined(sentence).tokens
        let run = Words(tokens, lemmatizer: reader.lemmatizer, referenceYear: context.referenceDate?.year)
        let words = run.lemmas
        let terms = reader.termMatches(words)
        let cues = reader.cueMatches(words, terms: terms)
        var out = [
            "sentence: \(sentence.clauses.map(\.text).joined(separator: " "))",
            "  lemmas: \(words.joined(separator: " "))",
        ]
        for term in terms {
            let names = term.classes.map { classNames[$0] }.sorted().joined(separator: ",")
            out.append(
                "  term \(term.start)..<\(term.end) \(words[term.start..<term.end].joined(separator: " ")) [\(names)]")
        }
        for reach in ContextAssertion.reaches(
            cues, words: words, commas: run.commaBefore, dashes: run.dashBefore, terms: terms)
        {
            out.append(
                "  cue \(reach.cue.phrase) \(reach.cue.category.rawValue) \(reach.cue.direction.rawValue) reaches \(reach.scope)"
                    + (reach.doubted.isEmpty ? "" : ", doubted \(reach.doubted)"))
        }
        let inherited = context.heading.flatMap { reader.inheritedCategory(ofHeading: $0, context: context) }
        for (rule, asserted, _) in reader.asserted(
            tokens: tokens, context: context, inherited: inherited,
            sectionDefault: context.vocabulary.sectionDefaults[context.kind])
        {
            out.append(
                "  mention \(rule.id): \(asserted.assertion.rawValue) (\(asserted.basis)) -> \(RedFlagPolicy.outcome(of: rule, asserted))"
            )
        }
        return out
    }
}
