import LiaisonModel
import LiaisonXML

/// Restrictions and red flags of a plain referral: structured `<restriction kind=…>` and
/// `<redFlag kind=…>` elements as written, and free text (restrictions without a kind, the
/// reason, the notes) through the ``NarrativeReader``.
enum ReferralXMLFindings {
    static func read(_ root: XMLElement, into referral: inout Referral, context: ReferralXMLContext) throws {
        var findings = NarrativeFindings()
        if let reason = root.child("reason"), let text = reason.normalizedText {
            merge(NarrativeReader.read(text, context: context.narrative(reason, text: text)), into: &findings)
        }
        if let list = root.child("restrictions") {
            for element in list.children("restriction") {
                try restriction(element, in: list, context: context, into: &findings)
            }
        }
        if let list = root.child("redFlags") {
            for element in list.children("redFlag") {
                findings.redFlags.append(try redFlag(element, in: list, fields: context.fields))
            }
        }
        if let list = root.child("notes") {
            for note in list.children("note") {
                guard let text = note.normalizedText else { continue }
                var located = context.narrative(list, text: text)
                located.line = note.line
                merge(NarrativeReader.read(text, context: located), into: &findings)
            }
        }
        referral.restrictions = findings.restrictions
        referral.redFlags = findings.redFlags
        referral.reviewItems = findings.reviewItems
    }

    /// One `<restriction>`: structured when it has a kind, else read from its words; free text
    /// the reader cannot classify is kept as kind `other`, never dropped.
    static func restriction(
        _ element: XMLElement, in list: XMLElement, context: ReferralXMLContext, into findings: inout NarrativeFindings
    ) throws {
        let text = element.normalizedText
        var located = context.narrative(list, text: text ?? "")
        located.line = element.line
        guard let kindName = element.attribute("kind") else {
            guard let text else { return }
            var read = NarrativeReader.read(text, context: located)
            if read.restrictions.isEmpty {
                read.restrictions = [Restriction(kind: .other, text: text, source: .init(located))]
            }
            merge(read, into: &findings)
            return
        }
        let kind = try ReferralXMLRestrictionKind.kind(kindName, of: element, fields: context.fields)
        var until = try context.fields.date(element, "until", required: false)
        if until == nil, let text { until = NarrativeReader.until(in: text, context: located) }
        let restriction = Restriction(
            kind: kind, text: text ?? ReferralXMLRestrictionKind.describe(kind), until: until, source: .init(located))
        merge(NarrativeFindings(restrictions: [restriction]), into: &findings)
    }

    static func redFlag(_ element: XMLElement, in list: XMLElement, fields: ReferralXMLFields) throws -> RedFlag {
        let name = try fields.requiredAttribute(element, "kind", what: "the red flag's kind")
        guard let kind = RedFlag.Kind(rawValue: name) else {
            let known = RedFlag.Kind.allCases.map(\.rawValue).joined(separator: ", ")
            throw fields.error("unknown red flag kind \"\(name)\"", at: element, hint: "use one of: \(known)")
        }
        return RedFlag(
            kind: kind, text: element.normalizedText ?? name,
            source: Provenance(referralElement: list.name, line: element.line)
        )
    }

    /// Appends findings, leaving out exact repeats (same kind, end and words).
    static func merge(_ new: NarrativeFindings, into findings: inout NarrativeFindings) {
        for r in new.restrictions
        where !findings.restrictions.contains(where: { $0.kind == r.kind && $0.until == r.until && $0.text == r.text })
        {
            findings.restrictions.append(r)
        }
        for flag in new.redFlags
        where !findings.redFlags.contains(where: { $0.kind == flag.kind && $0.text == flag.text }) {
            findings.redFlags.append(flag)
        }
        for item in new.reviewItems where !findings.reviewItems.contains(item) { findings.reviewItems.append(item) }
    }
}
