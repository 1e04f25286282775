import LiaisonModel

/// The words that change with the practice profile's `voice` (I or we), for templates:
/// `{{voice.I}} propose`, `{{voice.my}} questions`, `{{voice.i}} {{voice.am}} sending`.
enum VoiceValues {
    static func values(_ voice: PracticeProfile.Voice) -> TemplateValue {
        switch voice {
        case .singular:
            Values.compact(["I": "I", "i": "I", "my": "my", "My": "My", "me": "me", "am": "am", "we": false])
        case .plural:
            Values.compact(["I": "We", "i": "we", "my": "our", "My": "Our", "me": "us", "am": "are", "we": true])
        }
    }
}
