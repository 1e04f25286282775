import Foundation
import LiaisonModel

/// Context values for the referral a letter answers: its identity, diagnoses, restrictions and
/// red flags, each with the place in the referral it was read from.
enum ReferralValues {
    static func referral(_ referral: Referral) -> [String: Any] {
        Values.compact([
            "id": referral.document.id, "date": referral.document.date.map(day), "title": referral.document.title,
            "file": URL(fileURLWithPath: referral.source.path).lastPathComponent, "reason": referral.reason,
            "provider": referral.referringProvider.map(provider), "recipient": referral.recipient.map(provider),
        ])
    }

    static func provider(_ provider: Provider) -> [String: Any] {
        Values.compact([
            "name": provider.name, "organization": provider.organization, "npi": provider.npi,
            "phone": provider.phone, "fax": provider.fax, "email": provider.email, "address": provider.address,
        ])
    }

    static func diagnosis(_ diagnosis: Diagnosis) -> [String: Any] {
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
    static func restrictions(_ list: [Restriction], plan: Plan) -> [[String: Any]] {
        var rows: [[String: Any]] = []
        var index: [String: Int] = [:]
        for restriction in list {
            let row = self.restriction(restriction, plan: plan)
            let key = "\(restriction.text)\u{0}\(restriction.source.section)\u{0}\(restriction.source.line ?? 0)"
            guard let at = index[key] else {
                index[key] = rows.count
                rows.append(row)
                continue
            }
            let merged = (rows[at]["appliedAs"] as? [String] ?? []) + (row["appliedAs"] as? [String] ?? [])
            rows[at]["appliedAs"] = merged.uniqued()
            rows[at]["unclassified"] =
                (rows[at]["unclassified"] as? Bool ?? false) && (row["unclassified"] as? Bool ?? false)
        }
        return rows
    }

    /// A restriction with how the plan applied it: the patterns it made the plan avoid, the load
    /// cap it set, or the date it expired.
    static func restriction(_ restriction: Restriction, plan: Plan) -> [String: Any] {
        let quoted = restriction.text.lowercased()
        var applied = plan.contraindications.filter { item in
            item.because.contains { $0.lowercased().contains(quoted) }
        }.map { "avoid \(PatternNames.text($0.pattern))" }
        if case .maxLift = restriction.kind {
            // The planner writes `max 10 lb (restriction "…")`; the quote is this row's own text.
            let own = " (restriction \"\(restriction.text)\")"
            let caps = plan.phases.flatMap(\.exercises).compactMap(\.loadCap).uniqued()
            let mine = caps.filter { $0.contains(own) || !$0.contains("(restriction ") }
            applied += mine.map { cap in
                let figure = cap.replacingOccurrences(of: own, with: "")
                return figure.hasPrefix("max ")
                    ? "external load at most \(figure.dropFirst(4))" : "external load capped at \(figure)"
            }
        }
        let expired = !restriction.applies(on: plan.referenceDate) || plan.expiredRestrictions.contains(restriction)
        return Values.compact([
            "text": restriction.text, "kind": restriction.kind.name, "until": restriction.until?.description,
            "expired": expired, "appliedAs": Values.list(applied.uniqued()), "cite": Citation.text(restriction.source),
            "unclassified": restriction.kind == .other,
        ])
    }

    /// The day of an ISO date-time (`2026-11-02T10:15:00-08:00` reads `2026-11-02`).
    static func day(_ text: String) -> String {
        CalendarDate(text)?.description ?? text
    }

    static func redFlag(_ flag: RedFlag) -> [String: Any] {
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
