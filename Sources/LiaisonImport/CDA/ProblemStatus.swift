import LiaisonModel
import LiaisonXML

/// A problem's clinical status in the words Liaison reports (`active`, `inactive`, `resolved`,
/// `remission`, `recurrence`, `relapse`), read from codes so that it is the same in every language:
/// SNOMED CT status values, FHIR condition-clinical codes (which French documents use, with
/// "Actif" and "Résolu" as display names) and HL7 ActStatus codes. A display name is taken only
/// when it is one of those English words; "actif" or "résolu" are never passed through.
enum ProblemStatus {
    /// The status a problem status observation inside `observation` states, else `resolved` when
    /// the problem has an end date (`time/high`, or the Australian date of resolution).
    static func stated(in observation: XMLElement, time: XMLElement?) -> String? {
        var stated: String?
        var resolved = time?.child("high")?.attribute("value") != nil
        for relationship in observation.children("entryRelationship") {
            guard let inner = relationship.child("observation") else { continue }
            let code = inner.child("code")?.attribute("code")
            let templated = inner.hasTemplate(in: CDAVocabulary.Template.problemStatus)
            if templated || code == CDAVocabulary.problemStatusCode, let value = inner.child("value") {
                stated = word(for: value)
            } else if code == CDAVocabulary.auDateOfResolution, inner.child("value")?.attribute("value") != nil {
                resolved = true
            }
        }
        return stated ?? (resolved ? "resolved" : nil)
    }

    /// The status word for a status value: by its code, else by an English display name.
    static func word(for value: XMLElement) -> String? {
        if let code = value.attribute("code"), let word = CDAVocabulary.problemStatusNames[code] { return word }
        guard let display = CodedValue.displayName(value)?.lowercased() else { return nil }
        return CDAVocabulary.problemStatusDisplayNames[display]
    }
}
