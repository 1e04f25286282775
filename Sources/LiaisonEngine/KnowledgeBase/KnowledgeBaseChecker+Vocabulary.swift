import LiaisonModel

extension KnowledgeBaseChecker {
    /// The narrative reader's vocabulary is safety data: an English vocabulary must exist; in every
    /// language with rules, every red-flag kind must have a definite concept that raises it and an
    /// instruction to hold exercise must be recognised (a language read for red flags but blind
    /// to one of them would pass it silently); every concept must name term classes that exist,
    /// and every entry must cite a known source.
    mutating func checkVocabulary() {
        let vocabulary = base.vocabulary
        let citations = base.citations
        for citation in citations.sources {
            checkSource(citation.key, for: citation.what, at: citation.location)
        }
        for ref in citations.classes where vocabulary.languages[ref.language]?.termClasses[ref.id] == nil {
            error(
                "concept \(ref.concept) names unknown term class '\(ref.id)'", at: ref.location,
                notes: ["define it under terms: in a vocabulary file of language \(ref.language)"])
        }
        for ref in citations.concepts
        where !(vocabulary.languages[ref.language]?.concepts.contains { $0.id == ref.id } ?? false) {
            error(
                "concept \(ref.concept) is cleared by unknown concept '\(ref.id)'", at: ref.location,
                notes: ["name a concept id of language \(ref.language)"])
        }
        let folder = SourceLocation(file: "Protocols/vocabulary")
        guard vocabulary.languages["en"] != nil else {
            error(
                "the knowledge base has no English vocabulary, so no red flag could be read from narrative",
                at: folder, notes: ["copy Protocols/vocabulary/ from the built-in knowledge base"])
            return
        }
        for (language, rules) in vocabulary.languages.sorted(by: { $0.key < $1.key }) {
            let where_ = citations.languages[language] ?? folder
            var seen: Set<String> = []
            for concept in rules.concepts where !seen.insert(concept.id).inserted {
                error("concept id '\(concept.id)' is used twice in language \(language)", at: where_)
            }
            checkCoverage(of: rules, at: where_)
            if language != "en" {
                checkRestrictions(of: rules, at: citations.restrictions[language] ?? where_)
            }
            if vocabulary.languageMarkers[language]?.isEmpty ?? true {
                error(
                    "language \(language) has rules but no language-markers, so its text is never recognised",
                    at: where_)
            }
        }
        if vocabulary.codedRedFlags.isEmpty {
            error("no red-flag-codes: a coded cauda equina syndrome (G83.4) would not be a red flag", at: folder)
        }
        if vocabulary.sectionDefaults[.familyHistory] == nil {
            error("section-defaults gives no default for family-history", at: folder)
        }
    }

    /// Every red-flag kind has a definite concept, and a hold instruction has one.
    private mutating func checkCoverage(of rules: LanguageRules, at location: SourceLocation) {
        let name = ClinicalVocabulary.languageName(rules.language)
        for kind in RedFlag.Kind.allCases
        where !rules.concepts.contains(where: { $0.target == .redFlag(kind) && $0.certainty == .definite }) {
            error("no definite \(name) concept raises the red flag \(kind.rawValue)", at: location)
        }
        if !rules.concepts.contains(where: { $0.target == .holdExercise }) {
            error("no \(name) concept recognises an instruction to hold exercise", at: location)
        }
    }
}
