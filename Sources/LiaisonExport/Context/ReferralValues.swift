import Foundation
import LiaisonModel

/// Context values for the referral a letter answers: its identity, diagnoses, restrictions and
/// red flags, each with the place in the referral it was read from.
enum ReferralValues {
    static func referral(_ referral: Referral) -> TemplateValue {
        Values.compact([
            "id": referral.document.id, "date": referral.document.date.map(day), "title": referral.document.title,
            "file": URL(fileURLWithPath: referral.source.path).lastPathComponent, "reason": referral.reason,
            "provider": referral.referringProvider.map(provider), "recipient": referral.recipient.map(provider),
        ])
    }

    static func provider(_ provider: Provider) -> TemplateValue {
        Values.compact([
            "name": provider.name, "organization": provider.organization, "npi": provider.npi,
            "phone": provider.phone, "fax": provider.fax, "email": provider.email, "address": provider.address,
        ])
    }

    static func diagnosis(_ diagnosis: Diagnosis) -> TemplateValue {
        Values.compact([
            "display": diagnosis.display, "code": diagnosis.code, "system": diagnosis.system,
            "alternateCodes": diagnosis.alternateCodes.isEmpty
                ? nil : diagnosis.alternateCodes.map(\.description).joined(separator: "; "),
            "status": diagnosis.status, "onset": diagnosis.onset, "cite": Citation.text(diagnosis.source),
        ])
    }

    /// One row per sentence of the referral: a sentence the reader split into several
    /// restrictions (`no bending, twisting, or lifting more than 10 lbs`) is shown once, with
    /// everything the plan did about it.
    static func restrictions(_ list: [Restriction], plan: Plan) -> TemplateValue {
        var rows: [(restriction: Restriction, appliedAs: [String], unclassified: Bool)] = []
        var index: [String: Int] = [:]
        for restriction in list {
            let applied = appliedAs(restriction, plan: plan)
            let key = "\(restriction.text)\u{0}\(restriction.source.section)\u{0}\(restriction.source.line ?? 0)"
            guard let at = index[key] else {
                index[key] = rows.count
                rows.append((restriction, applied, restriction.kind == .other))
                continue
            }
            rows[at].appliedAs = (rows[at].appliedAs + applied).uniqued()
            rows[at].unclassified = rows[at].unclassified && restriction.kind == .other
        }
        return .list(
            rows.map { row in
                let restriction = row.restriction
                let expired =
                    !restriction.applies(on: plan.referenceDate) || plan.expiredRestrictions.contains(restriction)
                return Values.compact([
                    "text": restriction.text, "kind": restriction.kind.name, "until": restriction.until?.description,
                    "expired": expired, "appliedAs": Values.list(row.appliedAs),
                    "cite": Citation.text(restriction.source), "unclassified": row.unclassified,
                ])
            })
    }

    /// How the plan applied a restriction: the patterns it made the plan avoid and the load cap
    /// it set. Found from the plan's reasons, which name the restriction (the same words read
    /// twice, in two sections, count as the same instruction).
    static func appliedAs(_ restriction: Restriction, plan: Plan) -> [String] {
        let same = { (other: Restriction) in other.text == restriction.text && other.until == restriction.until }
        var applied = plan.contraindications.filter { item in
            item.because.contains { reason in
                if case .restriction(let other) = reason { return same(other) }
                return false
            }
        }.map { "avoid \(PatternNames.text($0.pattern))" }
        if case .maxLift = restriction.kind {
            let caps = plan.phases.flatMap(\.exercises).compactMap(\.loadCap).filter { same($0.restriction) }
            applied += caps.map(\.pounds).uniqued().map { "external load at most \(Pounds.text($0))" }
        }
        return applied.uniqued()
    }

    /// The day of an ISO date-time (`2026-11-02T10:15:00-08:00` reads `2026-11-02`).
    static func day(_ text: String) -> String {
        CalendarDate(text)?.description ?? text
    }

    static func redFlag(_ flag: RedFlag) -> TemplateValue {
        Values.compact([
            "kind": flag.kind.rawValue, "label": labels[flag.kind] ?? flag.kind.rawValue, "text": flag.text,
            "cite": Citation.text(flag.source), "emergency": flag.kind.isEmergency,
        ])
    }

    /// Red-flag kinds in plain words (DOMAIN.md section 3).
    static let labels: [RedFlag.Kind: String] = [
        .caudaEquina: "possible cauda equina syndrome",
        .progressiveNeurologicalDeficit: "progressive neurological deficit",
        .possibleFracture: "possible fracture", .cancerHistory: "history of cancer",
        .possibleInfection: "possible infection", .unexplainedWeightLoss: "unexplained weight loss",
        .nightPain: "night pain or pain worse lying down",
    ]
}
