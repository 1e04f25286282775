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

    /// The narrative reader asks for a sentence's duration, kinds and subject in turn: its words
    /// are read once.
    private let last = LastWords()

    private func words(_ sentence: Sentence) -> Words {
        let tokens = sentence.clauses.flatMap(\.tokens)
        if let words = last.words(of: tokens) { return words }
        let words = Words(tokens, lemmatizer: language.lemmatizer, referenceYear: nil)
        last.store(words, of: tokens)
        return words
    }
}

/// The words of the last run of tokens read, for a reader asked about one sentence several times.
/// Tokens count as the same only when their texts have the same bytes.
final class LastWords {
    private var tokens: [Token] = []
    private var words: Words?

    func words(of tokens: [Token]) -> Words? {
        guard let words, tokens.count == self.tokens.count else { return nil }
        for (a, b) in zip(tokens, self.tokens) {
            guard a.kind == b.kind, a.value == b.value, a.afterComma == b.afterComma,
                a.text.utf8.elementsEqual(b.text.utf8)
            else { return nil }
        }
        return words
    }

    func store(_ words: Words, of tokens: [Token]) {
        self.tokens = tokens
        self.words = words
    }
}
