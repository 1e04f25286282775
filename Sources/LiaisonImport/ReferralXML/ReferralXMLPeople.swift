import LiaisonModel
import LiaisonXML

/// The patient and the providers of a plain referral.
enum ReferralXMLPeople {
    static func patient(_ root: XMLElement, fields: ReferralXMLFields) throws -> Patient {
        let element = try fields.required(root, "patient", what: "the patient")
        var patient = Patient(name: try fields.requiredText(element, "name", what: "the patient's name"))
        if let birth = element.child("birthDate"), let text = birth.normalizedText {
            guard text.count == 10, CalendarDate(text) != nil else {
                throw fields.error(
                    "<birthDate> \"\(text)\" is not a date", at: birth, hint: "write it as YYYY-MM-DD")
            }
            patient.birthDate = text
        }
        patient.sex = fields.text(element, "sex")
        patient.identifiers = element.children("identifier").map {
            Identifier(root: $0.attribute("root"), value: $0.attribute("value"))
        }
        return patient
    }

    /// A referring provider or recipient; at least a name or an organisation is required.
    static func provider(_ element: XMLElement, fields: ReferralXMLFields) throws -> Provider {
        var provider = Provider(
            name: fields.text(element, "name"), npi: fields.text(element, "npi"),
            organization: fields.text(element, "organization"), phone: fields.text(element, "phone"),
            fax: fields.text(element, "fax"), email: fields.text(element, "email"))
        if let npi = provider.npi, npi.count != 10 || !npi.allSatisfy(\.isASCII) || !npi.allSatisfy(\.isNumber) {
            throw fields.error(
                "<npi> \"\(npi)\" is not a National Provider Identifier", at: element.child("npi") ?? element,
                hint: "an NPI is ten digits; leave <npi> out if the provider has none")
        }
        if let address = element.child("address") {
            var parts: [String] = address.children("street").compactMap(\.normalizedText)
            parts += ["city", "state", "postalCode", "country"].compactMap { fields.text(address, $0) }
            provider.address = parts.isEmpty ? address.normalizedText : parts.joined(separator: ", ")
        }
        guard provider.name != nil || provider.organization != nil else {
            throw fields.error(
                "<\(element.name)> has neither <name> nor <organization>", at: element,
                hint: "name the provider or their organisation")
        }
        return provider
    }
}
