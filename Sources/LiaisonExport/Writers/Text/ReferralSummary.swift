import LiaisonModel

/// The plain-text summary `liaison inspect` prints for a trainer: red flags first and loud, then
/// what the provider must confirm, then who and why, diagnoses with their codes, restrictions with their end dates, and what could not
/// be read.
public enum ReferralSummary {
    public static func text(_ referral: Referral) -> String {
        var lines: [String] = []
        lines.append("\(referral.source.path) (\(referral.source.format.rawValue))")
        if !referral.redFlags.isEmpty {
            lines.append("!! RED FLAGS: do not start exercise; refer the client back to the provider")
            for flag in referral.redFlags {
                let urgency = flag.kind.isEmergency ? "EMERGENCY, same day" : "refer back"
                lines.append("!!   \(flag.kind.rawValue) (\(urgency)): \"\(flag.text)\"\(where_(flag.source))")
            }
        }
        if !referral.reviewItems.isEmpty {
            lines.append("?? TO CONFIRM with the provider before any exercise (the plan is needs-review):")
            for item in referral.reviewItems {
                lines.append("??   \(review(item)): \"\(item.text)\"\(where_(item.source))")
            }
        }
        let doc = referral.document
        lines.append("Document:   " + join([doc.title, doc.typeCode.map { "LOINC \($0)" }, doc.date]))
        let patient = referral.patient
        lines.append(
            "Patient:    "
                + join([patient.name, patient.birthDate.map { "born \($0)" }, patient.sex.map { "sex \($0)" }]))
        lines.append("Referred by: " + provider(referral.referringProvider))
        if let recipient = referral.recipient { lines.append("To:         " + provider(recipient)) }
        lines.append("Reason:     " + (referral.reason ?? "(not stated)"))
        if let surgery = referral.surgeryDate { lines.append("Surgery:    \(surgery)") }
        lines.append("Diagnoses:  " + (referral.diagnoses.isEmpty ? "none coded" : ""))
        for d in referral.diagnoses {
            var line = "  - \(d.codeLabel)"
            if let display = d.display { line += " \(display)" }
            let facts = [d.status, d.onset.map { "since \($0)" }].compactMap { $0 }
            if !facts.isEmpty { line += " (\(facts.joined(separator: ", ")))" }
            if !d.alternateCodes.isEmpty {
                line += "; also " + d.alternateCodes.map(\.description).joined(separator: ", ")
            }
            lines.append(line + where_(d.source))
        }
        lines.append("Restrictions: " + (referral.restrictions.isEmpty ? "none found" : ""))
        for r in referral.restrictions {
            let until = r.until.map { " until \($0)" } ?? ""
            lines.append("  - \(r.kind.name)\(detail(r.kind))\(until): \"\(r.text)\"\(where_(r.source))")
        }
        if !referral.warnings.isEmpty {
            lines.append("Warnings:")
            for w in referral.warnings { lines.append("  - \(w.message)\(w.line.map { " (line \($0))" } ?? "")") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func review(_ item: ReviewItem) -> String {
        switch item.kind {
        case .possibleRedFlag:
            let how = item.assertion.map { " (\($0.rawValue))" } ?? ""
            return "possible \(item.flag?.rawValue ?? "red flag")\(how)"
        case .holdExercise: return "hold exercise"
        case .unreadNarrative:
            return "not read: \(item.language.map(ClinicalVocabulary.languageName) ?? "another language")"
        }
    }

    private static func join(_ parts: [String?]) -> String {
        let present = parts.compactMap { $0 }
        return present.isEmpty ? "(not stated)" : present.joined(separator: ", ")
    }

    private static func provider(_ provider: Provider?) -> String {
        guard let p = provider else { return "(not stated)" }
        return join([
            p.name, p.npi.map { "NPI \($0)" }, p.organization, p.phone.map { "tel \($0)" }, p.fax.map { "fax \($0)" },
            p.email, p.address,
        ])
    }

    private static func detail(_ kind: Restriction.Kind) -> String {
        switch kind {
        case .maxLift(let value, let unit):
            return " \(unit.text(value))"
        case .avoidMovement(let movement): return " \(movement.rawValue)"
        case .maxHeartRate(let bpm): return " \(bpm) bpm"
        case .avoidPosition(let position): return " \(position.rawValue)"
        case .weightBearing(let status): return " \(status.rawValue)"
        case .noImpact, .other: return ""
        }
    }

    private static func where_(_ source: Provenance) -> String {
        " [\(source.section)\(source.line.map { ", line \($0)" } ?? "")]"
    }
}
