import LiaisonModel
import LiaisonXML

/// Finds the observations that hold diagnoses inside a section's entries, wherever they are
/// nested (concern acts, encounter diagnosis acts, assessment entries, organizers, Australian
/// medical history), walking each entry once. Negated observations and whole negated branches are
/// left out, as are planned or intended observations, family history, medication indications,
/// allergy entries, functional status and references to problems recorded elsewhere.
enum DiagnosisFinder {
    /// With `classificationsOnly` (results, vital signs, social history) only observations coded
    /// in a classification of diseases are taken.
    static func diagnoses(
        in entries: [XMLElement], section: String, context: CDAContext, classificationsOnly: Bool = false
    ) -> [Diagnosis] {
        var walk = Walk(section: section, context: context, classificationsOnly: classificationsOnly)
        for entry in entries { walk.visit(entry, concernStatus: nil) }
        return walk.found
    }

    private struct Walk {
        let section: String
        let context: CDAContext
        let classificationsOnly: Bool
        var found: [Diagnosis] = []

        init(section: String, context: CDAContext, classificationsOnly: Bool) {
            self.section = section
            self.context = context
            self.classificationsOnly = classificationsOnly
        }

        mutating func visit(_ statement: XMLElement, concernStatus: String?) {
            if ProblemObservation.isNegated(statement) || DiagnosisFinder.isExcluded(statement) { return }
            if statement.is("observation"),
                let source = ProblemObservation.diagnosisCode(in: statement, classificationsOnly: classificationsOnly)
            {
                if let diagnosis = ProblemObservation.read(
                    statement, source: source, concernStatus: concernStatus, section: section, context: context)
                {
                    found.append(diagnosis)
                }
                return
            }
            let status =
                statement.is("act") ? ProblemObservation.concernStatus(statement) ?? concernStatus : concernStatus
            statement.forEachChildElement { child in
                guard child.is("entryRelationship") || child.is("component") else { return }
                child.forEachChildElement { inner in
                    if inner.hasSameNamespace(as: statement) { visit(inner, concernStatus: status) }
                }
            }
        }
    }

    private static func isExcluded(_ statement: XMLElement) -> Bool {
        if statement.is("observation") {
            if let mood = statement.attribute("moodCode"), mood != "EVN" { return true }
            if statement.child("code")?.attribute("code") == CDAVocabulary.functionalStatusCode { return true }
        }
        return statement.hasTemplate(in: CDAVocabulary.Template.notDiagnoses)
    }
}
