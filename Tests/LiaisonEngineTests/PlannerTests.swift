import LiaisonEngine
import LiaisonModel
import Testing

/// What the planner decides beyond single conditions: red flags, fallbacks, conflicts, restrictions
/// in time, lifting caps and client profiles.
struct PlannerTests {
    @Test func redFlagRefersBackWithTheReasonAndNoExercises() {
        let flag = RedFlag(kind: .caudaEquina, text: "new saddle numbness", source: Provenance(section: "x", line: 9))
        let plan = Fixtures.planner.plan(
            for: Fixtures.referral([Fixtures.diagnosis("M51.26")], redFlags: [flag]), on: Fixtures.date)
        #expect(plan.status == .referBack)
        #expect(plan.phases.isEmpty && plan.plannedIDs.isEmpty)
        #expect(plan.redFlags == [flag])
        #expect(plan.questions.contains { $0.contains("saddle numbness") && $0.contains("same-day") })
    }

    @Test func unmatchedDiagnosisFallsBackToTheGeneralProtocolWithAQuestion() {
        let plan = Fixtures.plan(["E11.9"])
        #expect(plan.protocols.map(\.id) == ["nonspecific-lbp"])
        #expect(plan.matchedBy(0) == ["fallback: ICD-10-CM E11.9 matched no condition"])
        guard case .fallback(let code, let source) = plan.protocols[0].selectedBy.first else {
            Issue.record("not selected by the fallback")
            return
        }
        #expect(code == CodeRef(code: "E11.9", system: CodeSystem.icd10CM))
        #expect(source == Fixtures.diagnosis("E11.9").source, "the reason points at the diagnosis it came from")
        #expect(plan.questions.contains { $0.contains("E11.9") })
        #expect(plan.status == .ready)
    }

    @Test func alternateCodesAndKeywordsAreTriedInOrder() {
        var local = Fixtures.diagnosis("12345", "2.16.840.1.113883.19", display: "Low back pain")
        local.alternateCodes = [CodeRef(code: "20021007", system: CodeSystem.snomedCT)]
        let byAlternate = Fixtures.planner.plan(for: Fixtures.referral([local]), on: Fixtures.date)
        #expect(byAlternate.protocols.map(\.id) == ["disc-herniation"])
        #expect(byAlternate.matchedBy(0) == ["SNOMED-CT 20021007"])

        let byKeyword = Fixtures.planner.plan(
            for: Fixtures.referral([Fixtures.diagnosis("X1", "local", display: "Confusion after a lumbar fusion")]),
            on: Fixtures.date)
        #expect(byKeyword.protocols.map(\.id) == ["post-surgical"])
        #expect(byKeyword.matchedBy(0) == ["keyword \"fusion\""])
    }

    @Test func codesMatchWithoutDotsAndByPrefix() {
        #expect(Fixtures.plan(["M5126"]).protocols.map(\.id) == ["disc-herniation"])
        #expect(Fixtures.plan(["M45.7"]).protocols.map(\.id) == ["ankylosing-spondylitis"])
    }

    @Test func disagreeingProtocolsNeedReviewAndAvoidThePattern() {
        let plan = Fixtures.plan(["M51.26", "M48.062"])  // herniation prefers extension, stenosis forbids it
        #expect(plan.status == .needsReview)
        #expect(Set(plan.conflicts.map(\.pattern)) == [.movement(.extension), .movement(.flexion)])
        #expect(plan.patterns.isSuperset(of: ["extension", "flexion"]))
        #expect(!plan.plannedIDs.contains("prone-press-up") && !plan.plannedIDs.contains("knee-to-chest"))
        #expect(plan.questions.contains { $0.contains("disagree on extension") })
    }

    @Test func contraindicationsNameTheCodeAndTheRestrictionText() {
        let plan = Fixtures.plan(
            ["M51.26"], restrictions: [Fixtures.restriction(.avoidMovement(.flexion), "No bending for 6 weeks")])
        let restriction = Fixtures.restriction(.avoidMovement(.flexion), "No bending for 6 weeks")
        let flexion = plan.contraindications.first { $0.pattern == .movement(.flexion) }
        #expect(flexion?.because.count == 2)
        guard case .rule(let rule) = flexion?.because.first else {
            Issue.record("the first reason is not the protocol's rule")
            return
        }
        #expect(rule.protocolRef.id == "disc-herniation")
        #expect(rule.protocolRef.selectedBy.map(\.words) == ["ICD-10-CM M51.26"])
        #expect(rule.source != nil, "a rule carries its knowledge-base source")
        #expect(flexion?.because.last == .restriction(restriction))
        #expect(flexion?.because.first?.words.hasPrefix("ICD-10-CM M51.26 (Lumbar disc herniation)") == true)
        #expect(flexion?.because.last?.words == "restriction \"No bending for 6 weeks\"")
        let crunch = plan.excluded.first { $0.id == "crunch" }
        #expect(
            crunch?.because.contains { $0 == .avoided(.movement(.flexion), because: flexion?.because ?? []) } == true)
        #expect(plan.exclusion("crunch")?.contains("No bending for 6 weeks") == true)
    }

    @Test func expiredRestrictionsDoNotApplyAndAreListed() {
        let old = Fixtures.restriction(
            .avoidMovement(.flexion), "No bending until 1 Nov", until: CalendarDate(year: 2026, month: 11, day: 1))
        let plan = Fixtures.plan(["M54.50"], restrictions: [old])
        #expect(plan.expiredRestrictions == [old])
        #expect(!plan.patterns.contains("flexion"))
        #expect(plan.plannedIDs.contains("pelvic-tilt"))
        let onTheDay = Fixtures.planner.plan(
            for: Fixtures.referral([Fixtures.diagnosis("M54.50")], restrictions: [old]),
            on: CalendarDate(year: 2026, month: 11, day: 1))
        #expect(onTheDay.patterns.contains("flexion"), "the until day itself still counts")
    }

    @Test func liftCapCapsTheDoseOrExcludes() {
        let plan = Fixtures.plan(
            ["M54.50"], restrictions: [Fixtures.restriction(.maxLift(value: 15, unit: .lb), "No lifting > 15 lb")])
        #expect(plan.exclusion("deadlift")?.contains("20 lb") == true)
        #expect(plan.exclusion("kettlebell-swing")?.contains("15 lb") == true)
        let carry = plan.phases.flatMap(\.exercises).first { $0.id == "farmer-carry" }
        #expect(carry?.loadCap?.pounds == 15)
        #expect(carry?.loadCap?.restriction.text == "No lifting > 15 lb")
        #expect(carry?.dose.hasSuffix("external load at most 15 lb") == true)

        let none = Fixtures.plan(
            ["M54.50"], restrictions: [Fixtures.restriction(.maxLift(value: 0, unit: .lb), "No lifting")])
        let loaded = Fixtures.base.exercises.filter { $0.load != nil }.map(\.id)
        #expect(!loaded.isEmpty && none.excludedIDs.isSuperset(of: loaded))
        #expect(none.patterns.contains("external-load"))
    }

    @Test func heartRateCapGoesIntoTheAerobicDose() {
        let plan = Fixtures.plan(
            ["M54.50"], restrictions: [Fixtures.restriction(.maxHeartRate(bpm: 120), "Keep HR < 120")])
        #expect(plan.fitt.first { $0.component == "aerobic" }?.intensity.contains("under 120 bpm") == true)
        #expect(plan.phases[0].exercises.first { $0.id == "walking" }?.dose.contains("under 120 bpm") == true)
    }

    @Test func unclassifiedRestrictionBecomesAQuestion() {
        let plan = Fixtures.plan(["M54.50"], restrictions: [Fixtures.restriction(.other, "Use caution with stairs")])
        #expect(plan.status == .ready, "a question, not a conflict")
        #expect(
            plan.questions.contains(
                "Please confirm how this instruction applies to exercise: \"Use caution with stairs.\""))
    }

    @Test func surgeryDateEndsTimedPrecautions() {
        let early = Fixtures.plan(
            ["Z98.1"], client: ClientProfile(surgeryDate: CalendarDate(year: 2026, month: 10, day: 1)))
        #expect(early.patterns.isSuperset(of: ["flexion", "rotation", "external-load"]))
        #expect(!early.questions.contains { $0.hasPrefix("When was the surgery?") })
        let late = Fixtures.plan(
            ["Z98.1"], client: ClientProfile(surgeryDate: CalendarDate(year: 2025, month: 11, day: 1)))
        #expect(late.patterns.isDisjoint(with: ["flexion", "rotation", "external-load"]))
        #expect(late.precautions.contains { $0.contains("precaution ended") })
    }

    @Test func theReferralsSurgeryDateIsUsedWhenTheProfileHasNone() {
        var referral = Fixtures.referral([Fixtures.diagnosis("Z98.1")])
        referral.surgeryDate = CalendarDate(year: 2025, month: 11, day: 1)
        let plan = Fixtures.planner.plan(for: referral, on: Fixtures.date)
        #expect(plan.patterns.isDisjoint(with: ["flexion", "rotation", "external-load"]))
        let profile = ClientProfile(surgeryDate: CalendarDate(year: 2026, month: 10, day: 1))
        let recent = Fixtures.planner.plan(for: referral, client: profile, on: Fixtures.date)
        #expect(recent.patterns.contains("flexion"), "the trainer's profile wins over the document")
    }

    @Test func pregnancyWeeksDecideTheSupineRuleAndAddTheProtocol() {
        let first = Fixtures.plan(["M54.50"], client: ClientProfile(pregnancyWeeks: 10))
        #expect(first.protocols.map(\.id) == ["nonspecific-lbp", "pregnancy-lbp"])
        #expect(!first.patterns.contains("position:supine") && first.patterns.contains("impact"))
        let second = Fixtures.plan(["M54.50"], client: ClientProfile(pregnancyWeeks: 20))
        #expect(second.patterns.contains("position:supine"))
        #expect(second.fitt.first { $0.component == "aerobic" }?.intensity.contains("RPE 12-14") == true)
    }

    @Test func equipmentTheClientLacksIsExcluded() {
        let plan = Fixtures.plan(["M54.50"], client: ClientProfile(equipment: ["dumbbell"]))
        #expect(plan.exclusion("stationary-cycling")?.contains("bike") == true)
        #expect(plan.plannedIDs.contains("farmer-carry") && plan.plannedIDs.contains("walking"))
    }

    @Test func everyPhaseCoversTheWholeBodyGoals() {
        let plan = Fixtures.plan(["M51.26"])
        for phase in plan.phases {
            let categories = Set(phase.exercises.compactMap(\.category))
            #expect(categories.contains("aerobic"), "\(phase.name) has no aerobic work")
            #expect(phase.exercises.allSatisfy { !$0.why.isEmpty })
        }
    }
}

/// The display-text fallback matches keywords at word starts, in any ASCII case.
struct KeywordTests {
    @Test(arguments: [
        ("HERNIATED lumbar disc", ["disc-herniation"]),
        ("Mental confusion", ["nonspecific-lbp"]),
        ("Status post L4-5 fusion; chronic low back pain", ["nonspecific-lbp", "post-surgical"]),
        ("Lumbago with sciatica", ["nonspecific-lbp", "radiculopathy"]),
        ("Schwangerschaft (pregnancy), 20 weeks", ["pregnancy-lbp"]),
    ])
    func displayTextSelectsProtocols(display: String, protocols: [String]) {
        let diagnosis = Fixtures.diagnosis("X", "local", display: display)
        let plan = Fixtures.planner.plan(for: Fixtures.referral([diagnosis]), on: Fixtures.date)
        #expect(plan.protocols.map(\.id) == protocols)
    }
}
