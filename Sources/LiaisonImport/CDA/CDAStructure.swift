import LiaisonModel
import LiaisonXML

/// Stage 1 of the CDA reader: the document's own structure (header element, body kind and
/// sections with their codes, templates, narrative and entries), before any clinical meaning is
/// given to it. Stage 2 (``CDAReader``) maps this to a ``Referral``.
struct CDADocument {
    /// The body of a CDA document.
    enum Body {
        /// `structuredBody`: sections in document order, nested ones flattened after their parent.
        case structured([CDASection])
        /// `nonXMLBody`: a scanned or attached document Liaison cannot read into the model.
        case unstructured(line: Int)
        /// No body at all (a header-only document).
        case missing
    }

    /// The `ClinicalDocument` element; the header is its children before `component`.
    let root: XMLElement
    let body: Body

    /// Reads the structure of a parsed document whose root is `ClinicalDocument`.
    init(_ xml: XMLDocument) {
        root = xml.root
        guard let component = root.child("component") else {
            body = .missing
            return
        }
        if let structured = component.child("structuredBody") {
            var sections: [CDASection] = []
            CDADocument.collectSections(of: structured, parentCode: nil, into: &sections)
            body = .structured(sections)
        } else if let unstructured = component.child("nonXMLBody") {
            body = .unstructured(line: unstructured.line)
        } else {
            body = .missing
        }
    }

    /// `component/section` children of `parent`, depth first, so nested sections follow theirs.
    private static func collectSections(of parent: XMLElement, parentCode: String?, into sections: inout [CDASection]) {
        parent.forEachChildElement { component in
            guard component.is("component"), let element = component.child("section") else { return }
            let section = CDASection(element, parentCode: parentCode)
            sections.append(section)
            collectSections(of: element, parentCode: section.code ?? parentCode, into: &sections)
        }
    }
}

/// One `section` of a structured body.
struct CDASection {
    let element: XMLElement
    /// `code/@code`: a LOINC code in US documents, another system's code elsewhere.
    let code: String?
    /// The enclosing section's code, for nested sections that have none of their own.
    let parentCode: String?
    /// `templateId/@root` values.
    let templateIds: [String]
    /// The narrative block (`text`).
    let text: XMLElement?
    /// The clinical statement of each `entry` (its `act`, `observation`, `procedure`, …).
    let entries: [XMLElement]
    /// `languageCode/@code`, when the section declares its own language.
    let languageCode: String?

    init(_ element: XMLElement, parentCode: String?) {
        self.element = element
        self.parentCode = parentCode
        var code: String?
        var templates: [String] = []
        var text: XMLElement?
        var entries: [XMLElement] = []
        var languageCode: String?
        element.forEachChildElement { child in
            if child.is("code") {
                code = child.attribute("code").flatMap { $0.isEmpty ? nil : $0 }
            } else if child.is("templateId") {
                if let root = child.attribute("root") { templates.append(root) }
            } else if child.is("text") {
                text = child
            } else if child.is("languageCode") {
                languageCode = child.attribute("code")
            } else if child.is("entry") {
                child.forEachChildElement { statement in
                    if statement.hasSameNamespace(as: element) { entries.append(statement) }
                }
            }
        }
        self.code = code
        templateIds = templates
        self.text = text
        self.entries = entries
        self.languageCode = languageCode
    }

    /// What the section is for, from its code (or its parent's); `other` when unknown.
    var kind: SectionKind {
        (code ?? parentCode).flatMap { CDAVocabulary.Section.kinds[$0] } ?? .other
    }

    /// The name a finding's provenance gives this section: its code, the parent's, or a
    /// template id; `body` when the section is not identified at all.
    var provenanceName: String { code ?? parentCode ?? templateIds.first ?? "body" }

    /// The section title, as written.
    var title: String? { element.child("title")?.normalizedText }

    /// The narrative split into blocks (paragraphs, list items, table rows); computed on each
    /// call, so readers take it once.
    var narrativeBlocks: [NarrativeBlock] { text.map(NarrativeBlocks.split) ?? [] }
}

extension Provenance {
    /// Where a finding of the CDA section named `section` (its code, its parent's, or a template
    /// id; see ``CDASection/provenanceName``) was read.
    init(cdaSection section: String, line: Int?) {
        self.init(section: section, line: line, kind: CDAVocabulary.Section.kinds[section] ?? .other)
    }
}
