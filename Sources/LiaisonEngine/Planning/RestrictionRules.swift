import LiaisonModel

/// How each kind of provider restriction becomes a constraint (DOMAIN.md section 6). The
/// provider's written restriction always wins over a protocol's default.
enum RestrictionRules {
    static func apply(
        _ restrictions: [Restriction], on date: CalendarDate, preferred: [String: [String]],
        to out: inout Constraints
    ) {
        for restriction in restrictions {
            guard restriction.applies(on: date) else {
                out.expired.append(restriction)
                continue
            }
            let quoted = "restriction \"\(restriction.text)\""
            let because = restriction.until.map { "\(quoted) (until \($0))" } ?? quoted
            switch restriction.kind {
            case .avoidMovement(let movement):
                forbid(movement.rawValue, because, quoted, preferred, &out)
            case .noImpact:
                forbid(PatternName.impact, because, quoted, preferred, &out)
            case .avoidPosition(let position):
                forbid(PatternName.positionPrefix + position.rawValue, because, quoted, preferred, &out)
            case .maxLift(let value, let unit):
                let pounds = unit.pounds(value)
                if out.liftCap.map({ pounds < $0.pounds }) ?? true { out.liftCap = (pounds, restriction.text) }
                if pounds <= 0 {
                    forbid(PatternName.externalLoad, because, quoted, preferred, &out)
                } else {
                    out.precautions.append("External load capped at \(Constraints.pounds(pounds)) (\(because)).")
                }
            case .maxHeartRate(let bpm):
                if out.heartRateCap.map({ bpm < $0.bpm }) ?? true { out.heartRateCap = (bpm, restriction.text) }
                out.precautions.append("Heart rate kept under \(bpm) bpm in all work (\(because)).")
            case .weightBearing(let status):
                out.precautions.append("Weight-bearing \(status.rawValue) (\(because)): load as tolerated by symptoms.")
                out.questions.append(
                    "We read \"\(restriction.text)\" as weight-bearing \(status.rawValue); please confirm it allows "
                        + "standing hip and trunk exercise.")
            case .other:
                out.questions.append("We read \"\(restriction.text)\"; please confirm how it applies to exercise.")
            }
        }
    }

    private static func forbid(
        _ pattern: String, _ because: String, _ label: String, _ preferred: [String: [String]],
        _ out: inout Constraints
    ) {
        out.forbid(pattern, because: because, label: label)
        if let protocols = preferred[pattern] {
            let note = "The provider's \(label) overrides the protocol preference for \(pattern) (\(protocols[0]))."
            if !out.precautions.contains(note) { out.precautions.append(note) }
        }
    }
}
