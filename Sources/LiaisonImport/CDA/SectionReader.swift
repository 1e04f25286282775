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

    /// Runs the narrative reader over every narrative block of `section`, in the section's
    /// language. With `redFlagsOnly` (history of present illness, review of systems, sections
    /// that give no instructions) restrictions are not taken. Narrative in a language Liaison has
    /// no vocabulary for becomes one review item and one warning for the section.
    mutating func readNarrative(
        of section: CDASection, blocks: [NarrativeBlock]? = nil, context: CDAContext, redFlagsOnly: Bool = false
    ) {
        narrativeRead = true
        // A row that shows a coded entry of the section ("M80.08XD Age-related osteoporosis with
        // current pathological fracture … Active") is read from its code, which says more.
        let codes = diagnoses.items.filter { $0.source.section == section.provenanceName }.compactMap {
            $0.code?.lowercased()
        }
        let blocks = (blocks ?? section.narrativeBlocks).filter { block in
            let text = block.text.lowercased()
            return !codes.contains { $0.count >= 3 && text.contains($0) }
        }
        guard !blocks.isEmpty else { return }
        let text = Self.narrativeText(blocks)
        let language = LanguageDetector.language(
            of: text, declared: section.languageCode ?? context.language, markers: context.vocabulary.markers)
        let base = NarrativeContext(
            section: section.provenanceName, line: blocks[0].line, kind: section.kind, language: language,
            referenceDate: context.referenceDate, surgeryDate: context.surgeryDate, vocabulary: context.vocabulary,
            dayFirstDates: context.dayFirstDates)
        guard context.vocabulary.readers[language] != nil else {
            guard text.split(separator: " ").count >= 4 else { return }
            reviewItems.append(NarrativeReader.unread(text, context: base))
            let name = ClinicalVocabulary.languageName(language)
            context.warn(
                "the section \"\(section.title ?? section.provenanceName)\" is in \(name), which Liaison cannot read: "
                    + "please confirm it holds no red flag or restriction", line: blocks[0].line)
            return
        }
        for block in blocks {
            var located = base
            located.line = block.line
            located.heading = block.heading
            readText(block.text, context: located, redFlagsOnly: redFlagsOnly)
        }
    }

    /// Reads one text of the section with the narrative reader.
    mutating func readText(_ text: String, context: NarrativeContext, redFlagsOnly: Bool) {
        let found = NarrativeReader.read(text, context: context)
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

    /// Narrative blocks as one line of text.
    static func narrativeText(_ blocks: [NarrativeBlock]) -> String {
        blocks.map(\.text).joined(separator: " ")
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
