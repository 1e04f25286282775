import Foundation
import LiaisonModel
import LiaisonXML

/// The reason for referral proper, out of a reason section's narrative and entries.
///
/// French and Swiss documents fill their reason sections with form tables ("Latéralité |
/// Manuelle Gaucher", "Déficit moteur | Oui") and labelled paragraphs ("Pédiatrie : Non"). Read
/// whole, that is no reason. So the reason is the text of a reason observation (LOINC 42349-1 as
/// its code); else, when the narrative is a form (mostly label and value fields), the value of a
/// field labelled as the reason ("Motif du recours", "Grund der Überweisung") or of prose, or
/// nothing; else the
/// narrative without placeholders and "(Texte libre)" markers.
enum ReasonText {
    /// Labels of a reason field, in lower case, without a final colon.
    static let labels: Set<String> = [
        "reason", "reason for referral", "reason for visit", "chief complaint",
        "motif", "motif du recours", "motif de recours", "motif de la consultation", "motif de consultation",
        "motif de la demande", "motif d'hospitalisation", "motif de la rcp", "raison", "raison de la recommandation",
        "grund", "überweisungsgrund", "zuweisungsgrund", "grund der überweisung", "grund der zuweisung",
        "fragestellung", "motivo", "motivo della richiesta", "motivo del ricovero",
    ]

    static func reason(of section: CDASection, blocks: [NarrativeBlock], context: CDAContext) -> String? {
        if let text = fromEntries(section, context: context) { return text }
        let fields = (section.text?.descendants("tr") ?? []).compactMap(field(ofRow:)) + blocks.compactMap(field(of:))
        if fields.count >= 2, fields.count * 2 >= blocks.count {
            // A form: a field labelled as the reason, else one whose value is prose ("Content: We
            // are referring …"), else nothing.
            let usable = fields.filter { !Placeholder.isPlaceholder($0.value) }
            var values = usable.filter { isLabel($0.label) }.map(\.value)
            if values.isEmpty { values = usable.map(\.value).filter { $0.split(separator: " ").count >= 8 } }
            return values.isEmpty ? nil : values.joined(separator: "; ")
        }
        let texts = blocks.map { withoutMarkers($0.text) }.filter { !Placeholder.isPlaceholder($0) }
        return texts.isEmpty ? nil : texts.joined(separator: " ")
    }

    /// A form field: a table row of a label cell and a value cell.
    private static func field(ofRow row: XMLElement) -> (label: String, value: String)? {
        let cells = row.elementChildren.filter { $0.hasLocalName("td") || $0.hasLocalName("th") }
        guard cells.count == 2, cells[1].hasLocalName("td") else { return nil }
        let label = NarrativeBlocks.flatten(cells[0])
        guard isShortLabel(label) else { return nil }
        return (label, withoutMarkers(NarrativeBlocks.flatten(cells[1])))
    }

    /// A form field written as a paragraph: "Pédiatrie : Non".
    private static func field(of block: NarrativeBlock) -> (label: String, value: String)? {
        guard let colon = block.text.firstIndex(of: ":") else { return nil }
        let label = String(block.text[..<colon]).trimmingWhitespace()
        guard isShortLabel(label) else { return nil }
        return (label, withoutMarkers(String(block.text[block.text.index(after: colon)...])))
    }

    private static func isShortLabel(_ label: String) -> Bool {
        let words = label.split(separator: " ").count
        return (1...5).contains(words) && label.contains(where: \.isLetter)
    }

    /// `text` without the "(Texte libre)" markers of French templates.
    private static func withoutMarkers(_ text: String) -> String {
        var text = text
        for marker in ["(Texte libre)", "(texte libre)", "(Freitext)", "(testo libero)"] {
            text = text.replacingOccurrences(of: marker, with: "")
        }
        return XMLText.normalize(text)
    }

    /// The text of an observation coded as the reason for referral.
    private static func fromEntries(_ section: CDASection, context: CDAContext) -> String? {
        for entry in section.entries where entry.is("observation") {
            guard entry.child("code")?.attribute("code") == CDAVocabulary.Section.reasonForReferral else { continue }
            let text =
                entry.child("text").flatMap(context.text(ofOrReferencedBy:)) ?? entry.child("value")?.normalizedText
            if let text, !Placeholder.isPlaceholder(text) { return text }
        }
        return nil
    }

    private static func isLabel(_ text: String) -> Bool {
        var key = text.lowercased().trimmingWhitespace()
        while key.hasSuffix(":") { key = String(key.dropLast()).trimmingWhitespace() }
        return labels.contains(key)
    }
}
