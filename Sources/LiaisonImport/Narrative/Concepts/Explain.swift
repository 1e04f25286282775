import LiaisonModel

extension NarrativeReader {
    /// How the concept reader read `text`, clause by clause: the lemmas, the terms and their
    /// classes, the triggers and their reach, each mention with its assertion and outcome, and
    /// the restriction kinds. For developers and vocabulary reviewers; never logged.
    static func explain(_ text: String, context: NarrativeContext) -> String {
        guard let reader = context.vocabulary.readers[context.language] else {
            return "no vocabulary for language \(context.language)"
        }
        let restrictions = NarrativeReader.restrictions(for: reader)
        var out: [String] = []
        for sentence in reader.sentences(text) {
            let kinds = restrictions?.kinds(in: sentence, held: sentence.clauses.map { _ in false })
            for (index, clause) in sentence.clauses.enumerated() {
                out += explain(clause, reader: reader, context: context)
                if let kinds = kinds?[index], !kinds.isEmpty {
                    out.append("  restrictions: \(kinds.map(\.name).joined(separator: ", "))")
                }
            }
            if let duration = restrictions?.duration(in: sentence, context: context) {
                out.append("  duration: \(duration)")
            }
        }
        return out.joined(separator: "\n")
    }

    private static func explain(_ clause: Clause, reader: LanguageReader, context: NarrativeContext) -> [String] {
        let classNames = reader.classNames
        let words = Words(clause.tokens, lemmatizer: reader.lemmatizer, referenceYear: context.referenceDate?.year)
            .lemmas
        let terms = reader.termMatches(words)
        let cues = reader.cueMatches(words, terms: terms)
        var out = ["clause: \(clause.text)", "  lemmas: \(words.joined(separator: " "))"]
        for term in terms {
            let names = term.classes.map { classNames[$0] }.sorted().joined(separator: ",")
            out.append(
                "  term \(term.start)..<\(term.end) \(words[term.start..<term.end].joined(separator: " ")) [\(names)]")
        }
        for reach in ContextAssertion.reaches(cues, words: words, terms: terms) {
            out.append(
                "  cue \(reach.cue.phrase) \(reach.cue.category.rawValue) \(reach.cue.direction.rawValue) reaches \(reach.scope)"
            )
        }
        let inherited = context.heading.flatMap { reader.inheritedCategory(ofHeading: $0, context: context) }
        for (rule, asserted) in reader.asserted(
            tokens: clause.tokens, context: context, inherited: inherited,
            sectionDefault: context.vocabulary.sectionDefaults[context.kind])
        {
            out.append(
                "  mention \(rule.id): \(asserted.assertion.rawValue) (\(asserted.basis)) -> \(RedFlagPolicy.outcome(of: rule, asserted))"
            )
        }
        return out
    }
}
