import Foundation
import LiaisonEngine
import LiaisonExport
import LiaisonModel
import LiaisonTestSupport
import Testing

/// Whole plans, JSON and text, kept as golden files so any change to the knowledge base or the
/// planner shows up as a readable diff (re-record with LIAISON_RECORD=1 and review it).
struct GoldenPlanTests {
    static let folder = TestPaths.packageRoot.appendingPathComponent("Tests/LiaisonEngineTests/Golden")

    static let referral = Fixtures.referral(
        [
            Fixtures.diagnosis("M51.17", display: "Lumbosacral disc displacement"),
            Fixtures.diagnosis("M48.062", display: "Spinal stenosis with neurogenic claudication"),
            Fixtures.diagnosis("I10", display: "Essential hypertension"),
        ],
        restrictions: [
            Fixtures.restriction(.maxLift(value: 15, unit: .lb), "No lifting over 15 lb"),
            Fixtures.restriction(.maxHeartRate(bpm: 120), "Keep heart rate below 120"),
            Fixtures.restriction(
                .noImpact, "No running for 4 weeks", until: CalendarDate(year: 2026, month: 10, day: 30)),
        ])

    @Test func discAndStenosisPlan() throws {
        let client = ClientProfile(age: 66, equipment: ["dumbbell", "bike", "band", "dowel"])
        let plan = Fixtures.planner.plan(for: Self.referral, client: client, on: Fixtures.date)
        let json = String(decoding: Data(ContractJSON.plan(plan)), as: UTF8.self)
        if let diff = Golden.check(json, against: Self.folder.appendingPathComponent("disc-and-stenosis.json")) {
            Issue.record("\(diff)")
        }
        let text = PlanSummary.text(plan, title: "disc-and-stenosis")
        if let diff = Golden.check(text, against: Self.folder.appendingPathComponent("disc-and-stenosis.txt")) {
            Issue.record("\(diff)")
        }
    }
}
