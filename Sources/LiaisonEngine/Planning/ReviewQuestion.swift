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
            default: how = "it is not clear whether it is present"
            }
            // Found only when read as another language than the one the document declares.
            if let language = item.language {
                how = "it reads as one in \(ClinicalVocabulary.languageName(language)), not the document's language"
            }
            return "\(what): the referral says \"\(item.text)\" and \(how). Please confirm whether it applies to "
                + "the client now; the program will not start until you do."
        case .holdExercise:
            return "The referral says \(Quoted.sentence(item.text)) Please say when the program may start; "
                + "it will not start until you do."
        case .unreadNarrative:
            let language = item.language.map(ClinicalVocabulary.languageName) ?? "another language"
            return "The narrative in \(language) could not be read (\"\(item.text)\"). Please confirm there are "
                + "no red flags or restrictions in it."
        }
    }
}
