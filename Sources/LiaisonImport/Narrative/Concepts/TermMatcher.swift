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
    func termMatches(_ words: [String]) -> [TermMatch] {
        var hidden = [Bool](repeating: false, count: words.count)
        var i = 0
        while i < words.count {
            guard let longest = terms.matches(in: words, at: i).first, longest.value.excluded else {
                i += 1
                continue
            }
            for k in i..<(i + longest.phrase.count) { hidden[k] = true }
            i += longest.phrase.count
        }
        var found: [TermMatch] = []
        for start in words.indices where !hidden[start] {
            for hit in terms.matches(in: words, at: start) where !hit.value.classes.isEmpty {
                let end = start + hit.phrase.count
                if hidden[start..<end].contains(true) { continue }
                found.append(TermMatch(start: start, end: end, classes: hit.value.classes))
            }
        }
        return found
    }

    /// Triggers left to right, the longest at each word, leaving out any that overlaps a longer
    /// term ("not" in "has not passed urine", "with no" before "no change in diet").
    func cueMatches(_ words: [String], terms: [TermMatch]) -> [CueMatch] {
        var found: [CueMatch] = []
        // The last word that is not punctuation: a clause-final trigger must end there or after.
        let lastWord = words.lastIndex { $0.first.map { $0.isLetter || $0.isNumber } ?? false } ?? -1
        var i = 0
        while i < words.count {
            // A clause-final trigger away from the clause's end is not there.
            let hits = cues.matches(in: words, at: i).compactMap { hit -> (phrase: [String], value: [ContextCue])? in
                let after = i + hit.phrase.count
                let endsClause = after > lastWord || (after < words.count && words[after] == ";")
                let startsClause = i == 0 || words[i - 1] == ";"
                let kept = hit.value.filter { (endsClause || !$0.clauseFinal) && (startsClause || !$0.clauseInitial) }
                return kept.isEmpty ? nil : (hit.phrase, kept)
            }
            guard let hit = hits.first else {
                i += 1
                continue
            }
            let end = i + hit.phrase.count
            let insideTerm = terms.contains { $0.start < end && $0.end > i && $0.end - $0.start > end - i }
            if !insideTerm { found.append(CueMatch(start: i, end: end, cues: hit.value)) }
            i = end
        }
        return found
    }
}
