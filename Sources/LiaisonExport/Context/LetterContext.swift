import LiaisonModel

/// The values a letter template sees, built from the model. Templates hold every word of the
/// letter; this only gathers and formats facts (keys are listed in docs/letters.md, "Templates and how to override them").
///
/// Absent facts are left out, so `{{#key}}…{{/key}}` prints nothing and `{{^key}}…{{/key}}` can
/// say so.
public struct LetterContext {
    public var kind: LetterKind
    public var referral: Referral
    public var plan: Plan
    public var practice: PracticeProfile?
    public var progress: ProgressRecord?
    public var changes: [MeasureChange]
    /// The knowledge base's sources, key to citation.
    public var sources: [String: String]

    public init(
        kind: LetterKind, referral: Referral, plan: Plan, practice: PracticeProfile? = nil,
        progress: ProgressRecord? = nil, changes: [MeasureChange] = [], sources: [String: String] = [:]
    ) {
        self.kind = kind
        self.referral = referral
        self.plan = plan
        self.practice = practice
        self.progress = progress
        self.changes = changes
        self.sources = sources
    }

    /// The questions the letter asks. The plan's belong to the first letter; later letters ask
    /// what the trainer wrote in the progress record, since earlier questions may have been
    /// answered. An alert letter asks for the assessment itself (its template words it): the
    /// plan's refer-back reasons repeat the table of warning signs.
    var questions: [String] {
        switch kind {
        case .progress, .discharge: progress?.questions ?? []
        case .alert: []
        case .initial: plan.questions
        }
    }

    /// The whole context as nested dictionaries and arrays for Mustache.
    public func values() -> TemplateValue {
        var references = References(catalog: sources)
        let planValues = PlanValues.plan(plan, references: &references)
        let flags = (referral.redFlags + plan.redFlags).uniqued()
        return Values.compact([
            "letter": Values.compact([
                "kind": kind.rawValue, "date": plan.referenceDate.description,
                kind.rawValue: true,
            ]),
            "practice": practice.map(Self.practice),
            "practiceMissing": practice == nil,
            "voice": VoiceValues.values(practice?.voice ?? .singular),
            "paper": (practice?.paper ?? .letter) == .a4 ? "A4" : "letter",
            "salutation": Salutation.name(referral.referringProvider?.name),
            "client": Self.client(referral.patient),
            "referral": ReferralValues.referral(referral),
            "diagnoses": Values.list(referral.diagnoses.map(ReferralValues.diagnosis)),
            "restrictions": ReferralValues.restrictions(referral.restrictions, plan: plan),
            "redFlags": Values.list(flags.map(ReferralValues.redFlag)),
            "emergency": flags.contains { $0.kind.isEmergency },
            "plan": planValues,
            "questions": Values.list(questions),
            "hasQuestions": !questions.isEmpty,
            "references": references.list,
            "progress": kind.needsProgress ? progress.map { ProgressValues.progress($0, changes: changes) } : nil,
        ])
    }

    static func practice(_ profile: PracticeProfile) -> TemplateValue {
        Values.compact([
            "trainer": profile.trainer, "credentials": profile.credentials, "name": profile.practice,
            "addressLines": Values.list(Values.lines(profile.address)), "phone": profile.phone,
            "email": profile.email,
        ])
    }

    static func client(_ patient: Patient) -> TemplateValue {
        Values.compact(["name": patient.name, "birthDate": patient.birthDate, "sex": patient.sex])
    }
}
