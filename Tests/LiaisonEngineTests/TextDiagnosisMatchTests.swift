import LiaisonEngine
import LiaisonModel
import Testing

/// Diagnoses a document gives as text only (no code) select protocols by the German, French and
/// Italian keywords of the knowledge base; an ICD-10 code read from the text selects by code.
struct TextDiagnosisMatchTests {
    private func protocols(_ text: String, alternate: CodeRef? = nil) -> [String] {
        let diagnosis = Diagnosis(
            code: nil, system: CodeSystem.text, display: text, alternateCodes: alternate.map { [$0] } ?? [],
            source: Provenance(section: "29548-5", line: 1))
        return Fixtures.planner.plan(for: Fixtures.referral([diagnosis]), on: Fixtures.date).protocols.map(\.id)
    }

    @Test(arguments: [
        ("Lumbago", ["nonspecific-lbp"]),
        ("Bandscheibenvorfall L4/5 links", ["disc-herniation"]),
        ("Diskushernie L5/S1", ["disc-herniation"]),
        ("Hernie discale L4-L5", ["disc-herniation"]),
        ("Lombalgie chronique", ["nonspecific-lbp"]),
        ("Sciatique droite", ["radiculopathy"]),
        ("Lumboischialgie rechts", ["radiculopathy"]),
        ("Spinalkanalstenose L3/4", ["lumbar-stenosis"]),
        ("Canal lombaire étroit", ["lumbar-stenosis"]),
    ])
    func germanAndFrenchTextSelectsItsProtocol(text: String, expected: [String]) {
        #expect(protocols(text) == expected)
    }

    @Test func aCarotidStenosisInFrenchIsNoSpinalStenosis() {
        #expect(protocols("Occlusion et sténose de l'artère carotide") == ["nonspecific-lbp"])
    }

    @Test func anICD10CodeReadFromTheTextSelectsByCode() {
        #expect(
            protocols("Kreuzweh", alternate: CodeRef(code: "M51.16", system: CodeSystem.icd10)) == ["disc-herniation"])
    }

    @Test func theFallbackQuestionNamesATextDiagnosisWithoutACode() {
        let diagnosis = Diagnosis(
            code: nil, system: CodeSystem.text, display: "Schulterkontusion rechts",
            source: Provenance(section: "29548-5", line: 1))
        let plan = Fixtures.planner.plan(for: Fixtures.referral([diagnosis]), on: Fixtures.date)
        #expect(plan.questions.contains { $0.contains("diagnosis text (Schulterkontusion rechts)") })
        #expect(!plan.questions.contains { $0.contains("Optional") })
    }
}
