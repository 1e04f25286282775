/// A form's yes-or-no check boxes written as text: "Taubheit im Genitalbereich [x] ja [ ] nein",
/// "Loss of bladder control [ ] Yes [X] No", "Perte d'urine ☐ oui ☒ non".
///
/// Read as written, such a row ends in the last option ("... [x] ja [ ] nein" ends in "nein"),
/// so the box that was ticked is lost and the row reads as a denial. Where a run of boxes is
/// each followed by a yes or no word (``ClauseSplitter/answers``) and exactly one of them is
/// ticked, the boxes and the options not ticked are blanked, so the row reads "Taubheit im
/// Genitalbereich ja": the answer given. A run with no box ticked, or more than one, or an option
/// that is not yes or no ("[x] unknown") is left as written. Blanks keep every other character
/// where it was.
enum CheckBoxes {
    /// `chars` with each answered yes-or-no run of boxes reduced to its ticked answer, or nil when
    /// there is none.
    static func answered(_ chars: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        guard chars.contains(where: { $0 == "[" || ticked.contains($0) || $0 == unticked }) else { return nil }
        var out = chars
        var changed = false
        var i = 0
        while i < chars.count {
            guard box(chars, at: i) != nil else {
                i += 1
                continue
            }
            // A run: box, answer word, box, answer word ...
            var options: [(box: Range<Int>, word: Range<Int>, ticked: Bool)] = []
            var j = i
            while let (isTicked, end) = box(chars, at: j), let word = answerWord(chars, from: end) {
                options.append((j..<end, word, isTicked))
                j = word.upperBound
                while j < chars.count, chars[j] == " " || chars[j] == "\t" { j += 1 }
            }
            guard options.count >= 2 else {
                i = max(j, i + 1)
                continue
            }
            if options.filter(\.ticked).count == 1 {
                for option in options {
                    for k in option.box { out[k] = " " }
                    if !option.ticked { for k in option.word { out[k] = " " } }
                }
                changed = true
            }
            i = j
        }
        return changed ? out : nil
    }

    private static let ticked: Set<Unicode.Scalar> = ["\u{2611}", "\u{2612}", "\u{2714}", "\u{2713}"]
    private static let unticked: Unicode.Scalar = "\u{2610}"
    private static let marks: Set<Unicode.Scalar> = ["x", "X", "*", "\u{2713}", "\u{2714}", "\u{2717}", "\u{2718}"]

    /// The box starting at `i`: whether it is ticked, and where it ends.
    private static func box(_ chars: [Unicode.Scalar], at i: Int) -> (Bool, Int)? {
        guard i < chars.count else { return nil }
        if ticked.contains(chars[i]) { return (true, i + 1) }
        if chars[i] == unticked { return (false, i + 1) }
        guard chars[i] == "[" else { return nil }
        var j = i + 1
        var mark = false
        while j < chars.count, j - i <= 4 {
            let c = chars[j]
            if c == "]" { return (mark, j + 1) }
            if marks.contains(c), !mark {
                mark = true
            } else if c != " " && c != "_" {
                return nil
            }
            j += 1
        }
        return nil
    }

    /// The yes or no word after a box ending at `end`, after spaces.
    private static func answerWord(_ chars: [Unicode.Scalar], from end: Int) -> Range<Int>? {
        var start = end
        while start < chars.count, chars[start] == " " || chars[start] == "\t" { start += 1 }
        var stop = start
        while stop < chars.count, chars[stop].properties.isAlphabetic { stop += 1 }
        guard stop > start else { return nil }
        var word = String.UnicodeScalarView()
        word.append(contentsOf: chars[start..<stop])
        return ClauseSplitter.answers.contains(String(word).lowercased()) ? start..<stop : nil
    }
}
