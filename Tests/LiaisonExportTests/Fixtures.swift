import Foundation
import LiaisonExport
import LiaisonModel
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
        let plan = Plan(
            status: .ready, referenceDate: date,
            protocols: [
                MatchedProtocol(id: "lumbar-disc", name: "Lumbar disc herniation", matchedBy: ["ICD-10-CM M51.26"])
            ],
            contraindications: [
                Contraindication(
                    pattern: "flexion",
                    because: [
                        "restriction \"Avoid repeated bending for 6 weeks\"",
                        "ICD-10-CM M51.26: loaded flexion raises disc pressure (G9)",
                    ]),
                Contraindication(
                    pattern: "axial-load", because: ["ICD-10-CM M51.26: axial loading early after herniation (G8)"]),
            ],
            phases: [
                Phase(
                    name: "Protection and motor control", weeks: "1-2", goals: ["reduce leg pain", "walk 20 minutes"],
                    progression: ["leg pain stable or centralising", "no flare after sessions"],
                    exercises: [
                        PlannedExercise(
                            id: "walking", name: "Walking", dose: "15-20 min, 5 days/week, RPE 11-13",
                            why: "aerobic base with low disc load (G7)", category: "aerobic"),
                        PlannedExercise(
                            id: "bird-dog", name: "Bird dog", dose: "2 x 8 each side, 3 days/week",
                            why: "trunk stability in neutral (G9)", category: "stabilisation"),
                    ]),
                Phase(
                    name: "Graded loading", weeks: "3-6", goals: ["return to light household lifting"],
                    exercises: [
                        PlannedExercise(
                            id: "goblet-squat", name: "Goblet squat to box", dose: "3 x 10, 2 days/week",
                            why: "hip-dominant lifting pattern with a neutral spine (G20)", category: "strength",
                            loadCap: "max 10 lb (restriction \"No lifting over 10 lb\")")
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
        plan.conflicts = [
            Conflict(
                pattern: "extension", prefers: ["lumbar-disc: directional preference for extension (G6)"],
                forbids: ["spinal-stenosis: extension narrows the canal (G11)"],
                description: "The disc protocol prefers extension; the stenosis protocol forbids it.")
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

    static func text(_ name: String) throws -> String {
        try String(contentsOf: TestPaths.samples.appendingPathComponent(name), encoding: .utf8)
    }
}
