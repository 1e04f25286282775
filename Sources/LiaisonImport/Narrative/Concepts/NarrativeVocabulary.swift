import LiaisonModel

/// The clinical vocabulary of a knowledge base, compiled once for the importer: every language's
/// concept reader, the coded red flags and the language markers.
///
/// Build it once per run from `KnowledgeBase.vocabulary` and pass it in ``ImportOptions``; it is
/// immutable and shared by every worker.
public final class NarrativeVocabulary: Sendable {
    let readers: [String: LanguageReader]
    let codedRedFlags: CodedRedFlagIndex
    let markers: LanguageMarkers
    let sectionDefaults: [SectionKind: Assertion]

    public init(_ vocabulary: ClinicalVocabulary) {
        readers = vocabulary.languages.mapValues(LanguageReader.init)
        codedRedFlags = CodedRedFlagIndex(vocabulary.codedRedFlags)
        markers = LanguageMarkers(vocabulary.languageMarkers)
        sectionDefaults = vocabulary.sectionDefaults
    }

    /// The languages whose narrative Liaison reads (ISO 639-1 codes).
    public var languages: [String] { readers.keys.sorted() }
}
