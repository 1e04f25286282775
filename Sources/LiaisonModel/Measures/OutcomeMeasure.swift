import Foundation

/// The outcome measures Liaison scores (../shared/DOMAIN.md section 5).
public enum OutcomeMeasure: String, Hashable, Sendable, Codable, CaseIterable {
    /// Oswestry Disability Index: 10 sections scored 0-5, reported as a percentage.
    case odi
    /// Roland-Morris Disability Questionnaire: 24 statements, the count ticked.
    case rmdq
    /// Numeric Pain Rating Scale, 0-10.
    case nprs
    /// Patient-Specific Functional Scale: up to 5 activities rated 0-10, the mean.
    case psfs
    /// STarT Back Screening Tool: 9 items, a risk group.
    case startBack = "start-back"

    /// The name a provider recognises.
    public var name: String {
        switch self {
        case .odi: "Oswestry Disability Index (ODI)"
        case .rmdq: "Roland-Morris Disability Questionnaire (RMDQ)"
        case .nprs: "Numeric Pain Rating Scale (NPRS)"
        case .psfs: "Patient-Specific Functional Scale (PSFS)"
        case .startBack: "STarT Back Screening Tool"
        }
    }

    /// How a score reads, e.g. `38%` or `12/24`.
    public func format(_ value: Double) -> String {
        let number = MeasureNumber.format(value)
        switch self {
        case .odi: return "\(number)%"
        case .rmdq: return "\(number)/24"
        case .nprs, .psfs: return "\(number)/10"
        case .startBack: return "\(number)/9"
        }
    }

    /// Whether a higher score means the client is doing better (only PSFS).
    public var higherIsBetter: Bool { self == .psfs }
}

/// A scored administration of a measure.
public struct MeasureScore: Hashable, Sendable {
    public var measure: OutcomeMeasure
    /// The score on the measure's own scale (a percentage for ODI).
    public var value: Double
    /// A named band or group, e.g. `moderate disability` or `high risk`.
    public var band: String?
    /// What the reader should know about how it was scored, e.g. `9 of 10 sections answered`.
    public var detail: String?

    public init(measure: OutcomeMeasure, value: Double, band: String? = nil, detail: String? = nil) {
        self.measure = measure
        self.value = value
        self.band = band
        self.detail = detail
    }
}

/// Number formatting shared by scores and changes: whole numbers without decimals, others with
/// one, so `37.77` reads `37.8` and `6.0` reads `6`.
public enum MeasureNumber {
    public static func format(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(format: "%.1f", rounded)
    }

    /// A signed change: `+3`, `-12.5`, `0`.
    public static func signed(_ value: Double) -> String {
        let text = format(value)
        return value > 0 && text != "0" ? "+\(text)" : text
    }
}
