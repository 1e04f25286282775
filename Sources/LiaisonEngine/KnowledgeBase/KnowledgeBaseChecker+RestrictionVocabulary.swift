import LiaisonModel

extension KnowledgeBaseChecker {
    /// The roles without which the data-driven restriction reader would miss whole kinds of
    /// order: a language read for red flags but not for restrictions would drop its providers'
    /// restrictions silently.
    static let requiredRestrictionRoles: [RestrictionVocabulary.Role] = [
        .prohibitionBefore, .weakProhibition, .prohibitionAfter, .permission, .cancellation, .limit, .cap, .lifting,
        .plainLifting, .impact, .heartRate, .durationLeadIn, .until,
    ]

    /// A language other than English must give the words of its restrictions, with every role
    /// the reader needs, every movement, a weight unit and every duration unit.
    mutating func checkRestrictions(of rules: LanguageRules, at location: SourceLocation) {
        let name = ClinicalVocabulary.languageName(rules.language)
        guard let words = rules.restrictions else {
            error(
                "the \(name) vocabulary has no restrictions, so \(name) restrictions would be dropped", at: location,
                notes: ["add a restrictions: part (Protocols/vocabulary/README.md)"])
            return
        }
        for role in Self.requiredRestrictionRoles where words.words(role).isEmpty {
            error("the \(name) restrictions give no \(role.rawValue) words", at: location)
        }
        for movement in Movement.allCases where words.movements[movement]?.terms.isEmpty ?? true {
            error("the \(name) restrictions give no words for the movement \(movement.rawValue)", at: location)
        }
        if words.units.values.allSatisfy(\.terms.isEmpty) {
            error("the \(name) restrictions give no weight unit", at: location)
        }
        for unit in RestrictionVocabulary.DurationUnit.allCases where words.durationUnits[unit]?.terms.isEmpty ?? true {
            error("the \(name) restrictions give no words for the duration unit \(unit.rawValue)", at: location)
        }
    }
}
