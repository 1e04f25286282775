import Foundation
import LiaisonEngine
import LiaisonModel
import LiaisonTestSupport

/// Hand-built referrals and the built-in knowledge base, shared by the engine tests.
enum Fixtures {
    /// Loaded once for the whole test run, as the CLI does once per process.
    static let base: KnowledgeBase = {
        do {
            return try KnowledgeBase.load(from: TestPaths.protocols)
        } catch {
            fatalError("the built-in knowledge base does not load: \(error)")
        }
    }()

    static let planner = Planner(knowledgeBase: base)
    static let date = CalendarDate(year: 2026, month: 11, day: 24)

    static func diagnosis(_ code: String, _ system: String = CodeSystem.icd10CM, display: String? = nil) -> Diagnosis {
        Diagnosis(code: code, system: system, display: display, source: Provenance(section: "11450-4", line: 1))
    }

    static func restriction(_ kind: Restriction.Kind, _ text: String, until: CalendarDate? = nil) -> Restriction {
        Restriction(kind: kind, text: text, until: until, source: Provenance(section: "18776-5", line: 2))
    }

    static func referral(
        _ diagnoses: [Diagnosis], restrictions: [Restriction] = [], redFlags: [RedFlag] = []
    ) -> Referral {
        Referral(
            source: SourceDocument(path: "test.xml", sha256: "00", format: .cda), diagnoses: diagnoses,
            restrictions: restrictions, redFlags: redFlags)
    }

    static func plan(
        _ codes: [String], restrictions: [Restriction] = [], client: ClientProfile? = nil
    ) -> Plan {
        planner.plan(for: referral(codes.map { diagnosis($0) }, restrictions: restrictions), client: client, on: date)
    }
}

extension Plan {
    /// Every exercise id in any phase.
    var plannedIDs: Set<String> { Set(phases.flatMap { $0.exercises.map(\.id) }) }
    var excludedIDs: Set<String> { Set(excluded.map(\.id)) }
    var patterns: Set<String> { Set(contraindications.map(\.pattern.name)) }
    /// Each protocol's selection in the contract's words.
    func matchedBy(_ index: Int) -> [String] { protocols[index].selectedBy.map(\.words) }
    /// Why `id` is left out, in the contract's words (nil when it is not).
    func exclusion(_ id: String) -> String? { excluded.first { $0.id == id }?.words }
}
