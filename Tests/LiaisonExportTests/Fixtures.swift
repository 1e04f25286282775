import Foundation
import LiaisonExport
import LiaisonModel
import LiaisonRecords
import LiaisonTestSupport

/// Hand-built referrals and plans, so the exporter is tested without the importer and planner.
enum Fixtures {
    static let date = CalendarDate(year: 2026, month: 11, day: 24)

    static let provider = Provider(
        name: "Dr. Maria Chen", npi: "1234567893", organization: "Lakeside Family Medicine", phone: "555-0100",
        fax: "555-0101", address: "12 Harbor Road, Portland, OR 97201")

    /// A lumbar disc herniation with a lifting cap and a time-limited flexion restriction.
    static var disc: (Referral, Plan) {
        let referral = Referral(
            source: SourceDocument(
                path: "/tmp/in/disc.cda.xml", sha256: String(repeating: "a", count: 64), format: .cda),
            document: DocumentInfo(
                id: "2.16.840.1.113883.19.5^REF-1001", title: "Referral for exercise", typeCode: "57133-1",
                date: "2026-11-10"),
            patient: Patient(name: "Jordan Rivera", birthDate: "1979-04-02", sex: "F"),
            referringProvider: provider,
            reason: "Lumbar disc herniation with left sciatica, six weeks after onset. Please start graded exercise.",
            diagnoses: [
                Diagnosis(
                    code: "M51.26", system: CodeSystem.icd10CM,
                    display: "Other intervertebral disc displacement, lumbar region",
                    status: "active", onset: "2026-09-28",
                    alternateCodes: [CodeRef(code: "76107001", system: CodeSystem.snomedCT)],
                    source: Provenance(section: "11450-4", line: 88)),
                Diagnosis(
                    code: "M54.42", system: CodeSystem.icd10CM, display: "Lumbago with sciatica, left side",
                    source: Provenance(section: "11450-4", line: 102)),
            ],
            restrictions: [
                Restriction(
                    kind: .maxLift(value: 10, unit: .lb), text: "No lifting over 10 lb",
                    source: Provenance(section: "18776-5", line: 140)),
                Restriction(
                    kind: .avoidMovement(.flexion), text: "Avoid repeated bending for 6 weeks",
                    until: CalendarDate(year: 2026, month: 12, day: 22),
                    source: Provenance(section: "18776-5", line: 141)),
                Restriction(
                    kind: .noImpact, text: "No running until cleared",
                    until: CalendarDate(year: 2026, month: 11, day: 1),
                    source: Provenance(section: "18776-5", line: 142)),
            ])
        let disc = ProtocolRef(
            id: "lumbar-disc", name: "Lumbar disc herniation",
            selectedBy: [
                .code(CodeRef(code: "M51.26", system: CodeSystem.icd10CM), diagnosis: referral.diagnoses[0].source)
            ])
        func pick(_ why: String) -> [Reason] {
            [.pick(ProtocolPick(protocolRef: disc, why: why, emphasis: "graded loading"))]
        }
        let plan = Plan(
            status: .ready, referenceDate: date,
            protocols: [MatchedProtocol(id: disc.id, name: disc.name, selectedBy: disc.selectedBy)],
            contraindications: [
                Contraindication(
                    pattern: .movement(.flexion),
                    because: [
                        .restriction(referral.restrictions[1]),
                        .rule(
                            ProtocolRule(protocolRef: disc, words: "loaded flexion raises disc pressure", source: "G9")),
                    ]),
                Contraindication(
                    pattern: .movement(.axialLoad),
                    because: [
                        .rule(
                            ProtocolRule(protocolRef: disc, words: "axial loading early after herniation", source: "G8")
                        )
                    ]),
            ],
            phases: [
                Phase(
                    name: "Protection and motor control", weeks: "1-2", goals: ["reduce leg pain", "walk 20 minutes"],
                    progression: ["leg pain stable or centralising", "no flare after sessions"],
                    exercises: [
                        PlannedExercise(
                            id: "walking", name: "Walking", dose: "15-20 min, 5 days/week, RPE 11-13",
                            because: pick("aerobic base with low disc load (G7)"), category: "aerobic"),
                        PlannedExercise(
                            id: "bird-dog", name: "Bird dog", dose: "2 x 8 each side, 3 days/week",
                            because: pick("trunk stability in neutral (G9)"), category: "stabilisation"),
                    ]),
                Phase(
                    name: "Graded loading", weeks: "3-6", goals: ["return to light household lifting"],
                    exercises: [
                        PlannedExercise(
                            id: "goblet-squat", name: "Goblet squat to box", dose: "3 x 10, 2 days/week",
                            because: pick("hip-dominant lifting pattern with a neutral spine (G20)"),
                            category: "strength", loadCap: LoadCap(pounds: 10, restriction: referral.restrictions[0]))
                    ]),
            ],
            questions: ["May the 10 lb lifting cap be raised once leg pain has settled?"],
            fitt: [
                FITT(
                    component: "aerobic", frequency: "5 days/week", intensity: "RPE 11-13", time: "15-30 min",
                    type: "walking, stationary bike", source: "ACSM, Garber 2011"),
                FITT(
                    component: "strength", frequency: "2-3 days/week", intensity: "light, load capped at 10 lb",
                    time: "20 min", type: "stabilisation, hip-dominant patterns", source: "ACSM, Garber 2011"),
            ],
            expiredRestrictions: [referral.restrictions[2]],
            precautions: ["Stop and refer back if leg symptoms spread or weakness appears (G2)"])
        return (referral, plan)
    }

    /// A referral that mentions saddle numbness: the plan refers the client back.
    static var caudaEquina: (Referral, Plan) {
        var (referral, _) = disc
        referral.document.id = "2.16.840.1.113883.19.5^REF-1002"
        let flag = RedFlag(
            kind: .caudaEquina, text: "new saddle numbness and difficulty passing urine since Monday",
            source: Provenance(section: "10164-2", line: 77))
        referral.redFlags = [flag]
        let plan = Plan(
            status: .referBack, referenceDate: date, redFlags: [flag])
        return (referral, plan)
    }

    /// Protocols disagree on extension: the plan waits for the provider, with no phases yet.
    static var needsReview: (Referral, Plan) {
        var (referral, plan) = disc
        referral.document.id = "REF-1003"
        referral.referringProvider = nil
        referral.restrictions = []
        plan.status = .needsReview
        plan.phases = []
        plan.contraindications = []
        plan.precautions = []
        let disc = plan.protocols[0]
        let stenosis = ProtocolRef(
            id: "spinal-stenosis", name: "Lumbar spinal stenosis",
            selectedBy: [
                .code(CodeRef(code: "M48.062", system: CodeSystem.icd10CM), diagnosis: referral.diagnoses[1].source)
            ])
        plan.protocols.append(MatchedProtocol(id: stenosis.id, name: stenosis.name, selectedBy: stenosis.selectedBy))
        plan.conflicts = [
            Conflict(
                pattern: .movement(.extension),
                prefers: [
                    .rule(
                        ProtocolRule(
                            protocolRef: ProtocolRef(
                                id: disc.id, name: disc.name ?? disc.id, selectedBy: disc.selectedBy),
                            words: "directional preference for extension", source: "G6"))
                ],
                forbids: [
                    .rule(ProtocolRule(protocolRef: stenosis, words: "extension narrows the canal", source: "G11"))
                ])
        ]
        plan.questions = ["Should extension exercises be used, given the stenosis on the MRI report?"]
        return (referral, plan)
    }

    /// A referral whose text fields carry markup, to prove it is printed as text.
    static var hostile: (Referral, Plan) {
        var (referral, plan) = disc
        referral.diagnoses[0].display = "<script>alert('x')</script> disc <img src=x onerror=alert(1)>"
        referral.reason =
            "Narrative <b>bold</b> <a href=\"http://evil.example\">link</a> ![t](http://evil.example/t.png)"
        referral.patient.name = "Robert'); <iframe src=//evil.example>"
        plan.questions = ["<style>body{display:none}</style>?"]
        return (referral, plan)
    }

    /// The built-in templates, loaded once.
    static let templates: LetterTemplates = {
        do { return try LetterTemplates.load(from: TestPaths.templates) } catch { fatalError("\(error)") }
    }()

    /// `input` rendered with the built-in templates.
    static func render(_ input: LetterInput, as format: OutputFormat) throws -> Data {
        try Exporter.render(input, as: format, with: templates)
    }

    /// A letter input with the sample practice profile and, for progress and discharge letters,
    /// the sample progress record (or `progressYAML`).
    static func input(
        _ fixture: (Referral, Plan), kind: LetterKind, progressYAML: String? = nil
    ) throws -> LetterInput {
        var input = LetterInput(
            referral: fixture.0, plan: fixture.1, kind: kind,
            practice: try Records.practice(yaml: try text("practice.yaml"), file: "Samples/practice.yaml"),
            sources: TestKnowledge.base.sources)
        let yaml =
            try progressYAML
            ?? (kind.needsProgress
                ? text(kind == .discharge ? "progress-discharge.yaml" : "progress-week6.yaml") : nil)
        if let yaml {
            (input.progress, input.changes) = try Records.progress(
                yaml: yaml, file: "Samples/progress.yaml", rules: TestKnowledge.base.measureRules
            ).value
        }
        return input
    }

    static func text(_ name: String) throws -> String {
        try String(contentsOf: TestPaths.samples.appendingPathComponent(name), encoding: .utf8)
    }
}
