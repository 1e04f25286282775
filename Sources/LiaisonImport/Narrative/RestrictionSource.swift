import LiaisonModel

/// What reads restrictions in one language: the English rules (``RestrictionRules``, code) or
/// a language's restriction vocabulary (``RestrictionReader``, data). The narrative reader asks
/// it for each sentence's duration and each clause's restriction kinds.
protocol RestrictionSource {
    /// The first duration the sentence states, if any.
    func duration(in sentence: Sentence, context: NarrativeContext) -> Duration?
    /// The restriction kinds of each clause of a sentence; `held[i]` says clause `i` holds
    /// exercise.
    func kinds(in sentence: Sentence, held: [Bool]) -> [[Restriction.Kind]]
    /// Whether a sentence that states only a duration speaks of the block's restrictions
    /// ("These precautions apply for 6 weeks"), unlike history ("Low back pain for 6 weeks").
    func speaksOfRestrictions(_ sentence: Sentence) -> Bool
}

/// The English restriction rules as a ``RestrictionSource``.
struct EnglishRestrictions: RestrictionSource {
    func duration(in sentence: Sentence, context: NarrativeContext) -> Duration? {
        DurationReader.duration(in: sentence.clauses.flatMap(\.tokens), context: context)
    }

    func kinds(in sentence: Sentence, held: [Bool]) -> [[Restriction.Kind]] {
        zip(sentence.clauses, held).map { kinds(in: $0, held: $1) }
    }

    private func kinds(in clause: Clause, held: Bool) -> [Restriction.Kind] {
        guard Lexicon.mayMatter(clause.tokens) else { return [] }
        let scope = ProhibitionScope(clause.tokens)
        let kinds = RestrictionRules.kinds(in: clause.tokens, scope: scope)
        // A heading that introduces a list ("Exercise restrictions:") instructs nothing, and a
        // clause that holds all exercise is a question, not a restriction.
        if kinds.isEmpty, scope.isRestriction, !clause.isHeading, !held { return [.other] }
        return kinds
    }

    func speaksOfRestrictions(_ sentence: Sentence) -> Bool {
        sentence.clauses.flatMap(\.tokens).contains { Lexicon.durationSubjects.contains($0.text) }
    }
}

/// A language's restriction vocabulary as a ``RestrictionSource``, reading clauses in parts
/// between commas.
struct VocabularyRestrictions: RestrictionSource {
    let reader: RestrictionReader
    let language: LanguageReader

    func duration(in sentence: Sentence, context: NarrativeContext) -> Duration? {
        reader.duration(in: words(sentence), context: context)
    }

    func kinds(in sentence: Sentence, held: [Bool]) -> [[Restriction.Kind]] {
        let lifting = reader.mentionsLifting(words(sentence).lemmas)
        return zip(sentence.clauses, held).map { clause, held in
            reader.kinds(
                in: reader.segments(of: clause.text, tokens: language.tokens), liftInSentence: lifting, held: held,
                heading: clause.isHeading)
        }
    }

    func speaksOfRestrictions(_ sentence: Sentence) -> Bool {
        reader.contains(.durationSubject, in: words(sentence).lemmas)
    }

    private func words(_ sentence: Sentence) -> Words {
        Words(sentence.clauses.flatMap(\.tokens), lemmatizer: language.lemmatizer, referenceYear: nil)
    }
}
