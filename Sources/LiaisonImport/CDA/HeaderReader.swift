import LiaisonModel
import LiaisonXML

/// Reads the CDA header: document facts and the patient (`recordTarget`).
enum HeaderReader {
    static func document(_ root: XMLElement) -> DocumentInfo {
        var info = DocumentInfo()
        if let id = root.child("id") { info.id = identifier(id) }
        info.title = root.child("title")?.normalizedText
        info.typeCode = root.child("code")?.attribute("code")
        info.date = HL7Time.iso(root.child("effectiveTime")?.attribute("value"))
        info.language = root.child("languageCode")?.attribute("code")
        return info
    }

    static func patient(_ root: XMLElement) -> Patient {
        var patient = Patient()
        guard let role = root.child(path: "recordTarget", "patientRole") else { return patient }
        patient.identifiers = role.children("id").compactMap { id in
            let root = id.attribute("root")
            let value = id.attribute("extension")
            return root == nil && value == nil ? nil : Identifier(root: root, value: value)
        }
        guard let person = role.child("patient") else { return patient }
        patient.name = personName(of: person)
        patient.birthDate = HL7Time.isoDate(person.child("birthTime")?.attribute("value"))
        if let gender = person.child("administrativeGenderCode") {
            patient.sex = gender.attribute("code") ?? gender.child("originalText")?.normalizedText
        }
        return patient
    }

    /// `root^extension`, or the root alone.
    static func identifier(_ id: XMLElement) -> String? {
        switch (id.attribute("root"), id.attribute("extension")) {
        case (let root?, let ext?) where !ext.isEmpty: "\(root)^\(ext)"
        case (let root?, _): root
        case (nil, let ext?): ext
        case (nil, nil): nil
        }
    }

    /// The name `person` is called by (``PersonName``).
    static func personName(of person: XMLElement) -> String? {
        PersonName.preferred(person.children("name")).flatMap(PersonName.text)
    }

    /// One line: street lines, city, state, postal code, country.
    static func address(_ addr: XMLElement) -> String? {
        var parts: [String] = []
        for part in ["streetAddressLine", "city", "state", "postalCode", "country"] {
            parts += addr.children(part).compactMap(\.normalizedText)
        }
        if parts.isEmpty { return addr.normalizedText }
        return parts.joined(separator: ", ")
    }

    /// Whether the document writes dates day first: every realm but the US (`realmCode`), else
    /// the region of its `languageCode` (`en-AU`, `de-CH`); US documents and those that say
    /// nothing are month first.
    static func writesDatesDayFirst(_ root: XMLElement) -> Bool {
        if let realm = root.child("realmCode")?.attribute("code")?.uppercased(), !realm.isEmpty {
            return realm != "US"
        }
        let parts = (root.child("languageCode")?.attribute("code") ?? "").split(separator: "-")
        return parts.count > 1 && parts[1].uppercased() != "US"
    }
}
