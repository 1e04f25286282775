import Foundation
import LiaisonModel
import LiaisonXML

/// A stage-2 reader for one kind of section (keyed by section code), in the manner of one file
/// per section in BlueButton.js's `parsers/ccda` but without filling gaps with placeholders.
protocol SectionReader: Sendable {
    /// The section codes this reader handles.
    static var codes: Set<String> { get }
    static func read(_ section: CDASection, context: CDAContext, into findings: inout CDAFindings)
}

/// What the section readers gather from a document's body.
struct CDAFindings {
    /// Candidate texts for ``Referral/reason``: the lowest rank wins (reason for referral
    /// first, then reason for visit / chief complaint).
    enum ReasonRank: Int, Comparable {
        case referral = 0, visit = 1
        static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    var diagnoses = DiagnosisList()
    /// Problems whose value has no code, read as text (``DiagnosisFinder/Found/uncoded``).
    var uncodedProblems: [Diagnosis] = []
    var restrictions: [Restriction] = []
    var redFlags: [RedFlag] = []
    var reviewItems: [ReviewItem] = []
    /// Whether the current section's narrative has been read (the reader reads the rest).
    var narrativeRead = false
    /// The earliest planned follow-up encounter.
    var followUp: CalendarDate?
    private(set) var reason: (rank: ReasonRank, text: String)?

    mutating func offerReason(_ text: String, rank: ReasonRank) {
        guard !Placeholder.isPlaceholder(text) else { return }
        if let current = reason, current.rank <= rank { return }
        reason = (rank, text)
    }

    /// Adds the diagnoses found in the section's entries (with `classificationsOnly`, only those
    /// coded in a classification of diseases).
    mutating func readDiagnoses(of section: CDASection, context: CDAContext, classificationsOnly: Bool = false) {
        let found = DiagnosisFinder.diagnoses(
            in: section.entries, section: section.provenanceName, context: context,
            classificationsOnly: classificationsOnly)
        for diagnosis in found.diagnoses {
            if diagnosis.code == nil {
                context.warn(TextDiagnosis.warning(for: diagnosis), line: diagnosis.source.line)
            }
            diagnoses.add(diagnosis)
        }
        uncodedProblems += found.uncoded
        if found.diagnoses.isEmpty, found.uncoded.isEmpty, DiagnosisNarrative.isDiagnosisSection(section) {
            for diagnosis in DiagnosisNarrative.diagnoses(in: section) {
                context.warn(TextDiagnosis.warning(for: diagnosis), line: diagnosis.source.line)
                diagnoses.add(diagnosis)
            }
        }
    }

    /// Runs the narrative reader over every narrative block of `section`, each in its language
    /// (the block's own when its common words show one plainly, else the section's). With
    /// `redFlagsOnly` (history of present illness, review of systems, sections that give no
    /// instructions) restrictions are not taken. Narrative in a language Liaison has no
    /// vocabulary for becomes a review item, and the section one warning.
    mutating func readNarrative(
        of section: CDASection, blocks: [NarrativeBlock]? = nil, context: CDAContext, redFlagsOnly: Bool = false
    ) {
        narrativeRead = true
        let blocks = withoutCodedEntries(blocks ?? section.narrativeBlocks, of: section)
        guard !blocks.isEmpty else { return }
        let markers = context.vocabulary.markers
        // The section's text is its blocks joined by spaces: its marker words are theirs.
        let seen = blocks.map { LanguageDetector.markersSeen(in: $0.text, markers: markers) }
        var sectionSeen = LanguageMarkers.Seen()
        for blockSeen in seen { sectionSeen.formUnion(blockSeen) }
        let sectionLanguage = LanguageDetector.language(
            seen: sectionSeen, declared: section.languageCode ?? context.language, markers: markers)
        var unread: Set<String> = []
        for (block, blockSeen) in zip(blocks, seen) {
            let language = LanguageDetector.language(seen: blockSeen, declared: sectionLanguage, markers: markers)
            let located = NarrativeContext(
                section: section.provenanceName, line: block.line, kind: section.kind, language: language,
                heading: block.heading, referenceDate: context.referenceDate, surgeryDate: context.surgeryDate,
                vocabulary: context.vocabulary, dayFirstDates: context.dayFirstDates)
            guard context.vocabulary.readers[language] != nil else {
                // Any unread words are a question, however few ("Neu: Reithosenanästhesie"): one
                // review item and one warning per section and language.
                guard block.text.contains(where: \.isLetter), !unread.contains(language) else { continue }
                unread.insert(language)
                reviewItems.append(NarrativeReader.unread(block.text, context: located))
                let name = ClinicalVocabulary.languageName(language)
                context.warn(
                    "the section \"\(section.title ?? section.provenanceName)\" is in \(name), which Liaison cannot "
                        + "read: please confirm it holds no red flag or restriction", line: block.line)
                continue
            }
            readText(block.text, context: located, redFlagsOnly: redFlagsOnly)
        }
    }

    /// The blocks with the words of the section's coded entries taken out: a row that shows a
    /// coded entry ("M80.08XD Age-related osteoporosis with current pathological fracture ...
    /// Active") is read from its code, which says more, but the rest of the row (a comment
    /// column) is still read.
    private func withoutCodedEntries(_ blocks: [NarrativeBlock], of section: CDASection) -> [NarrativeBlock] {
        let coded = diagnoses.items.filter { $0.source.section == section.provenanceName && $0.code != nil }
        guard !coded.isEmpty else { return blocks }
        return blocks.compactMap { block in
            var text = block.text
            for diagnosis in coded {
                guard let code = diagnosis.code, code.count >= 3, ASCIISearch.mayContain(text, code),
                    text.range(of: code, options: .caseInsensitive) != nil
                else { continue }
                for words in [code, diagnosis.display].compactMap({ $0 }) {
                    text = text.replacingOccurrences(of: words, with: " ", options: .caseInsensitive)
                }
            }
            guard text.contains(where: \.isLetter) else { return nil }
            var trimmed = block
            trimmed.text = text
            return trimmed
        }
    }

    /// Reads one text of the section with the narrative reader.
    mutating func readText(_ text: String, context: NarrativeContext, redFlagsOnly: Bool) {
        let found = NarrativeReader.read(text, context: context, restrictions: !redFlagsOnly)
        for flag in found.redFlags where !redFlags.contains(where: { $0.kind == flag.kind && $0.text == flag.text }) {
            redFlags.append(flag)
        }
        for item in found.reviewItems where !reviewItems.contains(item) { reviewItems.append(item) }
        if redFlagsOnly { return }
        for restriction in found.restrictions
        where !restrictions.contains(where: { $0.kind == restriction.kind && $0.text == restriction.text }) {
            restrictions.append(restriction)
        }
    }
}

/// Diagnoses in document order, the same code (or, for text-only diagnoses, the same text) met
/// again in a later section merged into the first (which keeps its provenance; missing display,
/// status and onset and any new translations are taken from the later one).
struct DiagnosisList {
    private(set) var items: [Diagnosis] = []
    private var index: [CodeRef: Int] = [:]

    mutating func add(_ diagnosis: Diagnosis) {
        let key = CodeRef(code: diagnosis.code ?? (diagnosis.display ?? "").lowercased(), system: diagnosis.system)
        guard let at = index[key] else {
            index[key] = items.count
            items.append(diagnosis)
            return
        }
        var first = items[at]
        first.display = first.display ?? diagnosis.display
        first.status = first.status ?? diagnosis.status
        first.onset = first.onset ?? diagnosis.onset
        for code in diagnosis.alternateCodes where !first.allCodes.contains(code) {
            first.alternateCodes.append(code)
        }
        items[at] = first
    }

    mutating func add(contentsOf diagnoses: [Diagnosis]) {
        for diagnosis in diagnoses { add(diagnosis) }
    }
}
