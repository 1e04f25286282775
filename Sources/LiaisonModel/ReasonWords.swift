/// The plain words of the JSON contracts (`because`, `matchedBy`, `reason`, `why`, `loadCap`)
/// for reasons that are values: one wording, which the JSON and text writers print and the
/// engine quotes in its questions. Letter templates get the parts instead and word them
/// themselves.
extension Reason {
    /// E.g. `ICD-10-CM M51.26 (Lumbar disc herniation): Flexion raises disc pressure [G8]`,
    /// `restriction "No bending for 6 weeks" (until 2026-12-14)`.
    public var words: String {
        switch self {
        case .rule(let rule): rule.words(withDispute: true)
        case .restriction(let restriction): restriction.quoted(withEnd: true)
        case .avoided(let pattern, let reasons):
            "\(pattern.exclusionPhrase), avoided for \(reasons.map(\.label).uniqued().joined(separator: "; "))"
        case .overLoadCap(let needs, let cap, let restriction):
            "needs at least \(Pounds.text(needs)) of external load, above the \(Pounds.text(cap)) cap of "
                + "restriction \"\(restriction.text)\""
        case .missingEquipment(let missing):
            "needs equipment the client does not have: \(missing.joined(separator: ", "))"
        case .pick(let pick):
            pick.why.map { "\($0) (\(pick.protocolRef.name))" } ?? "\(pick.protocolRef.name): \(pick.emphasis)"
        case .wholeBodyGoal(let goal, let source): "Whole-body goal: \(goal)" + (source.map { " [\($0)]" } ?? "")
        }
    }

    /// What caused it, briefly: a protocol's label, or the restriction quoted.
    public var label: String {
        switch self {
        case .rule(let rule): rule.protocolRef.label
        case .pick(let pick): pick.protocolRef.label
        case .restriction(let restriction), .overLoadCap(_, _, let restriction): restriction.quoted(withEnd: false)
        case .avoided, .missingEquipment, .wholeBodyGoal: words
        }
    }
}

extension ProtocolRule {
    /// The protocol's label, the rule's words and its source, and (with `withDispute`) how
    /// sources disagree.
    public func words(withDispute: Bool) -> String {
        var text = "\(protocolRef.label): \(words)"
        if let source { text += " [\(source)]" }
        if withDispute, let disputed { text += " Sources disagree: \(disputed)" }
        return text
    }
}

extension ProtocolRule {
    /// The protocol's name and the rule's words, without codes or source keys, for sentences
    /// addressed to the provider: `Lumbar disc herniation: Flexion raises disc pressure`.
    public var plainWords: String { "\(protocolRef.name): \(words)" }
}

extension ProtocolRef {
    /// What selected the protocol and its name: `ICD-10-CM M51.26 (Lumbar disc herniation)`.
    public var label: String { "\(selectedBy.map(\.words).joined(separator: ", ")) (\(name))" }
}

extension ProtocolSelection {
    /// `ICD-10-CM M51.26`, `keyword "fusion"`, `fallback: ICD-10-CM E11.9 matched no condition`.
    public var words: String {
        switch self {
        case .code(let code, _): code.description
        case .keywords(let words, _): words.map { "keyword \"\($0)\"" }.joined(separator: ", ")
        case .fallback(let code, _): "fallback: \(code?.description ?? CodeSystem.text) matched no condition"
        case .noDiagnosis: "no diagnosis given"
        case .pregnancy(let week): "client profile: pregnancy week \(week)"
        }
    }
}

extension Restriction {
    /// `restriction "No lifting over 10 lb"`, with its end (`(until 2026-12-14)`) when asked and known.
    public func quoted(withEnd: Bool) -> String {
        let quoted = "restriction \"\(text)\""
        guard withEnd, let until else { return quoted }
        return "\(quoted) (until \(until))"
    }
}

extension LoadCap {
    /// `max 10 lb (restriction "No lifting over 10 lb")`.
    public var words: String { "max \(Pounds.text(pounds)) (\(restriction.quoted(withEnd: false)))" }
}

extension Pattern {
    /// How an exercise relates to the pattern in an exclusion: `loads flexion`, `is done supine`.
    public var exclusionPhrase: String {
        switch self {
        case .position(let position): "is done \(position.rawValue)"
        case .impact: "is high-impact"
        case .externalLoad: "carries an external load"
        case .valsalva: "invites breath-holding (Valsalva)"
        case .movement: "loads \(name)"
        }
    }
}

/// Pounds as plans print them: `15 lb`, `4.5 lb`.
public enum Pounds {
    public static func text(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) lb" : "\((value * 10).rounded() / 10) lb"
    }
}

extension Conflict {
    /// What the conflict means for the plan, in one sentence.
    public var words: String {
        "One protocol prefers \(pattern) and another forbids it; the plan avoids \(pattern) until the provider decides."
    }
}

extension Exclusion {
    /// Every reason the exercise is left out, in one line.
    public var words: String { because.map(\.words).joined(separator: "; ") }
}

extension PlannedExercise {
    /// Why it is in the phase.
    public var why: String { because.map(\.words).joined(separator: "; ") }
}

/// A provider's words quoted as a sentence of a question: in quotation marks, with a full stop
/// added only when the words end without one, so no quotation ends `."."` or `.";`.
public enum Quoted {
    /// `"No bending."` for `No bending.`, `"No bending."` for `No bending`.
    public static func sentence(_ text: String) -> String {
        var trimmed = Substring(text)
        while trimmed.last?.isWhitespace == true { trimmed.removeLast() }
        while trimmed.first?.isWhitespace == true { trimmed.removeFirst() }
        let ends = trimmed.last.map { ".!?".contains($0) } ?? true
        return "\"\(trimmed)\(ends ? "" : ".")\""
    }
}
