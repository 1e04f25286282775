import LiaisonModel

/// Finds red flags asserted about the client in one clause: a sign from
/// ``RedFlagLexicon/signs`` that is not negated ("denies saddle anesthesia"), not about someone
/// else ("family history of cancer") and not hypothetical ("call if fever", "for pain or fever").
enum RedFlagRules {
    /// The kinds of red flag the clause asserts, in reading order, without repeats.
    static func kinds(in tokens: [Token]) -> [RedFlag.Kind] {
        guard !tokens.contains(where: { RedFlagLexicon.medication.contains($0.text) }) else { return [] }
        let negated = negatedTokens(tokens)
        var kinds: [RedFlag.Kind] = []
        for hit in RedFlagLexicon.signs.matches(in: tokens) + worseningDeficits(tokens) {
            let end = hit.index + hit.phrase.count
            if negated[hit.index] || deniedAfter(tokens, from: end) { continue }
            let before = tokens[..<hit.index].map(\.text)
            let nearAfter = tokens[end..<min(tokens.count, end + 3)].map(\.text)
            if before.contains(where: RedFlagLexicon.hypothetical.contains)
                || (before + nearAfter).contains(where: RedFlagLexicon.otherPeople.contains)
            {
                continue
            }
            if hit.index > 0, RedFlagLexicon.notTheSign.contains(tokens[hit.index - 1].text) { continue }
            // "for fever" names what a medicine is for, not a symptom.
            if tokens[max(0, hit.index - 3)..<hit.index].contains(where: { $0.text == "for" }),
                hit.value == .possibleInfection
            {
                continue
            }
            if !kinds.contains(hit.value) { kinds.append(hit.value) }
        }
        return kinds
    }

    /// "Progressive right leg weakness", "worsening left foot numbness": a word of worsening and,
    /// within four words, a deficit.
    static func worseningDeficits(_ tokens: [Token]) -> [(index: Int, phrase: [String], value: RedFlag.Kind)] {
        tokens.indices.compactMap { i in
            guard RedFlagLexicon.worsening.contains(tokens[i].text) else { return nil }
            let window = (i + 1)..<min(tokens.count, i + 5)
            guard let j = window.first(where: { RedFlagLexicon.deficits.contains(tokens[$0].text) }) else { return nil }
            return (i, tokens[i...j].map(\.text), .progressiveNeurologicalDeficit)
        }
    }

    /// Tokens inside the scope of a preceding negation cue.
    static func negatedTokens(_ tokens: [Token]) -> [Bool] {
        var negated = [Bool](repeating: false, count: tokens.count)
        var i = 0
        while i < tokens.count {
            guard RedFlagLexicon.negationBefore.match(in: tokens, at: i) != nil else {
                i += 1
                continue
            }
            var j = i
            while j < tokens.count, !RedFlagLexicon.scopeEnd.contains(tokens[j].text) {
                negated[j] = true
                j += 1
            }
            i = max(j, i + 1)
        }
        return negated
    }

    /// A trailing denial within three tokens: "fever: none", "saddle anesthesia absent".
    static func deniedAfter(_ tokens: [Token], from start: Int) -> Bool {
        var j = start
        while j < min(tokens.count, start + 3) {
            if tokens[j].kind == .symbol && tokens[j].text != "-" { j += 1; continue }
            if RedFlagLexicon.negationAfter.match(in: tokens, at: j) != nil { return true }
            j += 1
        }
        return false
    }
}
