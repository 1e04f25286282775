import Foundation
import LiaisonModel
import LiaisonXML

/// Diagnoses a document gives as text only: CDA-CH level-1 diagnoses (`DiagL1`, a free-text
/// observation with no code, as in the Suva reports: "Vordere Beckenringfraktur links S32.89"),
/// and problem observations whose value carries no code but whose text names the problem.
///
/// Each becomes a ``Diagnosis`` with no code (``CodeSystem/text``) and the text as its display,
/// with a warning, so that the trainer reads it and the planner can still match it by keyword.
/// An ICD-10 code written plainly at the end of the text, or in brackets, is kept as its
/// alternate code, and the warning says it was read from the text.
enum TextDiagnosis {
    /// How a text-only diagnosis is written.
    enum Kind {
        /// A CDA-CH level-1 diagnosis: the document says it gives the diagnosis as text.
        case declared
        /// A problem observation whose value has no code.
        case uncodedProblem
        /// A problem observation valued only in a local terminology that codes treatments and
        /// events as well as conditions (TA_ASIP): shown as text, with its local code, to confirm.
        case localTerminology
    }

    /// How `observation` gives a diagnosis as text only, or nil when it does not.
    static func kind(of observation: XMLElement) -> Kind? {
        var level1 = false
        var problem = false
        observation.forEachChildElement { child in
            guard child.is("templateId") else { return }
            let root = child.attribute("root") ?? ""
            if root == CDAVocabulary.Template.cdaCH, child.attribute("extension") == CDAVocabulary.Template.diagnosisL1
            {
                level1 = true
            } else if CDAVocabulary.Template.problemObservations.contains(root) {
                problem = true
            }
        }
        if level1 { return .declared }
        guard problem, let value = observation.child("value") else { return nil }
        if localCode(of: value) != nil { return .localTerminology }
        guard value.attribute("code") == nil, value.child("translation") == nil else { return nil }
        return .uncodedProblem
    }

    static func read(
        _ observation: XMLElement, concernStatus: String?, section: String, context: CDAContext
    ) -> Diagnosis? {
        let value = observation.child("value")
        let local = value.flatMap(localCode(of:))
        let written =
            (local != nil ? value?.attribute("displayName") : nil)
            ?? observation.child("text").flatMap(context.text(ofOrReferencedBy:))
            ?? observation.child(path: "value", "originalText").flatMap(context.text(ofOrReferencedBy:))
        guard let text = written, text.contains(where: \.isLetter), !Placeholder.isPlaceholder(text) else { return nil }
        let time = observation.child("effectiveTime")
        let onset = HL7Time.isoDate(time?.child("low")?.attribute("value") ?? time?.attribute("value"))
        let alternates =
            local.map { [$0] } ?? icd10Code(in: text).map { [CodeRef(code: $0, system: CodeSystem.icd10)] } ?? []
        return Diagnosis(
            code: nil, system: CodeSystem.text, display: text,
            status: ProblemStatus.stated(in: observation, time: time) ?? concernStatus, onset: onset,
            alternateCodes: alternates, source: Provenance(cdaSection: section, line: observation.line))
    }

    /// The warning that goes with a text-only diagnosis the reader keeps.
    static func warning(for diagnosis: Diagnosis) -> String {
        if let local = diagnosis.alternateCodes.first,
            CDAVocabulary.CodeSystems.mixedLocalTerminologies.values.contains(local.system)
        {
            return
                "a problem is coded only in the local terminology \(local.system) (\(local.code)), which also codes treatments and events; it is shown as text: confirm it is a condition"
        }
        if let code = diagnosis.alternateCodes.first?.code {
            return "a diagnosis is given as text only; its ICD-10 code \(code) was read from the text"
        }
        return "a diagnosis is given as text only, with no code; read it yourself"
    }

    /// The code of a value coded only in a mixed local terminology (``CDAVocabulary/CodeSystems/mixedLocalTerminologies``).
    private static func localCode(of value: XMLElement) -> CodeRef? {
        guard let oid = CodedValue.systemOID(value), let name = CDAVocabulary.CodeSystems.mixedLocalTerminologies[oid],
            let code = value.attribute("code")
        else { return nil }
        return CodeRef(code: code, system: name)
    }

    /// An ICD-10 code ("S32.89", "N19", "M54.5") written as the text's last word or in brackets.
    static func icd10Code(in text: String) -> String? {
        let words = text.split { $0.isWhitespace }.map(String.init)
        var candidates = words.last.map { [$0] } ?? []
        candidates += words.filter { $0.first == "(" || $0.first == "[" }
        for candidate in candidates {
            let bare = candidate.trimmingCharacters(in: CharacterSet(charactersIn: "()[],;:"))
            if isICD10(bare) { return bare }
        }
        return nil
    }

    /// A letter, two digits, then optionally a dot and one to four digits or letters.
    private static func isICD10(_ word: String) -> Bool {
        let characters = Array(word)
        guard characters.count >= 3, characters[0].isASCII, characters[0].isUppercase,
            characters[1].isASCII, characters[1].isNumber, characters[2].isASCII, characters[2].isNumber
        else { return false }
        let rest = characters.dropFirst(3)
        if rest.isEmpty { return true }
        guard rest.first == ".", (2...5).contains(rest.count) else { return false }
        return rest.dropFirst().allSatisfy { $0.isASCII && ($0.isNumber || $0.isUppercase) }
    }
}
