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

    public init(
        kind: LetterKind, referral: Referral, plan: Plan, practice: PracticeProfile? = nil,
        progress: ProgressRecord? = nil, changes: [MeasureChange] = []
    ) {
        self.kind = kind
        self.referral = referral
        self.plan = plan
        self.practice = practice
        self.progress = progress
        self.changes = changes
    }

    /// The whole context as nested dictionaries and arrays for Mustache.
    public func values() -> TemplateValue {
        // The plan's questions belong to the first letter; later letters ask what the trainer
        // wrote in the progress record, since earlier questions may have been answered.
        let questions = kind.needsProgress ? progress?.questions ?? [] : plan.questions
        return Values.compact([
            "letter": Values.compact([
                "kind": kind.rawValue, "date": plan.referenceDate.description,
                kind.rawValue: true,
            ]),
            "practice": practice.map(Self.practice),
            "practiceMissing": practice == nil,
            "client": Self.client(referral.patient),
            "referral": ReferralValues.referral(referral),
            "diagnoses": Values.list(referral.diagnoses.map(ReferralValues.diagnosis)),
            "restrictions": ReferralValues.restrictions(referral.restrictions, plan: plan),
            "redFlags": Values.list((referral.redFlags + plan.redFlags).uniqued().map(ReferralValues.redFlag)),
            "emergency": (referral.redFlags + plan.redFlags).contains { $0.kind.isEmergency },
            "plan": PlanValues.plan(plan),
            "questions": Values.list(questions),
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
