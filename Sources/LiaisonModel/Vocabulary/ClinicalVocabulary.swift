/// The words and rules the narrative reader applies, per language, and the diagnosis codes that
/// are red flags in themselves: read from `Protocols/vocabulary/` so a clinician can review them,
/// each entry with its source (`liaison protocols check` validates them).
public struct ClinicalVocabulary: Hashable, Sendable {
    /// Rules per language, keyed by ISO 639-1 code (`en`, `de`, `fr`).
    public var languages: [String: LanguageRules]
    /// Diagnosis codes that raise a red flag (a problem entry G83.4 is cauda equina syndrome).
    public var codedRedFlags: [CodedRedFlagRule]
    /// Common words that identify a language, for narrative whose language is not declared.
    public var languageMarkers: [String: Set<String>]
    /// The assertion a section gives a mention that has no cue of its own (Family History:
    /// `family`). A default alone never clears a red flag: it makes it a question.
    public var sectionDefaults: [SectionKind: Assertion]

    public init(
        languages: [String: LanguageRules] = [:], codedRedFlags: [CodedRedFlagRule] = [],
        languageMarkers: [String: Set<String>] = [:], sectionDefaults: [SectionKind: Assertion] = [:]
    ) {
        self.languages = languages
        self.codedRedFlags = codedRedFlags
        self.languageMarkers = languageMarkers
        self.sectionDefaults = sectionDefaults
    }

    /// English names of the languages Liaison can name in a warning.
    public static func languageName(_ code: String) -> String {
        let names = [
            "en": "English", "de": "German", "fr": "French", "it": "Italian", "es": "Spanish", "nl": "Dutch",
            "pt": "Portuguese", "rm": "Romansh", "sv": "Swedish", "da": "Danish", "pl": "Polish",
        ]
        return names[code] ?? code
    }
}

/// The narrative rules for one language: word forms, term classes, the red-flag concepts built
/// from them, the ConText cues that decide how each mention is asserted, and (for languages other
/// than English, whose restriction rules are code) the words of restrictions.
public struct LanguageRules: Hashable, Sendable {
    public var language: String
    /// Word form to lemma ("urinating" to "urine"); forms not listed go through `suffixes`. A
    /// lemma with a space reads the form as several words ("Harnverhalt" is "Harn Verhalt").
    public var wordForms: [String: String]
    /// Endings stripped from words not in `wordForms`, longest first ("ing", "ed", "s").
    public var suffixes: [String]
    /// Letters written another way before anything else ("ß" as "ss", "é" as "e"), so spellings
    /// with and without them read alike.
    public var folding: [String: String]
    /// Elided words before an apostrophe and the words they stand for ("l" is "le": "l'anus").
    public var elisions: [String: String]
    /// Last parts of compounds: a word ending in one reads as two ("Reithosenanästhesie" is
    /// "Reithosen Anästhesie").
    public var compoundHeads: [String]
    /// First parts of compounds: a word starting with one reads as two ("Überkopfarbeiten" is
    /// "Überkopf Arbeiten").
    public var compoundModifiers: [String]
    /// Abbreviations whose full stop does not end a sentence ("St.n.", "V.a.", "max.").
    public var abbreviations: [String]
    /// Whether a comma between digits is a decimal point ("2,5 kg").
    public var decimalComma: Bool
    public var termClasses: [String: TermClass]
    public var concepts: [ConceptRule]
    public var cues: [ContextCue]
    /// Phrases whose words never count as a term ("hay fever", "stress incontinence").
    public var exclusions: [String]
    /// The words of restrictions, for a language read by the data-driven restriction reader.
    public var restrictions: RestrictionVocabulary?

    public init(
        language: String, wordForms: [String: String] = [:], suffixes: [String] = [],
        folding: [String: String] = [:], elisions: [String: String] = [:], compoundHeads: [String] = [],
        compoundModifiers: [String] = [], abbreviations: [String] = [], decimalComma: Bool = false,
        termClasses: [String: TermClass] = [:], concepts: [ConceptRule] = [], cues: [ContextCue] = [],
        exclusions: [String] = [], restrictions: RestrictionVocabulary? = nil
    ) {
        self.language = language
        self.wordForms = wordForms
        self.suffixes = suffixes
        self.folding = folding
        self.elisions = elisions
        self.compoundHeads = compoundHeads
        self.compoundModifiers = compoundModifiers
        self.abbreviations = abbreviations
        self.decimalComma = decimalComma
        self.termClasses = termClasses
        self.concepts = concepts
        self.cues = cues
        self.exclusions = exclusions
        self.restrictions = restrictions
    }
}
