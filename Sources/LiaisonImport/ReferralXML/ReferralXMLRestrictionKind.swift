import LiaisonModel
import LiaisonXML

/// The attributes of a structured `<restriction kind=…>`, checked: each kind's figures are
/// required and must be one of the model's values.
enum ReferralXMLRestrictionKind {
    static func kind(_ name: String, of element: XMLElement, fields: ReferralXMLFields) throws -> Restriction.Kind {
        func value<T: RawRepresentable & CaseIterable>(_ attribute: String, _: T.Type) throws -> T
        where T.RawValue == String {
            let raw = try fields.requiredAttribute(
                element, attribute, what: "the \(attribute) of a \(name) restriction")
            guard let value = T(rawValue: raw) else {
                let known = T.allCases.map(\.rawValue).joined(separator: ", ")
                throw fields.error(
                    "\(attribute)=\"\(raw)\" is not one Liaison knows", at: element, hint: "use one of: \(known)")
            }
            return value
        }
        func number(_ attribute: String) throws -> Double {
            let raw = try fields.requiredAttribute(
                element, attribute, what: "the \(attribute) of a \(name) restriction")
            guard let number = Double(raw), number >= 0, number.isFinite else {
                throw fields.error(
                    "\(attribute)=\"\(raw)\" is not a number", at: element, hint: "write a plain number such as 15")
            }
            // No lifting limit or heart rate is anywhere near this; larger figures are typos (and
            // would overflow when shown as whole numbers).
            guard number <= 10_000 else {
                throw fields.error(
                    "\(attribute)=\"\(raw)\" is out of range", at: element, hint: "write a plain number such as 15")
            }
            return number
        }
        switch name {
        case "max-lift": return .maxLift(value: try number("value"), unit: try value("unit", WeightUnit.self))
        case "avoid-movement": return .avoidMovement(try value("movement", Movement.self))
        case "no-impact": return .noImpact
        case "max-heart-rate":
            let bpm = try number("bpm")
            guard bpm == bpm.rounded(), bpm >= 1 else {
                throw fields.error(
                    "bpm=\"\(bpm)\" is not a whole number of beats", at: element, hint: "write for example bpm=\"120\"")
            }
            return .maxHeartRate(bpm: Int(bpm))
        case "avoid-position": return .avoidPosition(try value("position", BodyPosition.self))
        case "weight-bearing": return .weightBearing(try value("status", WeightBearingStatus.self))
        case "other": return .other
        default:
            throw fields.error(
                "unknown restriction kind \"\(name)\"", at: element,
                hint: "use max-lift, avoid-movement, no-impact, max-heart-rate, avoid-position, weight-bearing or other"
            )
        }
    }

    /// Words for a structured restriction written without text.
    static func describe(_ kind: Restriction.Kind) -> String {
        switch kind {
        case .maxLift(let value, let unit):
            return "No lifting over \(unit.text(value))"
        case .avoidMovement(let movement): return "Avoid \(movement.rawValue)"
        case .noImpact: return "No high-impact activity"
        case .maxHeartRate(let bpm): return "Keep heart rate under \(bpm) bpm"
        case .avoidPosition(let position): return "Avoid \(position.rawValue) positions"
        case .weightBearing(let status): return status.rawValue
        case .other: return "Other restriction"
        }
    }
}
