import LiaisonModel
import LiaisonXML

/// Finds the observations that hold diagnoses inside a section's entries, wherever they are
/// nested (concern acts, encounter diagnosis acts, assessment entries, organizers, Australian
/// medical history), walking each entry once. Negated observations and whole negated branches are
/// left out, as are planned or intended observations, family history, medication indications,
/// allergy entries, functional status and references to problems recorded elsewhere.
enum DiagnosisFinder {
    /// What a section's entries hold.
    struct Found {
        /// Coded diagnoses, and diagnoses the document declares as text (``TextDiagnosis``).
        var diagnoses: [Diagnosis] = []
        /// Problem observations whose value carries no code, read as text: the reader keeps them
        /// only where the document codes no diagnosis at all, since elsewhere they mostly repeat a
        /// coded problem (an encounter diagnosis beside the problem list).
        var uncoded: [Diagnosis] = []
    }

    /// With `classificationsOnly` (results, vital signs, social history) only observations coded
    /// in a classification of diseases are taken.
    static func diagnoses(
        in entries: [XMLElement], section: String, context: CDAContext, classificationsOnly: Bool = false
    ) -> Found {
        var walk = Walk(section: section, context: context, classificationsOnly: classificationsOnly)
        for entry in entries { walk.visit(entry, concernStatus: nil) }
        return walk.found
    }

    private struct Walk {
        let section: String
        let context: CDAContext
        let classificationsOnly: Bool
        var found = Found()

        init(section: String, context: CDAContext, classificationsOnly: Bool) {
            self.section = section
            self.context = context
            self.classificationsOnly = classificationsOnly
        }

        mutating func visit(_ statement: XMLElement, concernStatus: String?) {
            if ProblemObservation.isNegated(statement) || DiagnosisFinder.isExcluded(statement) { return }
            if statement.is("observation"), read(statement, concernStatus: concernStatus) { return }
            let status =
                statement.is("act") ? ProblemObservation.concernStatus(statement) ?? concernStatus : concernStatus
            statement.forEachChildElement { child in
                guard child.is("entryRelationship") || child.is("component") else { return }
                child.forEachChildElement { inner in
                    if inner.hasSameNamespace(as: statement) { visit(inner, concernStatus: status) }
                }
            }
        }

        /// Reads `observation` as a coded or a text diagnosis; false when it is neither, so
        /// that the walk goes on inside it.
        private mutating func read(_ observation: XMLElement, concernStatus: String?) -> Bool {
            let source = ProblemObservation.diagnosisCode(in: observation, classificationsOnly: classificationsOnly)
            if let source,
                let diagnosis = ProblemObservation.read(
                    observation, source: source, concernStatus: concernStatus, section: section, context: context)
            {
                found.diagnoses.append(diagnosis)
                return true
            }
            guard !classificationsOnly, let kind = TextDiagnosis.kind(of: observation) else { return source != nil }
            if let diagnosis = TextDiagnosis.read(
                observation, concernStatus: concernStatus, section: section, context: context)
            {
                switch kind {
                case .declared, .localTerminology: found.diagnoses.append(diagnosis)
                case .uncodedProblem: found.uncoded.append(diagnosis)
                }
            }
            return true
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
