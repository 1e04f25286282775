import Foundation
import LiaisonEngine
import LiaisonExport
import LiaisonModel
import LiaisonTestSupport
import PropertyBased
import Testing

/// The four properties the issue names, over generated referrals: any mix of known and unknown
/// codes, restrictions of every kind (some expired), client profiles and red flags.
struct PropertyTests {
    /// Every code the knowledge base lists (prefixes completed to a code) plus codes it does not.
    static let codes: [CodeRef] = {
        var all = Fixtures.base.conditions.flatMap { condition in
            condition.codes.map { CodeRef(code: $0.isPrefix ? $0.key + "1" : $0.written, system: $0.system) }
        }
        all += [
            CodeRef(code: "E11.9", system: CodeSystem.icd10CM), CodeRef(code: "38341003", system: CodeSystem.snomedCT),
        ]
        return all
    }()

    static let restrictions: [Restriction] = {
        let r = Fixtures.restriction
        let past = CalendarDate(year: 2026, month: 1, day: 1)
        return [
            r(.maxLift(value: 15, unit: .lb), "No lifting > 15 lb", nil),
            r(.maxLift(value: 0, unit: .lb), "No lifting", nil),
            r(.maxLift(value: 5, unit: .kg), "Max 5 kg", nil), r(.noImpact, "No high-impact", nil),
            r(.maxHeartRate(bpm: 120), "Keep HR < 120", nil), r(.weightBearing(.wbat), "WBAT", nil),
            r(.other, "Careful with stairs", nil), r(.avoidMovement(.flexion), "No bending", past),
        ] + Movement.allCases.map { r(.avoidMovement($0), "Avoid \($0.rawValue)", nil) }
            + BodyPosition.allCases.map { r(.avoidPosition($0), "No \($0.rawValue)", nil) }
    }()

    /// A referral from index lists into the pools above.
    static func referral(_ codeIndexes: [Int], _ restrictionIndexes: [Int], redFlag: Bool = false) -> Referral {
        let diagnoses = codeIndexes.map { i -> Diagnosis in
            let code = codes[i % codes.count]
            return Fixtures.diagnosis(code.code, code.system)
        }
        let flags =
            redFlag
            ? [RedFlag(kind: .cancerHistory, text: "history of cancer", source: Provenance(section: "x", line: 3))] : []
        return Fixtures.referral(
            diagnoses, restrictions: restrictionIndexes.map { restrictions[$0 % restrictions.count] }, redFlags: flags)
    }

    static let codeIndexes = Gen.int(in: 0...500).array(of: 0...4)
    static let restrictionIndexes = Gen.int(in: 0...500).array(of: 0...3)
    static let clients = Gen.int(in: 0...3).map { pick -> ClientProfile? in
        switch pick {
        case 0: nil
        case 1: ClientProfile(pregnancyWeeks: 20)
        case 2: ClientProfile(surgeryDate: CalendarDate(year: 2026, month: 10, day: 1))
        default: ClientProfile(age: 70, equipment: ["dumbbell", "bike"])
        }
    }

    @Test func noPlanContainsAnExerciseAContraindicationForbids() async {
        await propertyCheck(count: 300, input: Self.codeIndexes, Self.restrictionIndexes, Self.clients) {
            c, r, client in
            let plan = Fixtures.planner.plan(for: Self.referral(c, r), client: client, on: Fixtures.date)
            let cap = Self.referral(c, r).restrictions.filter { $0.applies(on: Fixtures.date) }.compactMap {
                if case .maxLift(let value, let unit) = $0.kind { unit.pounds(value) } else { nil }
            }.min()
            for id in plan.plannedIDs {
                let exercise = try #require(Fixtures.base.exercise(id))
                for rule in plan.contraindications {
                    #expect(!exercise.isForbidden(by: rule.pattern), "\(id) is planned but \(rule.pattern) is avoided")
                }
                if let cap, let load = exercise.load {
                    #expect(load.minimumPounds <= cap, "\(id) exceeds the lift cap")
                }
            }
        }
    }

    @Test func addingARestrictionNeverAddsAnExercise() async {
        await propertyCheck(
            count: 300, input: Self.codeIndexes, Self.restrictionIndexes, Gen.int(in: 0...500), Self.clients
        ) { c, r, extra, client in
            let before = Fixtures.planner.plan(for: Self.referral(c, r), client: client, on: Fixtures.date)
            let after = Fixtures.planner.plan(for: Self.referral(c, r + [extra]), client: client, on: Fixtures.date)
            #expect(after.plannedIDs.isSubset(of: before.plannedIDs))
            #expect(before.excludedIDs.isSubset(of: after.excludedIDs))
        }
    }

    @Test func aRedFlagAlwaysRefersBackWithNoExercises() async {
        await propertyCheck(count: 200, input: Self.codeIndexes, Self.restrictionIndexes, Self.clients) {
            c, r, client in
            let plan = Fixtures.planner.plan(for: Self.referral(c, r, redFlag: true), client: client, on: Fixtures.date)
            #expect(plan.status == .referBack)
            #expect(plan.plannedIDs.isEmpty)
            #expect(plan.questions.contains { $0.contains("history of cancer") })
        }
    }

    @Test func planningIsDeterministicByteForByte() async throws {
        let reloaded = Planner(knowledgeBase: try KnowledgeBase.load(from: TestPaths.protocols))
        await propertyCheck(count: 200, input: Self.codeIndexes, Self.restrictionIndexes, Self.clients) {
            c, r, client in
            let referral = Self.referral(c, r)
            let first = ContractJSON.plan(Fixtures.planner.plan(for: referral, client: client, on: Fixtures.date))
            let second = ContractJSON.plan(reloaded.plan(for: referral, client: client, on: Fixtures.date))
            #expect(first == second)
        }
    }
}
