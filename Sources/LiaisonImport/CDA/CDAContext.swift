import LiaisonModel
import LiaisonXML

/// What stage 2 of the CDA reader shares across sections: the document (for narrative
/// references), the dates durations count from, and the warnings gathered so far.
final class CDAContext {
    let xml: XMLDocument
    /// The narrative reader's vocabulary.
    let vocabulary: NarrativeVocabulary
    /// The document's `languageCode`, which a section's own overrides.
    let language: String?
    /// Whether dates such as 12/01/2026 are day first: any realm but the US (`realmCode`, else
    /// the region of the language code: `en-AU`, `de-CH`).
    var dayFirstDates = false
    /// The document date; "for 6 weeks" counts from it.
    var referenceDate: CalendarDate?
    /// The most recent procedure date; "12 weeks post-op" counts from it.
    var surgeryDate: CalendarDate?
    private(set) var warnings: [ImportWarning] = []
    private var reportedReferences: Set<String> = []

    init(xml: XMLDocument, referenceDate: CalendarDate?, vocabulary: NarrativeVocabulary, language: String?) {
        self.xml = xml
        self.vocabulary = vocabulary
        self.language = language
        self.referenceDate = referenceDate
    }

    func warn(_ message: String, line: Int?) {
        warnings.append(ImportWarning(message, line: line))
    }

    /// The text of `element` itself, or else the narrative its `<reference value="#id"/>`
    /// points at. A reference that points nowhere is reported once as a warning.
    func text(ofOrReferencedBy element: XMLElement) -> String? {
        if let own = ownText(element) { return own }
        guard let reference = element.child("reference"), let value = reference.attribute("value"),
            !value.isEmpty
        else { return nil }
        guard value.hasPrefix("#") else { return nil }  // an external document: nothing to read here
        if let target = xml.element(withID: value) {
            let text = NarrativeBlocks.flatten(target)
            return text.isEmpty ? nil : text
        }
        if reportedReferences.insert(value).inserted {
            warn("the narrative reference \(value) points nowhere; the entry's text is missing", line: reference.line)
        }
        return nil
    }

    /// The element's own text, leaving out its `reference` child.
    private func ownText(_ element: XMLElement) -> String? {
        var out = ""
        element.forEachChildNode { node in
            switch node {
            case .text(let text): out += text
            case .element(let child): if !child.is("reference") { out += child.text }
            }
        }
        let folded = XMLText.normalize(out)
        return folded.isEmpty ? nil : folded
    }
}
