import LiaisonModel

/// How each kind of provider restriction becomes a constraint (DOMAIN.md section 6). The
/// provider's written restriction always wins over a protocol's default.
enum RestrictionRules {
    static func apply(
        _ restrictions: [Restriction], on date: CalendarDate, preferred: [Pattern: [ProtocolRule]],
        to out: inout Constraints
    ) {
        for restriction in restrictions {
            guard restriction.applies(on: date) else {
                out.expired.append(restriction)
                continue
            }
            let because = restriction.quoted(withEnd: true)
            switch restriction.kind {
            case .avoidMovement(let movement):
                forbid(.movement(movement), restriction, preferred, &out)
            case .noImpact:
                forbid(.impact, restriction, preferred, &out)
            case .avoidPosition(let position):
                forbid(.position(position), restriction, preferred, &out)
            case .maxLift(let value, let unit):
                let pounds = unit.pounds(value)
                if out.liftCap.map({ pounds < $0.pounds }) ?? true { out.liftCap = (pounds, restriction) }
                if pounds <= 0 {
                    forbid(.externalLoad, restriction, preferred, &out)
                } else {
                    out.precautions.append("External load capped at \(Pounds.text(pounds)) (\(because)).")
                }
            case .maxHeartRate(let bpm):
                if out.heartRateCap.map({ bpm < $0.bpm }) ?? true { out.heartRateCap = (bpm, restriction.text) }
                out.precautions.append("Heart rate kept under \(bpm) bpm in all work (\(because)).")
            case .weightBearing(let status):
                out.precautions.append("Weight-bearing \(status.rawValue) (\(because)): load as tolerated by symptoms.")
                out.questions.append(
                    "Please confirm that \(Quoted.sentence(restriction.text)) (read as weight-bearing "
                        + "\(status.rawValue)) allows standing hip and trunk exercise.")
            case .other:
                out.questions.append(
                    "Please confirm how this instruction applies to exercise: \(Quoted.sentence(restriction.text))")
            }
        }
    }

    private static func forbid(
        _ pattern: Pattern, _ restriction: Restriction, _ preferred: [Pattern: [ProtocolRule]],
        _ out: inout Constraints
    ) {
        out.forbid(pattern, because: .restriction(restriction))
        if let protocols = preferred[pattern] {
            let note =
                "The provider's \(restriction.quoted(withEnd: false)) overrides the protocol preference for "
                + "\(pattern) (\(protocols[0].plainWords))."
            if !out.precautions.contains(note) { out.precautions.append(note) }
        }
    }
}
