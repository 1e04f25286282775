/// Which tokens of a clause a prohibition governs ("no", "avoid", "do not", "… should be
/// avoided"), in the manner of NegEx: a cue governs the words after it (or, for a trailing cue,
/// before it) up to a word that ends its scope ("but", "except").
struct ProhibitionScope {
    /// `governed[i]` is true when token `i` is forbidden or limited by a cue.
    let governed: [Bool]

    /// Whether a cue governs a word or figure: the clause states a limit or prohibition. A cue
    /// over nothing ("Exercise restrictions:") states none.
    let isRestriction: Bool

    init(_ tokens: [Token]) {
        let governed = Self.scope(tokens)
        self.governed = governed
        isRestriction = tokens.indices.contains { governed[$0] && tokens[$0].kind != .symbol }
    }

    private static func scope(_ tokens: [Token]) -> [Bool] {
        var governed = [Bool](repeating: false, count: tokens.count)
        guard !Lexicon.permission.contains(in: tokens) else { return governed }
        var i = 0
        while i < tokens.count {
            if let cue = Lexicon.prohibitionBefore.match(in: tokens, at: i)?.phrase {
                let start = i + cue.count
                let pointsBack = i > 0 && Lexicon.pointers.contains(tokens[i - 1].text)
                // "Stop" and "discontinue" are cues only as a command opening the clause ("Stop
                // any exercise that…"), not as nouns ("Stop Date").
                let misplacedCommand =
                    Lexicon.commands.contains(cue[0]) && (i > 0 || tokens.matches(["stop", "date"], at: i))
                let quantity = i > 0 && ["to", "or"].contains(tokens[i - 1].text)  // "little to no exercise"
                if cue == ["no"] && (quantity || !activityFollows(tokens, after: i)) || pointsBack && cue.count == 1
                    || misplacedCommand
                {
                    i += 1
                    continue
                }
                var j = start
                while j < tokens.count, !Lexicon.scopeEnd.contains(tokens[j].text) {
                    governed[j] = true
                    j += 1
                }
                i = max(j, i + 1)
            } else if let cue = Lexicon.prohibitionAfter.match(in: tokens, at: i)?.phrase {
                var j = i - 1
                while j >= 0, !Lexicon.scopeEnd.contains(tokens[j].text) {
                    governed[j] = true
                    j -= 1
                }
                i += cue.count
            } else {
                i += 1
            }
        }
        return governed
    }

    /// "no" forbids something only when an activity follows it, perhaps after modifiers:
    /// "no bending" and "no heavy lifting" do, "no pain with bending" and "no fever" do not.
    static func activityFollows(_ tokens: [Token], after index: Int) -> Bool {
        var j = index + 1
        while j < tokens.count {
            if Lexicon.findingWords.contains(tokens[j].text) { return false }
            // "no weight loss" is a finding, not a load.
            if j + 1 < tokens.count, Lexicon.bodyWeightWords.contains(tokens[j + 1].text) { return false }
            if isActivity(tokens, at: j) { return true }
            guard Lexicon.activityModifiers.contains(tokens[j].text) else { return false }
            j += 1
        }
        return false
    }

    /// Whether token `j` starts a word the reader can restrict: a movement, an impact activity,
    /// a position, a lift, an exercise, or any "-ing" activity.
    static func isActivity(_ tokens: [Token], at j: Int) -> Bool {
        let word = tokens[j].text
        if Lexicon.liftWords.contains(word) || Lexicon.exerciseNouns.contains(word) {
            return true
        }
        if Lexicon.movements.match(in: tokens, at: j) != nil || Lexicon.impact.match(in: tokens, at: j) != nil
            || Lexicon.positions.match(in: tokens, at: j) != nil || Lexicon.blt.match(in: tokens, at: j) != nil
        {
            return true
        }
        return tokens[j].kind == .word && word.count > 5 && word.hasSuffix("ing")
    }
}
