// The JSON contracts (`inspect`, `plan`) always carry every key, with `null` for what is
// unknown, so that scripts reading them never meet a missing key. Synthesized `Codable` drops nil
// keys, hence these explicit encoders; decoding stays synthesized.

extension KeyedEncodingContainer {
    /// Encodes `value`, or an explicit `null`.
    mutating func encodeOrNull<T: Encodable>(_ value: T?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
}

extension Referral {
    private enum Keys: String, CodingKey {
        case source, document, patient, referringProvider, recipient, reason, surgeryDate, diagnoses, restrictions,
            redFlags, reviewItems, warnings
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(source, forKey: .source)
        try c.encode(document, forKey: .document)
        try c.encode(patient, forKey: .patient)
        try c.encodeOrNull(referringProvider, forKey: .referringProvider)
        try c.encodeOrNull(recipient, forKey: .recipient)
        try c.encodeOrNull(reason, forKey: .reason)
        try c.encodeOrNull(surgeryDate, forKey: .surgeryDate)
        try c.encode(diagnoses, forKey: .diagnoses)
        try c.encode(restrictions, forKey: .restrictions)
        try c.encode(redFlags, forKey: .redFlags)
        try c.encode(reviewItems, forKey: .reviewItems)
        try c.encode(warnings, forKey: .warnings)
    }
}

extension DocumentInfo {
    private enum Keys: String, CodingKey { case id, title, typeCode, date, language }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encodeOrNull(id, forKey: .id)
        try c.encodeOrNull(title, forKey: .title)
        try c.encodeOrNull(typeCode, forKey: .typeCode)
        try c.encodeOrNull(date, forKey: .date)
        try c.encodeOrNull(language, forKey: .language)
    }
}

extension Patient {
    private enum Keys: String, CodingKey { case name, birthDate, sex, identifiers }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encodeOrNull(name, forKey: .name)
        try c.encodeOrNull(birthDate, forKey: .birthDate)
        try c.encodeOrNull(sex, forKey: .sex)
        try c.encode(identifiers, forKey: .identifiers)
    }
}

extension Provider {
    private enum Keys: String, CodingKey { case name, npi, organization, phone, fax, email, address }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encodeOrNull(name, forKey: .name)
        try c.encodeOrNull(npi, forKey: .npi)
        try c.encodeOrNull(organization, forKey: .organization)
        try c.encodeOrNull(phone, forKey: .phone)
        try c.encodeOrNull(fax, forKey: .fax)
        try c.encodeOrNull(email, forKey: .email)
        try c.encodeOrNull(address, forKey: .address)
    }
}

extension Diagnosis {
    private enum Keys: String, CodingKey { case code, system, display, status, onset, alternateCodes, source }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encodeOrNull(code, forKey: .code)
        try c.encode(system, forKey: .system)
        try c.encodeOrNull(display, forKey: .display)
        try c.encodeOrNull(status, forKey: .status)
        try c.encodeOrNull(onset, forKey: .onset)
        try c.encode(alternateCodes, forKey: .alternateCodes)
        try c.encode(source, forKey: .source)
    }
}

extension Provenance {
    private enum Keys: String, CodingKey { case section, line }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(section, forKey: .section)
        try c.encodeOrNull(line, forKey: .line)
    }

    /// Decodes the contract's `section` and `line`; the contract does not carry the kind, which
    /// reads `other`.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        self.init(
            section: try c.decode(String.self, forKey: .section), line: try c.decodeIfPresent(Int.self, forKey: .line))
    }
}

extension ImportWarning {
    private enum Keys: String, CodingKey { case message, line }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(message, forKey: .message)
        try c.encodeOrNull(line, forKey: .line)
    }
}

extension RedFlag {
    private enum Keys: String, CodingKey { case kind, text, source, assertion, code }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(text, forKey: .text)
        try c.encode(source, forKey: .source)
        try c.encode(assertion, forKey: .assertion)
        try c.encodeOrNull(code, forKey: .code)
    }
}

extension ReviewItem {
    private enum Keys: String, CodingKey { case kind, flag, assertion, language, text, source }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(kind, forKey: .kind)
        try c.encodeOrNull(flag, forKey: .flag)
        try c.encodeOrNull(assertion, forKey: .assertion)
        try c.encodeOrNull(language, forKey: .language)
        try c.encode(text, forKey: .text)
        try c.encode(source, forKey: .source)
    }
}
