/// A provider's referral as Liaison understands it, whatever format it came in.
///
/// Readers produce it, the engine plans from it, writers cite it. Its JSON encoding is the
/// contract of `liaison inspect --format json` (docs/formats.md, "The JSON contract").
public struct Referral: Hashable, Sendable, Codable {
    public var source: SourceDocument
    public var document: DocumentInfo
    public var patient: Patient
    /// The provider who referred the client: CDA referrer participant, else author, else legal
    /// authenticator.
    public var referringProvider: Provider?
    /// Whom the referral is addressed to (CDA `informationRecipient`), when given.
    public var recipient: Provider?
    /// The reason for referral in the provider's words.
    public var reason: String?
    /// The date of the client's most recent surgery or procedure, where the document states one
    /// (a CDA Procedures section, the plain format's `<surgery date>`): "12 weeks post-op"
    /// counts from it, and the planner's post-surgical timeline starts there.
    public var surgeryDate: CalendarDate?
    /// When the provider will see the client again, where the document says (a planned
    /// encounter in a CDA Plan of Treatment, the plain format's `<followUp date>`): a progress
    /// letter is due before it.
    public var followUp: CalendarDate?
    public var diagnoses: [Diagnosis]
    public var restrictions: [Restriction]
    public var redFlags: [RedFlag]
    /// What a person must confirm before any exercise: possible red flags, instructions to hold
    /// exercise, narrative Liaison could not read. Any of them makes the plan `needs-review`.
    public var reviewItems: [ReviewItem]
    /// What the reader could not read fully; never fatal.
    public var warnings: [ImportWarning]

    public init(
        source: SourceDocument, document: DocumentInfo = .init(), patient: Patient = .init(),
        referringProvider: Provider? = nil, recipient: Provider? = nil, reason: String? = nil,
        surgeryDate: CalendarDate? = nil, diagnoses: [Diagnosis] = [], restrictions: [Restriction] = [],
        redFlags: [RedFlag] = [], reviewItems: [ReviewItem] = [], warnings: [ImportWarning] = []
    ) {
        self.source = source
        self.document = document
        self.patient = patient
        self.referringProvider = referringProvider
        self.recipient = recipient
        self.reason = reason
        self.surgeryDate = surgeryDate
        self.diagnoses = diagnoses
        self.restrictions = restrictions
        self.redFlags = redFlags
        self.reviewItems = reviewItems
        self.warnings = warnings
    }
}

/// The file a referral was read from.
public struct SourceDocument: Hashable, Sendable, Codable {
    /// The input formats Liaison reads.
    public enum Format: String, Hashable, Sendable, Codable, CaseIterable {
        /// HL7 CDA R2, including US C-CDA and other realms, and namespace-less "CDA-like" XML.
        case cda
        /// Liaison's own plain referral XML (`Samples/referral.xsd`).
        case referralXML = "referral-xml"
    }

    public var path: String
    /// Lower-case hex SHA-256 of the file's bytes.
    public var sha256: String
    public var format: Format

    public init(path: String, sha256: String, format: Format) {
        self.path = path
        self.sha256 = sha256
        self.format = format
    }
}

/// The document header facts.
public struct DocumentInfo: Hashable, Sendable, Codable {
    /// `root^extension` of the document id, or the root alone.
    public var id: String?
    public var title: String?
    /// The LOINC document type code (57133-1 is a referral note).
    public var typeCode: String?
    /// ISO 8601: `YYYY-MM-DD`, or with time and offset when the document gives them.
    public var date: String?
    public var language: String?

    public init(
        id: String? = nil, title: String? = nil, typeCode: String? = nil, date: String? = nil,
        language: String? = nil
    ) {
        self.id = id
        self.title = title
        self.typeCode = typeCode
        self.date = date
        self.language = language
    }
}

/// The client, as the referral names them.
public struct Patient: Hashable, Sendable, Codable {
    public var name: String?
    /// `YYYY-MM-DD` (or a shorter ISO date when the document gives less).
    public var birthDate: String?
    /// Administrative sex as coded (`F`, `M`, `UN`) or written.
    public var sex: String?
    public var identifiers: [Identifier]

    public init(name: String? = nil, birthDate: String? = nil, sex: String? = nil, identifiers: [Identifier] = []) {
        self.name = name
        self.birthDate = birthDate
        self.sex = sex
        self.identifiers = identifiers
    }
}

/// An identifier: an assigning authority (OID or name) and a value.
public struct Identifier: Hashable, Sendable, Codable {
    public var root: String?
    public var value: String?

    public init(root: String?, value: String?) {
        self.root = root
        self.value = value
    }
}

/// A clinician or organisation that sends or receives a referral.
public struct Provider: Hashable, Sendable, Codable {
    public var name: String?
    /// US National Provider Identifier (id root 2.16.840.1.113883.4.6).
    public var npi: String?
    public var organization: String?
    public var phone: String?
    public var fax: String?
    public var email: String?
    /// One line: street, city, state, postal code, country.
    public var address: String?

    public init(
        name: String? = nil, npi: String? = nil, organization: String? = nil, phone: String? = nil,
        fax: String? = nil, email: String? = nil, address: String? = nil
    ) {
        self.name = name
        self.npi = npi
        self.organization = organization
        self.phone = phone
        self.fax = fax
        self.email = email
        self.address = address
    }

    /// True when nothing at all is known.
    public var isEmpty: Bool {
        [name, npi, organization, phone, fax, email, address].allSatisfy { $0 == nil }
    }
}
