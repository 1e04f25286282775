/// A diagnosis from the referral: coded, or given as text only.
public struct Diagnosis: Hashable, Sendable, Codable {
    /// The code; nil when the document gives the diagnosis as text only (then ``display`` is
    /// the text and ``system`` is ``CodeSystem/text``).
    public var code: String?
    /// The code system's name (`ICD-10-CM`, `SNOMED-CT`, `ICD-9-CM`, `ICD-10`, `LOINC`), or its
    /// OID where Liaison has no name for it; ``CodeSystem/text`` when there is no code. See
    /// ``CodeSystem``.
    public var system: String
    public var display: String?
    /// `active`, `resolved`, `inactive`, … as the document states it; nil when not stated.
    public var status: String?
    /// ISO date of onset, when given.
    public var onset: String?
    /// Every translation of the code (not only the first); for a diagnosis given as text only,
    /// the code its text plainly carries ("Vordere Beckenringfraktur links S32.89").
    public var alternateCodes: [CodeRef]
    public var source: Provenance

    public init(
        code: String?, system: String, display: String? = nil, status: String? = nil, onset: String? = nil,
        alternateCodes: [CodeRef] = [], source: Provenance
    ) {
        self.code = code
        self.system = system
        self.display = display
        self.status = status
        self.onset = onset
        self.alternateCodes = alternateCodes
        self.source = source
    }

    /// The primary code followed by its alternates, in document order.
    public var allCodes: [CodeRef] { (code.map { [CodeRef(code: $0, system: system)] } ?? []) + alternateCodes }

    /// "ICD-10-CM M54.50", or "text" for a diagnosis given as text only: how messages name it.
    public var codeLabel: String { code.map { "\(system) \($0)" } ?? CodeSystem.text }
}

/// A code in a code system.
public struct CodeRef: Hashable, Sendable, Codable, CustomStringConvertible {
    public var code: String
    public var system: String

    public init(code: String, system: String) {
        self.code = code
        self.system = system
    }

    public var description: String { "\(system) \(code)" }
}

/// Code-system OIDs Liaison names.
public enum CodeSystem {
    public static let icd10CM = "ICD-10-CM"
    public static let snomedCT = "SNOMED-CT"
    public static let icd9CM = "ICD-9-CM"
    public static let icd10 = "ICD-10"
    public static let loinc = "LOINC"
    /// ICD-10-GM (German modification, also the Swiss ICD-10), French CIM-10 (ATIH) and ICD-11.
    public static let icd10GM = "ICD-10-GM"
    public static let cim10 = "CIM-10"
    public static let icd11 = "ICD-11"
    /// TA_ASIP, the French ANS local terminology (TRE_R308-TAASIP): kept as the alternate code
    /// of a problem it alone codes, which is read as text (``CDAVocabulary/CodeSystems/taASIP``).
    public static let taASIP = "TA_ASIP"
    /// The ``Diagnosis/system`` of a diagnosis the document gives as text only, with no code.
    public static let text = "text"

    /// The family a system belongs to for matching codes: `ICD-10-CM` for ICD-10-CM, WHO ICD-10
    /// and its national editions, `SNOMED-CT`, `ICD-9-CM`; nil when unknown.
    public static func family(of system: String) -> String? {
        typealias OID = CDAVocabulary.CodeSystems
        switch system {
        case icd10CM, icd10, icd10GM, cim10, OID.icd10CM, OID.icd10: return icd10CM
        case snomedCT, OID.snomedCT: return snomedCT
        case icd9CM, OID.icd9CM, OID.icd9CMProcedures: return icd9CM
        default: return system.hasPrefix("ICD-10") ? icd10CM : nil
        }
    }

    /// Upper case, dots and spaces removed, so `m51.26` and `M5126` compare equal.
    public static func normalize(_ code: String) -> String {
        String(code.uppercased().filter { $0 != "." && $0 != " " })
    }

    /// OID to name (``CDAVocabulary/CodeSystems/name(forOID:)``); unknown OIDs are returned
    /// unchanged.
    public static func name(forOID oid: String) -> String { CDAVocabulary.CodeSystems.name(forOID: oid) }
}
