import LiaisonModel
import LiaisonXML

/// Reads one coded problem observation into a ``Diagnosis``.
///
/// An observation holds a diagnosis when it is a problem observation (a known template, or by
/// structure a problem-type `code` with a `value` in a diagnosis code system), when its `value` is
/// coded in a classification of diseases (ICD-valued simple observations of any section), or when
/// its `code` is (CDA-CH DiagL3 diagnoses, "risk factor" questions answered true, pregnancy
/// history). Values in LOINC, no-information codes and exposure risks are never diagnoses.
///
/// Display falls back from the code's `displayName` to its `originalText` (or the narrative it
/// references) to the observation's own `text`. Status comes from a problem status observation
/// (``ProblemStatus``), else a resolution date, else the enclosing concern act's `statusCode`.
enum ProblemObservation {
    /// Which element of an observation carries its diagnosis code.
    enum CodeSource {
        case value, code
    }

    /// Where `observation` carries a diagnosis code, or nil when it holds no diagnosis. With
    /// `classificationsOnly` (results, vital signs, social history) only codes of a
    /// classification of diseases count.
    static func diagnosisCode(in observation: XMLElement, classificationsOnly: Bool = false) -> CodeSource? {
        var templated = false
        var code: XMLElement?
        var value: XMLElement?
        observation.forEachChildElement { child in
            if child.is("templateId") {
                if CDAVocabulary.Template.problemObservations.contains(child.attribute("root") ?? "") {
                    templated = true
                }
            } else if child.is("code") {
                code = child
            } else if child.is("value"), value == nil {
                value = child
            }
        }
        let valueSystem = value.flatMap(CodedValue.systemOID) ?? ""
        let codeSystem = code.flatMap(CodedValue.systemOID) ?? ""
        if CDAVocabulary.CodeSystems.neverDiagnoses.contains(valueSystem) { return nil }
        if CDAVocabulary.CodeSystems.isDiseaseClassification(valueSystem), value?.attribute("code") != nil {
            return .value
        }
        if CDAVocabulary.CodeSystems.isDiseaseClassification(codeSystem), code?.attribute("code") != nil,
            value.map(isAffirmed) ?? true
        {
            return .code
        }
        if classificationsOnly { return nil }
        // A problem valued only in a local terminology of conditions and non-conditions alike is
        // read as text (``TextDiagnosis/Kind/localTerminology``).
        if CDAVocabulary.CodeSystems.mixedLocalTerminologies[valueSystem] != nil { return nil }
        let problemType = CDAVocabulary.problemTypeCodes.contains(code?.attribute("code") ?? "")
        if templated || (problemType && CDAVocabulary.CodeSystems.isDiagnosisSystem(valueSystem)) { return .value }
        return nil
    }

    /// Whether the value of an observation coded with a diagnosis affirms it: a boolean `true`,
    /// or any value that is not a boolean (a qualifier such as "tumour activity").
    private static func isAffirmed(_ value: XMLElement) -> Bool {
        guard value.xsiType?.hasSuffix("BL") == true else { return true }
        return value.attribute("value")?.lowercased() == "true"
    }

    /// Whether the statement says the opposite of what it codes (`negationInd="true"`).
    static func isNegated(_ statement: XMLElement) -> Bool {
        statement.attribute("negationInd")?.lowercased() == "true"
    }

    /// The diagnosis, or nil when the element `source` names carries no code at all.
    static func read(
        _ observation: XMLElement, source: CodeSource, concernStatus: String?, section: String,
        context: CDAContext
    ) -> Diagnosis? {
        guard let element = observation.child(source == .value ? "value" : "code"),
            let coded = CodedValue(element, context: context)
        else { return nil }
        var display = coded.display
        if display == nil, let text = observation.child("text") {
            display = context.text(ofOrReferencedBy: text)
        }
        let time = observation.child("effectiveTime")
        let onset = HL7Time.isoDate(time?.child("low")?.attribute("value") ?? time?.attribute("value"))
        return Diagnosis(
            code: coded.code, system: coded.system, display: display,
            status: ProblemStatus.stated(in: observation, time: time) ?? concernStatus, onset: onset,
            alternateCodes: coded.translations,
            source: Provenance(cdaSection: section, line: observation.line))
    }

    /// A concern act's `statusCode` in the words a problem list uses; nil for other acts.
    static func concernStatus(_ act: XMLElement) -> String? {
        let isConcern =
            act.child("code")?.attribute("code") == CDAVocabulary.concernActCode
            || act.hasTemplate(in: CDAVocabulary.Template.concernActs)
        guard isConcern else { return nil }
        return act.child("statusCode")?.attribute("code").flatMap { CDAVocabulary.concernStatusNames[$0] }
    }
}
