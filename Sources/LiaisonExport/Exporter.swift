import Foundation
import LiaisonModel

/// Output formats of `liaison convert`.
public enum OutputFormat: String, Sendable, CaseIterable {
    case html, markdown, json
}

/// Letter kinds; `alert` is chosen automatically when the plan says `refer-back`.
public enum LetterKind: String, Sendable, CaseIterable {
    case initial, progress, discharge, alert
}

/// Everything a letter is rendered from.
public struct LetterInput: Sendable {
    public var referral: Referral
    public var plan: Plan
    public var kind: LetterKind
    /// A practice profile (`--practice FILE`), as YAML text already read, or nil for defaults.
    public var practiceYAML: String?
    /// A progress record (`--progress FILE`), as YAML text already read.
    public var progressYAML: String?
    /// A folder whose files override the built-in templates one by one.
    public var templateOverrides: URL?

    public init(
        referral: Referral, plan: Plan, kind: LetterKind = .initial, practiceYAML: String? = nil,
        progressYAML: String? = nil, templateOverrides: URL? = nil
    ) {
        self.referral = referral
        self.plan = plan
        self.kind = kind
        self.practiceYAML = practiceYAML
        self.progressYAML = progressYAML
        self.templateOverrides = templateOverrides
    }
}

/// Renders letters and JSON from a referral and its plan.
public enum Exporter {
    /// Renders `input` in `format`. For `.json`, the referral and plan together.
    public static func render(_ input: LetterInput, as format: OutputFormat) throws -> Data {
        throw LiaisonError(.configuration, "the exporter is not built yet")
    }
}
