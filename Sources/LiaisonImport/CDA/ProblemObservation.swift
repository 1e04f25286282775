import LiaisonModel
import LiaisonXML

/// Reads one coded problem observation into a ``Diagnosis``.
///
/// Display falls back from `value/@displayName` to the value's `originalText` (or the narrative
/// it references) to the observation's own `text`. Status comes from a problem status
/// observation, else a resolution date, else the enclosing concern act's `statusCode`.
enum ProblemObservation {
    /// Whether `observation` is a problem observation: a known template id, or by structure a
    /// problem-type `code` with a `value` coded in a diagnosis code system.
    static func matches(_ observation: XMLElement) -> Bool {
        var templated = false
        var problemType = false
        var diagnosisValue = false
        observation.forEachChildElement { child in
            if child.is("templateId") {
                if CDAVocabulary.Template.problemObservations.contains(child.attribute("root") ?? "") {
                    templated = true
                }
            } else if child.is("code") {
                problemType = CDAVocabulary.problemTypeCodes.contains(child.attribute("code") ?? "")
            } else if child.is("value"), let system = child.attribute("codeSystem") {
                diagnosisValue = CDAVocabulary.diagnosisCodeSystems.contains(system)
            }
        }
        return templated || (problemType && diagnosisValue)
    }

    /// Whether the statement says the opposite of what it codes (`negationInd="true"`).
    static func isNegated(_ statement: XMLElement) -> Bool {
        statement.attribute("negationInd")?.lowercased() == "true"
    }

    /// The diagnosis, or nil when the value carries no code at all.
    static func read(
        _ observation: XMLElement, concernStatus: String?, section: String, context: CDAContext
    ) -> Diagnosis? {
        guard let valueElement = observation.child("value"), let value = CodedValue(valueElement, context: context)
        else { return nil }
        var display = value.display
        if display == nil, let text = observation.child("text") {
            display = context.text(ofOrReferencedBy: text)
        }
        let time = observation.child("effectiveTime")
        let onset = HL7Time.isoDate(time?.child("low")?.attribute("value") ?? time?.attribute("value"))
        return Diagnosis(
            code: value.code, system: value.system, display: display,
            status: status(of: observation, time: time) ?? concernStatus, onset: onset,
            alternateCodes: value.translations,
            source: Provenance(section: section, line: observation.line))
    }

    private static func status(of observation: XMLElement, time: XMLElement?) -> String? {
        var stated: String?
        var resolved = time?.child("high")?.attribute("value") != nil
        for relationship in observation.children("entryRelationship") {
            guard let inner = relationship.child("observation") else { continue }
            let code = inner.child("code")?.attribute("code")
            let templated = inner.hasTemplate(in: CDAVocabulary.Template.problemStatus)
            if templated || code == CDAVocabulary.problemStatusCode, let value = inner.child("value") {
                stated =
                    value.attribute("code").flatMap { CDAVocabulary.problemStatusNames[$0] }
                    ?? CodedValue.displayName(value)?.lowercased()
            } else if code == CDAVocabulary.auDateOfResolution, inner.child("value")?.attribute("value") != nil {
                resolved = true
            }
        }
        return stated ?? (resolved ? "resolved" : nil)
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
