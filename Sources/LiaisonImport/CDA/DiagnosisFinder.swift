import LiaisonModel
import LiaisonXML

/// Finds the problem observations inside a section's entries, wherever they are nested
/// (concern acts, encounter diagnosis acts, assessment entries, Australian medical history),
/// walking each entry once. Negated observations and whole negated branches are left out, as are
/// family history, medication indications and allergy entries.
enum DiagnosisFinder {
    static func diagnoses(in entries: [XMLElement], section: String, context: CDAContext) -> [Diagnosis] {
        var found: [Diagnosis] = []
        for entry in entries {
            visit(entry, concernStatus: nil, section: section, context: context, into: &found)
        }
        return found
    }

    private static func visit(
        _ statement: XMLElement, concernStatus: String?, section: String, context: CDAContext,
        into found: inout [Diagnosis]
    ) {
        if ProblemObservation.isNegated(statement) || isExcluded(statement) { return }
        if statement.is("observation"), ProblemObservation.matches(statement) {
            if let diagnosis = ProblemObservation.read(
                statement, concernStatus: concernStatus, section: section, context: context)
            {
                found.append(diagnosis)
            }
            return
        }
        let status = statement.is("act") ? ProblemObservation.concernStatus(statement) ?? concernStatus : concernStatus
        statement.forEachChildElement { child in
            guard child.is("entryRelationship") || child.is("component") else { return }
            child.forEachChildElement { inner in
                if inner.hasSameNamespace(as: statement) {
                    visit(inner, concernStatus: status, section: section, context: context, into: &found)
                }
            }
        }
    }

    private static func isExcluded(_ statement: XMLElement) -> Bool {
        if statement.attribute("moodCode").map({ $0 == "GOL" || $0 == "INT" }) == true, statement.is("observation") {
            return true
        }
        return statement.hasTemplate(in: CDAVocabulary.Template.notDiagnoses)
    }
}
