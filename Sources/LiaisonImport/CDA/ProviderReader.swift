import LiaisonModel
import LiaisonXML

/// Reads the referring provider and the intended recipient from the CDA header.
///
/// The referrer is, in order: a `participant` of type REF/REFB ("referrer", "referred by"); the
/// first `author` who is a person; the `legalAuthenticator`; the first author of any kind (a
/// device author still names the organisation). Missing contact details are filled from the
/// entity's organisation.
enum ProviderReader {
    static func referringProvider(_ root: XMLElement) -> Provider? {
        var referrer: XMLElement?
        var authors: [XMLElement] = []
        var legal: XMLElement?
        root.forEachChildElement { child in
            if child.is("participant"), referrer == nil,
                CDAVocabulary.referrerParticipantTypes.contains(child.attribute("typeCode") ?? "")
            {
                referrer = child.child("associatedEntity")
            } else if child.is("author"), let entity = child.child("assignedAuthor") {
                authors.append(entity)
            } else if child.is("legalAuthenticator") {
                legal = child.child("assignedEntity")
            }
        }
        let personAuthor = authors.first { $0.child("assignedPerson") != nil }
        guard let entity = referrer ?? personAuthor ?? legal ?? authors.first else { return nil }
        let provider = self.provider(entity, person: "assignedPerson")
        return provider.isEmpty ? nil : provider
    }

    static func recipient(_ root: XMLElement) -> Provider? {
        guard let intended = root.child(path: "informationRecipient", "intendedRecipient") else { return nil }
        let provider = self.provider(intended, person: "informationRecipient")
        return provider.isEmpty ? nil : provider
    }

    /// Reads an `assignedAuthor`, `assignedEntity`, `associatedEntity` or `intendedRecipient`.
    private static func provider(_ entity: XMLElement, person: String) -> Provider {
        var provider = Provider()
        let personElement = entity.child(person) ?? entity.child("associatedPerson")
        provider.name = personElement.flatMap(HeaderReader.personName(of:))
        provider.npi = npi(in: entity)
        let organization =
            entity.child("representedOrganization") ?? entity.child("scopingOrganization")
            ?? entity.child("receivedOrganization")
        provider.organization = organization?.child("name")?.normalizedText
        fillContacts(&provider, from: entity)
        if let organization {
            if provider.npi == nil { provider.npi = npi(in: organization) }
            fillContacts(&provider, from: organization)
        }
        return provider
    }

    private static func npi(in entity: XMLElement) -> String? {
        entity.children("id").lazy.filter { $0.attribute("root") == CDAVocabulary.Identifier.npi }
            .compactMap { $0.attribute("extension") }.first { !$0.isEmpty }
    }

    /// Sets phone, fax, email and address where still unknown.
    private static func fillContacts(_ provider: inout Provider, from entity: XMLElement) {
        for telecom in entity.children("telecom") {
            guard let value = telecom.attribute("value")?.trimmingWhitespace(), !value.isEmpty else { continue }
            let lower = value.lowercased()
            if lower.hasPrefix("mailto:") {
                if provider.email == nil { provider.email = String(value.dropFirst(7)) }
            } else if lower.hasPrefix("fax:") {
                if provider.fax == nil { provider.fax = String(value.dropFirst(4)) }
            } else if lower.hasPrefix("tel:") {
                if provider.phone == nil { provider.phone = String(value.dropFirst(4)) }
            }
        }
        if provider.address == nil, let addr = entity.child("addr") {
            provider.address = HeaderReader.address(addr)
        }
    }
}
