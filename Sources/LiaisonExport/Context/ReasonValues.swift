import LiaisonModel

/// A plan's reasons as template values, so a template words them: a restriction as the
/// provider's words with its end date and where it was read, a protocol rule as what selected
/// the protocol, the rule's words and its source.
enum ReasonValues {
    static func reason(_ reason: Reason) -> TemplateValue {
        switch reason {
        case .restriction(let restriction):
            .object(["restriction": Self.restriction(restriction)])
        case .rule(let rule):
            .object([
                "rule": Values.compact([
                    "protocol": rule.protocolRef.name,
                    "selectedBy": rule.protocolRef.selectedBy.map(\.words).joined(
                        separator: ", "), "words": rule.words, "source": rule.source, "disputed": rule.disputed,
                ])
            ])
        default:
            .object(["text": .text(reason.words)])
        }
    }

    /// The provider's words without their closing full stop, to quote inside a sentence.
    static func words(_ text: String) -> String {
        var words = Substring(text)
        while let last = words.last, last == "." || last == ";" || last == "," || last.isWhitespace {
            words.removeLast()
        }
        return String(words)
    }

    static func restriction(_ restriction: Restriction) -> TemplateValue {
        Values.compact([
            "text": restriction.text, "words": words(restriction.text), "until": restriction.until?.description,
            "cite": Citation.text(restriction.source),
        ])
    }
}
