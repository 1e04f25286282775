import LiaisonModel

/// One language's vocabulary compiled for reading: every term, exclusion and trigger as a
/// phrase of lemmas, indexed by first lemma, so a clause costs one look-up per word. A class,
/// immutable once built: readers are passed around per block and per sentence, and a copy of
/// so many tables was a fair share of the reading.
final class LanguageReader: Sendable {
    /// A term phrase: the classes it belongs to, or an exclusion ("hay fever") that hides words.
    struct TermEntry: Sendable {
        var classes: Set<Int> = []
        var excluded = false
    }

    /// A concept with its term classes as indexes.
    struct Concept: Sendable {
        let rule: ConceptRule
        let requires: [Int]
        let unless: Set<Int>
    }

    let language: String
    let lemmatizer: Lemmatizer
    /// Whether English shorthand and contractions are spelled out ("h/o", "don't").
    let shorthand: Bool
    let terms: PhraseSet<TermEntry>
    let cues: PhraseSet<[ContextCue]>
    let concepts: [Concept]
    /// The first lemma of every term: a clause without one has no concept to find.
    let termStarts: Set<String>
    /// Term class ids by index.
    let classNames: [String]
    /// Abbreviations whose full stop ends no sentence, lower case without the last full stop.
    let abbreviations: Set<String>
    /// Whether a comma between digits is a decimal point.
    let decimalComma: Bool
    /// The data-driven restriction reader, for a language whose vocabulary gives restrictions.
    let restrictions: RestrictionReader?

    init(_ rules: LanguageRules) {
        language = rules.language
        let shorthand = rules.language == "en"
        self.shorthand = shorthand
        abbreviations = Set(
            rules.abbreviations.map {
                $0.lowercased().hasSuffix(".") ? String($0.lowercased().dropLast()) : $0.lowercased()
            })
        decimalComma = rules.decimalComma
        let lemmatizer = Lemmatizer(
            forms: rules.wordForms, suffixes: rules.suffixes, folding: rules.folding, elisions: rules.elisions,
            compoundHeads: rules.compoundHeads, compoundModifiers: rules.compoundModifiers)
        self.lemmatizer = lemmatizer
        let classIDs = rules.termClasses.keys.sorted()
        classNames = classIDs
        let classIndex = Dictionary(uniqueKeysWithValues: classIDs.enumerated().map { ($1, $0) })
        func words(_ text: String) -> [String] {
            Words.phrase(text, lemmatizer: lemmatizer, shorthand: shorthand).filter { !$0.isEmpty }
        }
        var entries: [[String]: TermEntry] = [:]
        for id in classIDs {
            for term in rules.termClasses[id]?.terms ?? [] {
                let phrase = words(term)
                if !phrase.isEmpty { entries[phrase, default: TermEntry()].classes.insert(classIndex[id]!) }
            }
        }
        for exclusion in rules.exclusions {
            let phrase = words(exclusion)
            if !phrase.isEmpty { entries[phrase, default: TermEntry()].excluded = true }
        }
        terms = PhraseSet(entries.map { ($0.key, $0.value) })
        termStarts = Set(entries.filter { !$0.value.classes.isEmpty }.map { $0.key[0] })
        var cueTable: [[String]: [ContextCue]] = [:]
        for cue in rules.cues {
            let phrase = words(cue.phrase)
            if !phrase.isEmpty { cueTable[phrase, default: []].append(cue) }
        }
        // The cues keep the terms' word numbers: a run of lemmas is interned once for both.
        cues = PhraseSet(cueTable.map { ($0.key, $0.value) }, sharing: terms)
        restrictions = rules.restrictions.map { RestrictionReader($0, lemmatizer: lemmatizer, shorthand: shorthand) }
        concepts = rules.concepts.compactMap { rule in
            let requires = rule.requires.compactMap { classIndex[$0] }
            guard requires.count == rule.requires.count else { return nil }  // the checker reports it
            return Concept(rule: rule, requires: requires, unless: Set(rule.unless.compactMap { classIndex[$0] }))
        }
    }

    /// The clause's tokens, read in this language; web and mail addresses are no words.
    func tokens(_ text: String) -> [Token] {
        let text = WebAddress.blanked(text)
        return Tokenizer.tokens(decimalComma ? Self.decimalPoints(text) : text, shorthand: shorthand)
    }

    /// The sentences of a block of text, split and tokenised in this language.
    func sentences(_ text: String) -> [Sentence] {
        ClauseSplitter.sentences(text, tokenizer: tokens, abbreviations: abbreviations)
    }

    /// `text` with every comma between two digits made a full stop ("2,5 kg" is 2.5 kg).
    static func decimalPoints(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: ",")) else { return text }
        var scalars = Array(text.unicodeScalars)
        for i in scalars.indices.dropFirst().dropLast() where scalars[i] == "," {
            if scalars[i - 1].isDigit, scalars[i + 1].isDigit { scalars[i] = "." }
        }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars)
        return String(out)
    }
}
