import LiaisonModel
import LiaisonXML

/// Assembles the one name a person is called by from CDA person names (`PN`), in any realm.
///
/// A person may have several `name` elements; the legal one is taken (`use` L or OR), else one
/// without a use, never a search or phonetic rendering. Inside it, parts are chosen by their
/// qualifier: the used name over the birth name (the French "nom d'usage" `family qualifier="CL"`
/// over `family qualifier="BR"`, the "prénom utilisé" over the list of birth given names), the
/// spouse's name over the birth name. The result reads title, given names, family name,
/// credentials: "Dr. Jacques Bideault" for `<prefix>M</prefix><suffix>DR</suffix>
/// <given>Jacques</given><family>BIDEAULT</family>` (French documents put the title in `suffix`
/// and the civility in `prefix`; a civility is dropped when there is a title). Parts written all
/// in capitals (the French convention for family names) are shown in title case.
enum PersonName {
    /// The name to read among a person's `name` elements.
    static func preferred(_ names: [XMLElement]) -> XMLElement? {
        func rank(_ name: XMLElement) -> Int {
            let uses = Set((name.attribute("use") ?? "").split(separator: " ").map(String.init))
            if !uses.isDisjoint(with: CDAVocabulary.Name.preferredUses) { return 0 }
            if uses.isEmpty { return 1 }
            return uses.isSubset(of: CDAVocabulary.Name.avoidedUses) ? 3 : 2
        }
        let usable = names.filter { text($0) != nil }
        return usable.min { rank($0) < rank($1) } ?? names.first
    }

    /// The display form of one `name`, or nil when it holds nothing.
    static func text(_ name: XMLElement) -> String? {
        var parts = Parts()
        var hasParts = false
        name.forEachChildElement { part in
            guard let kind = Kind(rawValue: part.name), part.is(part.name) else { return }
            hasParts = true
            // A part with no letter or digit ("." for an unknown given name) is no part.
            guard let value = part.normalizedText, value.contains(where: { $0.isLetter || $0.isNumber }) else { return }
            parts.add(
                kind, value, qualifiers: (part.attribute("qualifier") ?? "").split(separator: " ").map(String.init))
        }
        if !hasParts { return name.normalizedText }
        return parts.assembled()
    }

    private enum Kind: String {
        case prefix, given, family, suffix
    }

    /// The parts of one name, sorted into what is shown where.
    private struct Parts {
        var titles: [String] = []
        var civilities: [String] = []
        /// Given and family parts in document order, each with its group (``group(_:)``).
        var given: [(group: String, text: String)] = []
        var family: [(group: String, text: String)] = []
        var credentials: [String] = []
        var descriptions: [String] = []

        mutating func add(_ kind: Kind, _ value: String, qualifiers: [String]) {
            let word = NameWords.Word(value)
            switch kind {
            case .prefix:
                if word.isCivility { civilities.append(word.civility) } else { titles.append(word.title) }
            case .suffix:
                if word.isTitle {
                    titles.append(word.title)
                } else if NameWords.isCredential(value) {
                    credentials.append(value)
                } else {
                    descriptions.append(value)
                }
            case .given:
                if word.isTitle {
                    titles.append(word.title)
                } else if word.isCivility {
                    civilities.append(word.civility)
                } else {
                    given.append((Self.group(qualifiers), value))
                }
            case .family:
                family.append((Self.group(qualifiers), value))
            }
        }

        /// The qualifier a part is grouped by: call-me, spouse or birth, else none (initials and
        /// other qualifiers count as none).
        private static func group(_ qualifiers: [String]) -> String {
            let groups = [CDAVocabulary.Name.callMe, CDAVocabulary.Name.spouse, CDAVocabulary.Name.birth]
            return groups.first(where: qualifiers.contains) ?? ""
        }

        /// The parts of the first of `choices` (each a set of groups) that has any.
        private static func best(_ parts: [(group: String, text: String)], _ choices: [Set<String>]) -> [String] {
            for groups in choices {
                let chosen = parts.filter { groups.contains($0.group) }.map(\.text)
                if !chosen.isEmpty { return chosen }
            }
            return []
        }

        func assembled() -> String? {
            let (callMe, spouse, birth) = (
                CDAVocabulary.Name.callMe, CDAVocabulary.Name.spouse, CDAVocabulary.Name.birth
            )
            // Birth and used family names side by side are the French pattern, where the call-me given
            // name is the used first name. Elsewhere given-name qualifiers are too often misused (a
            // middle initial marked as birth or call-me) to leave any out.
            let usedAndBirth = family.contains { $0.group == birth } && family.contains { $0.group == callMe }
            let givenChoices: [Set<String>] =
                usedAndBirth ? [[callMe], ["", spouse], [birth]] : [["", callMe, spouse, birth]]
            let given = NameWords.uniqued(Self.best(self.given, givenChoices)).map(NameWords.displayCase)
            let family = Self.best(self.family, [[callMe], [spouse], [""], [birth]]).map(NameWords.displayCase)
            let front = titles.isEmpty ? NameWords.uniqued(civilities) : NameWords.uniquedTitles(titles)
            var words = front + given + family + credentials
            guard !words.isEmpty || !descriptions.isEmpty else { return nil }
            var text = words.joined(separator: " ")
            if !descriptions.isEmpty {
                words = text.isEmpty ? descriptions : [text] + descriptions
                text = words.joined(separator: ", ")
            }
            return text
        }
    }
}
