// The plan JSON contract carries every key, with `null` for what is unknown (see
// ContractEncoding.swift); these types of Plan.swift have optional fields.

extension MatchedProtocol {
    private enum Keys: String, CodingKey { case id, name, matchedBy }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(id, forKey: .id)
        try c.encodeOrNull(name, forKey: .name)
        try c.encode(matchedBy, forKey: .matchedBy)
    }
}

extension PlannedExercise {
    private enum Keys: String, CodingKey { case id, name, dose, why, category, loadCap }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(dose, forKey: .dose)
        try c.encode(why, forKey: .why)
        try c.encodeOrNull(category, forKey: .category)
        try c.encodeOrNull(loadCap, forKey: .loadCap)
    }
}

extension FITT {
    private enum Keys: String, CodingKey { case component, frequency, intensity, time, type, source }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(component, forKey: .component)
        try c.encode(frequency, forKey: .frequency)
        try c.encode(intensity, forKey: .intensity)
        try c.encode(time, forKey: .time)
        try c.encode(type, forKey: .type)
        try c.encodeOrNull(source, forKey: .source)
    }
}
