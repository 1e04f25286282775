import LiaisonModel

/// A term found in a clause: words `start..<end` belong to these term classes.
struct TermMatch: Sendable {
    let start: Int
    let end: Int
    let classes: Set<Int>
}

/// A trigger found in a clause, with the words it covers.
struct CueMatch: Sendable {
    let start: Int
    let end: Int
    let cues: [ContextCue]
}

extension LanguageReader {
    /// Every term at every word (so "loss of sensation" is a sensory change, "loss of" a
    /// sphincter dysfunction and "loss" a weight loss), except inside an exclusion ("hay
    /// fever"), which hides its words; exclusions are found first, longest at each word.
    /// `prepared`: the words interned by ``cues`` (which shares the terms' numbers), if at hand.
    func termMatches(_ words: [String], prepared: PreparedWords? = nil) -> [TermMatch] {
        let prepared = prepared ?? terms.prepared(words)
        let entries = terms.entries
        var hidden = [Bool](repeating: false, count: words.count)
        var i = 0
        while i < words.count {
            var longest: Int?
            terms.forEachMatch(in: prepared, at: i) { number in
                longest = number
                return false
            }
            guard let longest, entries[longest].value.excluded else {
                i += 1
                continue
            }
            let length = entries[longest].phrase.count
            for k in i..<(i + length) { hidden[k] = true }
            i += length
        }
        var found: [TermMatch] = []
        for start in words.indices where !hidden[start] {
            terms.forEachMatch(in: prepared, at: start) { number in
                let hit = entries[number]
                guard !hit.value.classes.isEmpty else { return true }
                let end = start + hit.phrase.count
                if !hidden[start..<end].contains(true) {
                    found.append(TermMatch(start: start, end: end, classes: hit.value.classes))
                }
                return true
            }
        }
        return found
    }

    /// Triggers left to right, the longest at each word, leaving out any that overlaps a longer
    /// term ("not" in "has not passed urine", "with no" before "no change in diet"). A statement
    /// cue (``ContextCue/Category/statement``) is found beside them, of any length and inside a
    /// term too ("seit" in "seit 3 Monaten"), as a match of its own.
    func cueMatches(_ words: [String], terms: [TermMatch], prepared: PreparedWords? = nil) -> [CueMatch] {
        var found: [CueMatch] = []
        // The last word that is not punctuation: a clause-final trigger must end there or after.
        let lastWord = words.lastIndex { $0.first.map { $0.isLetter || $0.isNumber } ?? false } ?? -1
        let prepared = prepared ?? cues.prepared(words)
        let entries = cues.entries
        var i = 0
        while i < words.count {
            // A clause-final trigger away from the clause's end is not there.
            var hit: (length: Int, cues: [ContextCue])?
            var statement: CueMatch?
            cues.forEachMatch(in: prepared, at: i) { number in
                let entry = entries[number]
                if statement == nil, let cue = entry.value.first(where: { $0.category == .statement }) {
                    statement = CueMatch(start: i, end: i + entry.phrase.count, cues: [cue])
                }
                if hit != nil { return statement == nil }
                // A semicolon ends a clause too ("fevers - none; rigors - yes").
                let after = i + entry.phrase.count
                let endsClause = after > lastWord || (after < words.count && words[after] == ";")
                let startsClause = i == 0 || words[i - 1] == ";"
                let kept = entry.value.filter {
                    $0.category != .statement && (endsClause || !$0.clauseFinal) && (startsClause || !$0.clauseInitial)
                }
                if !kept.isEmpty { hit = (entry.phrase.count, kept) }
                return hit == nil || statement == nil
            }
            if let statement { found.append(statement) }
            guard let hit else {
                i += 1
                continue
            }
            let end = i + hit.length
            let insideTerm = terms.contains { $0.start < end && $0.end > i && $0.end - $0.start > end - i }
            if !insideTerm { found.append(CueMatch(start: i, end: end, cues: hit.cues)) }
            i = end
        }
        return found
    }
}
