import LiaisonModel

extension NarrativeReader {
    /// How the concept reader read `text`, sentence by sentence: the lemmas, the terms and their
    /// classes, the triggers and their reach, and each mention with its assertion and outcome.
    /// For developers and vocabulary reviewers; never logged.
    static func explain(_ text: String, context: NarrativeContext) -> String {
        guard let reader = context.vocabulary.readers[context.language] else {
            return "no vocabulary for language \(context.language)"
        }
        let classNames = reader.classNames
        var out: [String] = []
        for sentence in ClauseSplitter.sentences(text, tokenizer: reader.tokens) {
            let tokens = LanguageReader.joined(sentence).tokens
            let words = Words(tokens, lemmatizer: reader.lemmatizer, referenceYear: context.referenceDate?.year)
                .lemmas
            let terms = reader.termMatches(words)
            let cues = reader.cueMatches(words, terms: terms)
            out.append("sentence: \(sentence.clauses.map(\.text).joined(separator: " "))")
            out.append("  lemmas: \(words.joined(separator: " "))")
            for term in terms {
                let names = term.classes.map { classNames[$0] }.sorted().joined(separator: ",")
                out.append(
                    "  term \(term.start)..<\(term.end) \(words[term.start..<term.end].joined(separator: " ")) [\(names)]"
                )
            }
            let commas = tokens.map(\.afterComma)
            for reach in ContextAssertion.reaches(cues, words: words, commas: commas, terms: terms) {
                out.append(
                    "  cue \(reach.cue.phrase) \(reach.cue.category.rawValue) \(reach.cue.direction.rawValue) reaches \(reach.scope)"
                )
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
        }
        return out.joined(separator: "\n")
    }
}
