import LiaisonModel
import LiaisonXML

/// Stage 2 of the CDA reader: maps a ``CDADocument`` to a ``Referral``, handing each section to
/// the reader registered for its code (``OtherSection`` for the rest).
enum CDAReader {
    static let sectionReaders: [any SectionReader.Type] = [
        ProblemsSection.self, EncounterDiagnoses.self, AssessmentSection.self, PlanOfTreatmentSection.self,
        InstructionsSection.self, ReasonForReferralSection.self, ReasonForVisitSection.self, HistorySection.self,
    ]

    private static let readersByCode: [String: any SectionReader.Type] = {
        var table: [String: any SectionReader.Type] = [:]
        for reader in sectionReaders {
            for code in reader.codes { table[code] = reader }
        }
        return table
    }()

    static func read(_ xml: XMLDocument, source: SourceDocument, options: ImportOptions) -> Referral {
        let document = CDADocument(xml)
        let info = HeaderReader.document(document.root)
        var referral = Referral(
            source: source, document: info, patient: HeaderReader.patient(document.root),
            referringProvider: ProviderReader.referringProvider(document.root),
            recipient: ProviderReader.recipient(document.root))
        let context = CDAContext(
            xml: xml, referenceDate: info.date.flatMap(CalendarDate.init) ?? options.referenceDate,
            vocabulary: options.vocabulary, language: info.language)
        for warning in xml.warnings { context.warn(warning.message, line: warning.location?.line) }
        context.dayFirstDates = HeaderReader.writesDatesDayFirst(document.root)

        var findings = CDAFindings()
        switch document.body {
        case .structured(let sections):
            for section in sections where section.code == ProceduresSection.code {
                if let date = ProceduresSection.latestProcedureDate(in: section),
                    context.surgeryDate.map({ date > $0 }) ?? true
                {
                    context.surgeryDate = date
                }
            }
            for section in sections {
                findings.narrativeRead = false
                if let code = section.code, let reader = readersByCode[code] {
                    reader.read(section, context: context, into: &findings)
                } else {
                    OtherSection.read(section, context: context, into: &findings)
                }
                // Every section's narrative is read for red flags, wherever a provider wrote one.
                if !findings.narrativeRead { findings.readNarrative(of: section, context: context, redFlagsOnly: true) }
            }
            if !findings.diagnoses.items.contains(where: { $0.code != nil }) {
                context.warn("no coded diagnoses found in the document", line: nil)
                for diagnosis in findings.uncodedProblems {
                    context.warn(TextDiagnosis.warning(for: diagnosis), line: diagnosis.source.line)
                    findings.diagnoses.add(diagnosis)
                }
            }
        case .unstructured(let line):
            context.warn(
                "the body is not structured (nonXMLBody): only the header was read; read the attached document yourself",
                line: line)
        case .missing:
            context.warn("the document has no body: only the header was read", line: nil)
        }
        referral.reason = findings.reason?.text
        referral.surgeryDate = context.surgeryDate
        referral.followUp = findings.followUp
        referral.diagnoses = findings.diagnoses.items
        referral.restrictions = findings.restrictions
        referral.redFlags = findings.redFlags
        referral.reviewItems = findings.reviewItems
        referral.warnings = context.warnings
        return referral
    }
}
