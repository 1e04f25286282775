import LiaisonModel

/// Where a block of provider text came from, what kind of section it is in, its language, and
/// the dates its durations count from.
public struct NarrativeContext: Sendable {
    /// The provenance section (a LOINC section code for CDA, the element name for referral XML).
    public var section: String
    /// The 1-based line of the text block in the source file.
    public var line: Int?
    /// What the section is for; its default assertion applies to mentions without a trigger.
    public var kind: SectionKind
    /// The language of the text (ISO 639-1); only rules of that language read it.
    public var language: String
    /// The heading of the list the block is an item of ("Call your doctor if you have:").
    public var heading: String?
    /// The document date: "for 6 weeks" counts from it.
    public var referenceDate: CalendarDate?
    /// The surgery date when known: "until 12 weeks post-op" counts from it.
    public var surgeryDate: CalendarDate?
    /// The vocabulary the concept reader applies.
    public var vocabulary: NarrativeVocabulary
    /// Whether "12/01/2026" is the 12th of January (documents from outside the US).
    public var dayFirstDates: Bool

    public init(
        section: String, line: Int?, kind: SectionKind = .other, language: String = "en", heading: String? = nil,
        referenceDate: CalendarDate? = nil, surgeryDate: CalendarDate? = nil, vocabulary: NarrativeVocabulary,
        dayFirstDates: Bool = false
    ) {
        self.section = section
        self.line = line
        self.kind = kind
        self.language = language
        self.heading = heading
        self.referenceDate = referenceDate
        self.surgeryDate = surgeryDate
        self.vocabulary = vocabulary
        self.dayFirstDates = dayFirstDates
    }
}

extension Provenance {
    /// Where a finding read in `context` comes from.
    init(_ context: NarrativeContext) { self.init(section: context.section, line: context.line, kind: context.kind) }
}

/// What the narrative reader found in one block of text.
public struct NarrativeFindings: Sendable, Equatable {
    public var restrictions: [Restriction]
    public var redFlags: [RedFlag]
    /// Possible red flags, holds, and text in a language Liaison does not read.
    public var reviewItems: [ReviewItem]

    public init(restrictions: [Restriction] = [], redFlags: [RedFlag] = [], reviewItems: [ReviewItem] = []) {
        self.restrictions = restrictions
        self.redFlags = redFlags
        self.reviewItems = reviewItems
    }
}

/// Reads restrictions and red flags from the provider's own words (docs/narrative.md).
///
/// The text is split into sentences and clauses and tokenised. Red flags come from the concept
/// reader: concepts recognised from their parts, asserted by ConText triggers, decided by
/// ``RedFlagPolicy``, in the text's own language. Restrictions come from small English rules
/// (prohibitions and their scope, movements, lifting caps, impact, positions, heart-rate caps,
/// weight-bearing orders and durations) or, in other languages, from the same kinds read from
/// the language's restriction vocabulary (``RestrictionReader``). Text in a language with no
/// vocabulary is not read by word rules: it becomes a review item, so the plan is never
/// silently ready.
public enum NarrativeReader {
    /// Reads one block of provider text (a paragraph, a list item, a table cell).
    ///
    /// Every finding's `source` is the context's section and line and its `text` is the clause
    /// in the provider's words. A clause that forbids or limits something the rules cannot
    /// classify ("do not start exercise until cleared") is kept as kind `other`. A finding's
    /// `until` comes from a duration in its sentence, else from a sentence of the block that
    /// states only a duration ("These precautions apply for 6 weeks"); it stays nil when the
    /// document gives no date to count from. With `restrictions` false (a section whose
    /// restrictions are not taken) only red flags and review items are read.
    public static func read(_ text: String, context: NarrativeContext, restrictions: Bool = true) -> NarrativeFindings {
        let source = Provenance(context)
        var findings = NarrativeFindings()
        guard let reader = context.vocabulary.readers[context.language] else {
            findings.reviewItems = [unread(text, context: context)]
            return findings
        }
        var concepts = ConceptFindings()
        let inherited = context.heading.flatMap { reader.inheritedCategory(ofHeading: $0, context: context) }
        let sectionDefault = context.vocabulary.sectionDefaults[context.kind]
        let restrictionSource = restrictions ? Self.restrictions(for: reader) : nil
        var undated: [Int] = []  // restrictions whose sentence states no duration at all
        var blockDuration: Duration?
        for sentence in reader.sentences(text) {
            reader.read(
                sentence: sentence, context: context, inherited: inherited, sectionDefault: sectionDefault,
                into: &concepts)
            guard let restrictionSource else { continue }
            // An order to hold all exercise is a question for the provider, not a restriction.
            let held = sentence.clauses.map { clause in
                concepts.reviewItems.contains { $0.kind == .holdExercise && $0.text.contains(clause.text) }
            }
            let duration = restrictionSource.duration(in: sentence, context: context)
            var found = false
            for (clause, kinds) in zip(sentence.clauses, restrictionSource.kinds(in: sentence, held: held)) {
                for kind in kinds {
                    found = true
                    let restriction = Restriction(kind: kind, text: clause.text, until: duration?.date, source: source)
                    guard !findings.restrictions.contains(where: { $0.kind == kind && $0.until == restriction.until })
                    else { continue }
                    if duration == nil { undated.append(findings.restrictions.count) }
                    findings.restrictions.append(restriction)
                }
            }
            if !found, blockDuration == nil, restrictionSource.speaksOfRestrictions(sentence) {
                blockDuration = duration
            }
        }
        if let until = blockDuration?.date {
            for index in undated { findings.restrictions[index].until = until }
        }
        if context.language != "en",
            !LanguageDetector.shows(context.language, in: text, markers: context.vocabulary.markers)
        {
            crossRead(text, context: context, into: &concepts)
        }
        findings.redFlags = concepts.redFlags
        findings.reviewItems = concepts.reviewItems
        return findings
    }

    /// Text in a document of another language than English that shows no word of that language
    /// (a table cell, an English note in a French document, a German one in a Swiss French
    /// document) may be in another: every other vocabulary reads it too, and a red flag or a hold
    /// that only another language finds, where the text's own reader raised none of its kind,
    /// is a question for the provider, never a silent miss. English documents are not read so:
    /// their table cells show no English function word either, and German and French homographs
    /// ("AIDS" in "without aids") would make questions of them.
    static func crossRead(_ text: String, context: NarrativeContext, into concepts: inout ConceptFindings) {
        // What the text's own reader already raises; what it cleared may be a misreading (French
        // "afébrile" is "pas de fièvre", whose "pas" then denies the English "immunosuppressed").
        let known = Set(concepts.redFlags.map(\.kind) + concepts.reviewItems.compactMap(\.flag))
        let holdKnown = concepts.reviewItems.contains { $0.kind == .holdExercise }
        let source = Provenance(context)
        for (language, other) in context.vocabulary.readers.sorted(by: { $0.key < $1.key })
        where language != context.language {
            var elsewhere = context
            elsewhere.language = language
            var found = ConceptFindings()
            let inherited = context.heading.flatMap { other.inheritedCategory(ofHeading: $0, context: elsewhere) }
            for sentence in other.sentences(text) {
                other.read(
                    sentence: sentence, context: elsewhere, inherited: inherited,
                    sectionDefault: context.vocabulary.sectionDefaults[context.kind], into: &found)
            }
            let flagged =
                found.redFlags.map { ($0.kind, $0.assertion, $0.text) }
                + found.reviewItems.filter { $0.kind == .possibleRedFlag }.compactMap { item in
                    item.flag.map { ($0, item.assertion, item.text) }
                }
            for hold in found.reviewItems where hold.kind == .holdExercise && !holdKnown {
                if !concepts.reviewItems.contains(where: { $0.kind == .holdExercise && $0.text == hold.text }) {
                    concepts.reviewItems.append(hold)
                }
            }
            for (kind, assertion, quoted) in flagged where !known.contains(kind) {
                let item = ReviewItem(
                    kind: .possibleRedFlag, flag: kind, assertion: assertion, language: language, text: quoted,
                    source: source)
                if !concepts.reviewItems.contains(where: { $0.flag == kind && $0.text == quoted }) {
                    concepts.reviewItems.append(item)
                }
            }
        }
    }

    /// What reads restrictions in the reader's language: the English rules, a language's
    /// restriction vocabulary, or nothing (a language read for red flags only).
    static func restrictions(for reader: LanguageReader) -> RestrictionSource? {
        if reader.language == "en" { return EnglishRestrictions() }
        return reader.restrictions.map { VocabularyRestrictions(reader: $0, language: reader) }
    }

    /// A review item for text in a language Liaison has no vocabulary for.
    static func unread(_ text: String, context: NarrativeContext) -> ReviewItem {
        let words = text.split(separator: " ")
        let excerpt = words.prefix(12).joined(separator: " ") + (words.count > 12 ? " …" : "")
        return ReviewItem(
            kind: .unreadNarrative, language: context.language, text: excerpt, source: Provenance(context))
    }

    /// The last day of the first duration in `text` ("for 6 weeks", "until 2026-12-01"), for
    /// restrictions given in structured form with their words.
    static func until(in text: String, context: NarrativeContext) -> CalendarDate? {
        for sentence in ClauseSplitter.sentences(text) {
            if let duration = DurationReader.duration(in: sentence.clauses.flatMap(\.tokens), context: context) {
                return duration.date
            }
        }
        return nil
    }

    /// Whether a block of text states a restriction or instruction at all: some clause forbids
    /// or limits something ("no", "avoid", "do not", "limit", "… should be avoided") or gives a
    /// weight-bearing order or heart-rate cap. A history sentence ("Denies fever", "Pain began
    /// after lifting a box") does not. Section readers use it to keep unclassified
    /// instructions without keeping every sentence of a narrative.
    public static func looksLikeInstruction(_ text: String) -> Bool {
        ClauseSplitter.sentences(text).contains { sentence in
            sentence.clauses.contains { clause in
                guard Lexicon.mayMatter(clause.tokens) else { return false }
                let scope = ProhibitionScope(clause.tokens)
                return scope.isRestriction || !RestrictionRules.kinds(in: clause.tokens, scope: scope).isEmpty
            }
        }
    }
}

extension Duration {
    /// The last day, when there is one.
    var date: CalendarDate? {
        if case .until(let date) = self { return date }
        return nil
    }
}

/// A concept mention with its assertion, for measuring the reader against a sentence table.
struct NarrativeMention: Equatable {
    var rule: ConceptRule
    var assertion: MentionAssertion
}

extension NarrativeReader {
    /// Every concept mention in `text` with its assertion (cleared ones included).
    static func mentions(in text: String, context: NarrativeContext) -> [NarrativeMention] {
        guard let reader = context.vocabulary.readers[context.language] else { return [] }
        let inherited = context.heading.flatMap { reader.inheritedCategory(ofHeading: $0, context: context) }
        let sectionDefault = context.vocabulary.sectionDefaults[context.kind]
        return reader.sentences(text).flatMap { sentence in
            reader.asserted(
                tokens: LanguageReader.joined(sentence).tokens, context: context, inherited: inherited,
                sectionDefault: sectionDefault
            ).map { NarrativeMention(rule: $0.0, assertion: $0.1) }
        }
    }
}
