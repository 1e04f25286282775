/// A form's yes-or-no check boxes written as text: "Taubheit im Genitalbereich [x] ja [ ] nein",
/// "Loss of bladder control [ ] Yes [X] No", "Perte d'urine ☐ oui ☒ non".
///
/// Read as written, such a row ends in the last option ("... [x] ja [ ] nein" ends in "nein"),
/// so the box that was ticked is lost and the row reads as a denial. Where a run of yes or no
/// words (``ClauseSplitter/answers``) each has its box, before it or after it ("Yes [x] No",
/// the last word's box may be missing), and exactly one box is ticked, the boxes and the
/// options not ticked are blanked, so the row reads "Taubheit im Genitalbereich ja": the answer
/// given. A run whose every word has its box but with no box ticked, or more than one, answers
/// nothing: it becomes a question mark ("Saddle numbness ?"), so the provider is asked, where
/// read as written its last word ("no") would deny. An option that is not yes or no
/// ("[x] unknown") is left as written. Blanks keep every other character where it was.
enum CheckBoxes {
    /// `chars` with each answered yes-or-no run of boxes reduced to its ticked answer, or nil when
    /// there is none.
    static func answered(_ chars: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        guard chars.contains(where: { $0 == "[" || ticked.contains($0) || $0 == unticked }) else { return nil }
        var out = chars
        var changed = false
        var i = 0
        while i < chars.count {
            // A run of boxes and yes or no words, separated by spaces.
            var items: [Item] = []
            var j = i
            while j < chars.count {
                if let (isTicked, end) = box(chars, at: j) {
                    items.append(.box(j..<end, isTicked))
                    j = end
                } else if let word = answerWord(chars, at: j) {
                    items.append(.word(word))
                    j = word.upperBound
                } else {
                    break
                }
                while j < chars.count, chars[j] == " " || chars[j] == "\t" { j += 1 }
            }
            guard !items.isEmpty else {
                i += 1
                continue
            }
            if let options = options(items) {
                let answers = options.filter(\.ticked)
                if answers.count == 1 {
                    for option in options {
                        if let box = option.box { for k in box { out[k] = " " } }
                        if !option.ticked { for k in option.word { out[k] = " " } }
                    }
                    // The answer ends its row: a later row's "no" must not reach back to it
                    // ("Saddle numbness [x] yes [ ] no Fever [ ] yes [x] no").
                    let end = answers[0].word.upperBound
                    if end < chars.count, out[end] == " " { out[end] = ";" }
                    changed = true
                } else if options.allSatisfy({ $0.box != nil }), let first = options[0].box {
                    // No answer, or both: the row asks its question ("Saddle numbness ?").
                    for option in options {
                        if let box = option.box { for k in box { out[k] = " " } }
                        for k in option.word { out[k] = " " }
                    }
                    out[first.lowerBound] = "?"
                    changed = true
                }
            }
            i = j
        }
        return changed ? out : nil
    }

    private enum Item {
        case box(Range<Int>, Bool)
        case word(Range<Int>)
    }

    private struct Option {
        let word: Range<Int>
        let box: Range<Int>?
        let ticked: Bool
    }

    /// A run's options: each box with the word after it ("[x] ja [ ] nein"), or, where the run
    /// starts with a word, each word with the box after it ("Yes [x] No [ ]", the last one's box
    /// may be missing: "Yes [x]  No"); nil when the run is no such form row (fewer than two
    /// words, a word without its box before the last, two boxes in a row).
    private static func options(_ items: [Item]) -> [Option]? {
        var options: [Option] = []
        var k = 0
        // A label's own yes and no before the boxes ("Y/N [x] Y [ ] N") are not options.
        if case .word = items[0], items.count >= 5, let boxesFirst = Self.options(Array(items.dropFirst())) {
            return boxesFirst
        }
        guard case .box = items[0] else {
            while k < items.count {
                guard case .word(let word) = items[k] else { return nil }
                if k + 1 < items.count, case .box(let box, let isTicked) = items[k + 1] {
                    options.append(Option(word: word, box: box, ticked: isTicked))
                    k += 2
                } else {
                    options.append(Option(word: word, box: nil, ticked: false))
                    k += 1
                }
            }
            // Only the last word may lack its box ("Yes [x]  No").
            return options.count >= 2 && options.dropLast().allSatisfy({ $0.box != nil }) ? options : nil
        }
        while k + 1 < items.count {
            guard case .box(let box, let isTicked) = items[k], case .word(let word) = items[k + 1] else { return nil }
            options.append(Option(word: word, box: box, ticked: isTicked))
            k += 2
        }
        return options.count >= 2 && k == items.count ? options : nil
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

    /// The yes or no word starting at `start`, a whole word.
    private static func answerWord(_ chars: [Unicode.Scalar], at start: Int) -> Range<Int>? {
        guard start < chars.count, start == 0 || !chars[start - 1].properties.isAlphabetic else { return nil }
        var stop = start
        while stop < chars.count, chars[stop].properties.isAlphabetic { stop += 1 }
        guard stop > start else { return nil }
        var word = String.UnicodeScalarView()
        word.append(contentsOf: chars[start..<stop])
        return ClauseSplitter.answers.contains(String(word).lowercased()) ? start..<stop : nil
    }
}
