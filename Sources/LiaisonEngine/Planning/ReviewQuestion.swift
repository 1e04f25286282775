import LiaisonModel

/// The question a review item puts to the provider, quoting their words.
enum ReviewQuestion {
    static func text(_ item: ReviewItem) -> String {
        switch item.kind {
        case .possibleRedFlag:
            let what = item.flag.map { "Possible red flag (\($0.label))" } ?? "Possible red flag"
            var how: String
            switch item.assertion {
            case .possible?: how = "it is suspected"
            case .historical?: how = "it is in the past"
            case .family?: how = "it may concern a relative"
            case .hypothetical?: how = "it may be advice rather than a finding"
            default: how = "we could not tell whether it is present"
            }
            // Found only when read as another language than the one the document declares.
            if let language = item.language {
                how = "it reads as one in \(ClinicalVocabulary.languageName(language)), not the document's language"
            }
            return "\(what): the referral says \"\(item.text)\" and \(how). Please confirm whether it applies to "
                + "the client now; we will not start the program until you do."
        case .holdExercise:
            return "The referral says \"\(item.text)\". Please tell us when the program may start; "
                + "we will not start it until you do."
        case .unreadNarrative:
            let language = item.language.map(ClinicalVocabulary.languageName) ?? "another language"
            return "We could not read the narrative in \(language) (\"\(item.text)\"). Please confirm there are "
                + "no red flags or restrictions in it."
        }
    }
}
