import LiaisonModel
import LiaisonXML

/// Any other section, of any realm: problems found by structure (``ProblemObservation``), as
/// Australian, Swiss and French documents use their own section codes; and a coded "reason for
/// referral" observation (LOINC 42349-1 with a text value, as in Australian e-Referrals).
/// Sections that never hold the client's diagnoses (allergies, medications, family history, …)
/// are skipped; in results, vital signs and social history only ICD-coded observations count.
enum OtherSection {
    static func read(_ section: CDASection, context: CDAContext, into findings: inout CDAFindings) {
        if let code = section.code, CDAVocabulary.Section.withoutDiagnoses.contains(code) { return }
        let restricted = section.code.map(CDAVocabulary.Section.classificationsOnly.contains) ?? false
        findings.readDiagnoses(of: section, context: context, classificationsOnly: restricted)
        for entry in section.entries where entry.is("observationMedia") {
            let type = entry.child("value")?.attribute("mediaType") ?? "a file"
            context.warn(
                "the section \"\(section.title ?? section.provenanceName)\" holds an attached document (\(type)) "
                    + "that Liaison cannot read; read it yourself", line: entry.line)
        }
        for entry in section.entries where entry.is("observation") {
            guard entry.child("code")?.attribute("code") == CDAVocabulary.Section.reasonForReferral,
                let value = entry.child("value"), let text = value.normalizedText
            else { continue }
            findings.offerReason(text, rank: .referral)
            let language = LanguageDetector.language(
                of: text, declared: context.language, markers: context.vocabulary.markers)
            findings.readText(
                text,
                context: NarrativeContext(
                    section: CDAVocabulary.Section.reasonForReferral, line: value.line, kind: .reasonForReferral,
                    language: language, referenceDate: context.referenceDate, surgeryDate: context.surgeryDate,
                    vocabulary: context.vocabulary, dayFirstDates: context.dayFirstDates), redFlagsOnly: false)
        }
    }
}
