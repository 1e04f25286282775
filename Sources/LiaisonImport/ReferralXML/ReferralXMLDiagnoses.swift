import LiaisonModel
import LiaisonXML

/// `<diagnoses>`: coded diagnoses with alternate codes. A code system is written as a name
/// (`ICD-10-CM`, `SNOMED-CT`, …) or an OID, which is mapped to its name where Liaison has one.
enum ReferralXMLDiagnoses {
    static func read(_ element: XMLElement, fields: ReferralXMLFields) throws -> [Diagnosis] {
        try element.children("diagnosis").map { diagnosis in
            let code = try fields.requiredAttribute(diagnosis, "code", what: "the diagnosis code")
            let system = try fields.requiredAttribute(diagnosis, "system", what: "the code system")
            let alternates = try diagnosis.children("alternateCode").map {
                CodeRef(
                    code: try fields.requiredAttribute($0, "code", what: "the alternate code"),
                    system: systemName(try fields.requiredAttribute($0, "system", what: "the code system")))
            }
            return Diagnosis(
                code: code, system: systemName(system), display: fields.text(diagnosis, "display"),
                status: diagnosis.attribute("status"), onset: diagnosis.attribute("onset"),
                alternateCodes: alternates, source: Provenance(referralElement: element.name, line: diagnosis.line))
        }
    }

    /// Names as the model spells them; OIDs through ``CodeSystem/name(forOID:)``; common
    /// spellings ("SNOMED CT", "icd10cm") folded to the model's names.
    static func systemName(_ written: String) -> String {
        let folded = written.uppercased().filter { $0.isLetter || $0.isNumber }
        switch folded {
        case "ICD10CM": return CodeSystem.icd10CM
        case "SNOMEDCT", "SNOMED", "SCT": return CodeSystem.snomedCT
        case "ICD9CM": return CodeSystem.icd9CM
        case "ICD10": return CodeSystem.icd10
        case "LOINC", "LN": return CodeSystem.loinc
        default: return CodeSystem.name(forOID: written)
        }
    }
}
