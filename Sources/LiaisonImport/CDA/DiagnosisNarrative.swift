import LiaisonModel
import LiaisonXML

/// Diagnoses written only in the narrative of a diagnosis section, one per table row or list
/// item that plainly carries an ICD-10 code: the Suva reports' "Diagnose | ICD Code" table
/// ("Vordere Beckenringfraktur links | S32.89"). Each is a text-only diagnosis (no code, the code
/// read from the text as its alternate, with a warning). Rows without a code are left alone: a
/// template's explanatory text ("Liste der bekannten Diagnosen …") is no diagnosis.
enum DiagnosisNarrative {
    /// Section titles of diagnosis lists, in lower case, in the languages of the realms Liaison
    /// reads (a Swiss section often has a title and no code).
    static let titles: Set<String> = [
        "diagnosis", "diagnoses", "diagnose", "diagnosen", "diagnosenliste", "diagnostic", "diagnostics",
        "liste de diagnostics", "liste des diagnostics", "diagnosi", "elenco diagnosi",
    ]

    /// Whether `section` is a list of diagnoses, by its code or its title.
    static func isDiagnosisSection(_ section: CDASection) -> Bool {
        if let code = section.code, CDAVocabulary.Section.diagnosisLists.contains(code) { return true }
        return section.title.map { titles.contains($0.lowercased()) } ?? false
    }

    /// The text-only diagnoses of the section's narrative tables and lists.
    static func diagnoses(in section: CDASection) -> [Diagnosis] {
        guard let text = section.text else { return [] }
        var found: [Diagnosis] = []
        let rows = (text.descendants("tr") + text.descendants("item")).sorted { $0.line < $1.line }
        for element in rows {
            let cells = element.is("tr") ? element.children("td") : [element]
            let texts = cells.map(NarrativeBlocks.flatten)
            guard let code = texts.lazy.compactMap(Self.code).first else { continue }
            // The name is another cell, or the rest of the cell the code ends.
            let others = texts.filter { Self.code($0) == nil && $0.contains(where: \.isLetter) }
            let rest = texts.first { Self.code($0) == code }.map {
                String($0.dropLast(code.count)).trimmingWhitespace()
            }
            guard let name = others.first ?? rest, name.contains(where: \.isLetter), !Placeholder.isPlaceholder(name)
            else { continue }
            found.append(
                Diagnosis(
                    code: nil, system: CodeSystem.text, display: name,
                    alternateCodes: [CodeRef(code: code, system: CodeSystem.icd10)],
                    source: Provenance(section: section.provenanceName, line: element.line, kind: section.kind)))
        }
        return found
    }

    /// The ICD-10 code a cell is, or ends with.
    private static func code(_ cell: String) -> String? {
        TextDiagnosis.icd10Code(in: cell).flatMap { code in
            cell == code || cell.hasSuffix(" " + code) ? code : nil
        }
    }
}
