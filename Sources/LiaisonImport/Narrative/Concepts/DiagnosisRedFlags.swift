import LiaisonModel

/// The red flags a referral's diagnoses raise, whatever format they came in: by their codes
/// (``CodedRedFlags``), and by their names where no code rule covers them ("Cauda equina
/// syndrome" under a code Liaison does not list).
enum DiagnosisRedFlags {
    static func apply(to referral: inout Referral, vocabulary: NarrativeVocabulary) {
        CodedRedFlags.apply(to: &referral, vocabulary: vocabulary)
        let language = LanguageDetector.code(referral.document.language) ?? "en"
        guard vocabulary.readers[language] != nil else { return }
        var found = NarrativeFindings()
        for diagnosis in referral.diagnoses {
            guard let display = diagnosis.display,
                diagnosis.allCodes.allSatisfy({ vocabulary.codedRedFlags.rule(for: $0) == nil })
            else { continue }
            let past = diagnosis.status.map { CodedRedFlags.pastStatuses.contains($0.lowercased()) } ?? false
            let context = NarrativeContext(
                section: diagnosis.source.section, line: diagnosis.source.line,
                kind: past ? .pastMedicalHistory : .problems,
                language: language, vocabulary: vocabulary)
            let read = NarrativeReader.read(display, context: context)
            // A resolved problem raises only what stays a red flag when past: a cancer.
            found.redFlags += read.redFlags.filter { !past || $0.kind == .cancerHistory }
            found.reviewItems += past ? [] : read.reviewItems.filter { $0.kind == .possibleRedFlag }
        }
        for flag in found.redFlags
        where !referral.redFlags.contains(where: { $0.kind == flag.kind && $0.text == flag.text }) {
            referral.redFlags.append(flag)
        }
        for item in found.reviewItems where !referral.reviewItems.contains(item) { referral.reviewItems.append(item) }
    }
}
