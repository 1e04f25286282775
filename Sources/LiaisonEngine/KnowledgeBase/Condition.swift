import LiaisonModel

/// A condition (`Protocols/conditions.yaml`): the codes and keywords that select it and the
/// protocols it links to.
public struct Condition: Hashable, Sendable {
    public var id: String
    public var name: String
    public var protocols: [Located<String>]
    public var codes: [CodePattern]
    /// Lower-case words matched against a diagnosis's display text when no code matches.
    public var keywords: [String]
    public var location: SourceLocation
}

/// A code or a code prefix (`M51.36*`) in one code system.
public struct CodePattern: Hashable, Sendable {
    /// The code-system family: `ICD-10-CM` (also used for WHO ICD-10), `SNOMED-CT`, `ICD-9-CM`.
    public var system: String
    /// Upper-case, without dots, without the trailing `*`.
    public var key: String
    public var isPrefix: Bool
    /// The code as written in the file.
    public var written: String
    /// False where DOMAIN.md could not verify the code; `note` says why.
    public var verified: Bool
    public var note: String?
    public var location: SourceLocation

    /// The code systems a condition may list.
    public static let systems: Set<String> = [CodeSystem.icd10CM, CodeSystem.snomedCT, CodeSystem.icd9CM]

    /// The family a diagnosis's system belongs to for matching, or nil when unknown.
    public static func family(of system: String) -> String? {
        switch system {
        case CodeSystem.icd10CM, CodeSystem.icd10, CodeSystem.icd10GM, CodeSystem.cim10, "2.16.840.1.113883.6.90",
            "2.16.840.1.113883.6.3":
            CodeSystem.icd10CM
        case CodeSystem.snomedCT, "2.16.840.1.113883.6.96": CodeSystem.snomedCT
        case CodeSystem.icd9CM, "2.16.840.1.113883.6.103", "2.16.840.1.113883.6.104": CodeSystem.icd9CM
        default: nil
        }
    }

    /// Upper case, dots and spaces removed, so `m51.26` and `M5126` compare equal.
    public static func normalize(_ code: String) -> String {
        String(code.uppercased().filter { $0 != "." && $0 != " " })
    }
}
