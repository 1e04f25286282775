import LiaisonXML

extension XMLElement {
    /// Whether one of this element's `templateId` children has its `root` in `templates`
    /// (the sets in ``CDAVocabulary/Template``).
    func hasTemplate(in templates: Set<String>) -> Bool {
        var found = false
        forEachChildElement { child in
            if !found, child.is("templateId"), templates.contains(child.attribute("root") ?? "") { found = true }
        }
        return found
    }
}
