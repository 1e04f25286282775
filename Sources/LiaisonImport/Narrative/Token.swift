/// One unit of provider text as the phrase reader sees it: a word, a number or a symbol.
///
/// Words are lower-cased, hyphens between words are dropped ("high-impact" is `high`, `impact`)
/// and common clinical shorthand is spelled out ("h/o" is `history`, `of`), so the rules match
/// on meaning rather than on spelling.
struct Token: Hashable, Sendable {
    enum Kind: Hashable, Sendable { case word, number, symbol }

    let text: String
    let kind: Kind
    /// The value of a number token ("2.5" is 2.5).
    let value: Double?
    /// Whether a comma stood right before it: the rules read lists word by word, but a trigger's
    /// reach backwards (or a relative's) stops at a comma ("new saddle numbness, reflexes normal").
    var afterComma = false
    /// Whether a spaced dash stood right before it ("Cleared for exercise: No - please await").
    var afterDash = false
    /// Whether it stands in an aside: between brackets or a pair of spaced dashes ("the weakness
    /// - which she put down to the walk - has got worse"). A concept's window does not count an
    /// aside's words.
    var inAside = false

    init(_ text: String, kind: Kind, value: Double? = nil) {
        self.text = text
        self.kind = kind
        self.value = value
    }

    var isNumber: Bool { kind == .number }
}

/// Splits one clause into tokens.
enum Tokenizer {
    /// Shorthand spelled out before matching (clinical abbreviations with a slash).
    static let shorthand: [String: [String]] = [
        "h/o": ["history", "of"], "hx": ["history"], "s/p": ["status", "post"], "c/o": ["complains", "of"],
        "r/o": ["rule", "out"], "w/o": ["without"], "w/": ["with"], "b/l": ["bilateral"],
        "pmh": ["history"], "fhx": ["family", "history"], "fh": ["family", "history"],
        "don't": ["do", "not"], "dont": ["do", "not"], "shouldn't": ["should", "not"],
        "can't": ["cannot"], "mustn't": ["must", "not"], "won't": ["will", "not"], "cant": ["cannot"],
        "doesn't": ["does", "not"], "doesnt": ["does", "not"], "didn't": ["did", "not"], "didnt": ["did", "not"],
        "isn't": ["is", "not"], "isnt": ["is", "not"], "wasn't": ["was", "not"], "wasnt": ["was", "not"],
        "hasn't": ["has", "not"], "hasnt": ["has", "not"], "haven't": ["have", "not"], "hadn't": ["had", "not"],
        "couldn't": ["could", "not"], "couldnt": ["could", "not"], "wouldn't": ["would", "not"],
        "aren't": ["are", "not"], "weren't": ["were", "not"],
        "wks": ["weeks"], "wk": ["weeks"], "mos": ["months"], "mo": ["months"], "yrs": ["years"],
        "lbs": ["lb"], "pounds": ["lb"], "pound": ["lb"], "kgs": ["kg"], "kilos": ["kg"],
        "kilo": ["kg"], "kilograms": ["kg"], "kilogram": ["kg"], "postop": ["post", "op"],
        "postoperatively": ["post", "op"], "postoperative": ["post", "op"], "×": ["x"],
    ]

    /// The tokens of `text`. Without `shorthand` (text not in English) words are kept as
    /// written: French "dont" is not "do not".
    static func tokens(_ text: String, shorthand: Bool = true) -> [Token] {
        var out: [Token] = []
        var commas: [Int] = []
        var brackets: [Int] = []
        var dash: Int?
        var dashes: [Int] = []
        let chars = scalars(text)
        var i = 0
        func isDigit(_ k: Int) -> Bool { k < chars.count && chars[k].isDigit }
        func isLetter(_ k: Int) -> Bool { k < chars.count && chars[k].isWordLetter }
        while i < chars.count {
            let c = chars[i]
            if isDigit(i) {
                var j = i
                while isDigit(j) || (j < chars.count && chars[j] == "." && isDigit(j + 1))
                    || (j < chars.count && chars[j] == "," && isDigit(j + 1) && isDigit(j + 2) && isDigit(j + 3)
                        && !isDigit(j + 4))
                {
                    j += 1
                }
                let digits: String
                if chars[i..<j].contains(",") {
                    var scalars = String.UnicodeScalarView()
                    scalars.append(contentsOf: chars[i..<j].lazy.filter { $0 != "," })
                    digits = String(scalars)
                } else {
                    digits = chars.string(i..<j)
                }
                // No clinical figure needs more than nine digits; a longer run is an id or noise, and
                // its value would overflow the date and count arithmetic downstream.
                let value = digits.utf8.count <= 9 ? Double(digits) : nil
                out.append(Token(digits, kind: .number, value: value))
                i = j
            } else if isLetter(i) {
                var j = i
                while isLetter(j) || (j < chars.count && chars[j] == "'") { j += 1 }
                while j > i + 1, chars[j - 1] == "'" { j -= 1 }  // a closing quote: 'dead' is dead
                // A spinal level ("L1", "T12", "S2") is one word.
                if j == i + 1, "ctls".unicodeScalars.contains(chars[i]), isDigit(j) {
                    var k = j
                    while isDigit(k) { k += 1 }
                    if k - j <= 2, !isLetter(k) {
                        out.append(Token(chars.string(i..<k), kind: .word))
                        i = k
                        continue
                    }
                }
                // Keep shorthand with a slash together: h/o, s/p, w/o, b/l, w/.
                if j < chars.count, chars[j] == "/", j - i <= 2 {
                    var k = j + 1
                    while isLetter(k) { k += 1 }
                    let candidate = chars.string(i..<k)
                    if Self.shorthand[candidate] != nil {
                        append(candidate, to: &out, shorthand: shorthand)
                        i = k
                        continue
                    }
                }
                append(chars.string(i..<j), to: &out, shorthand: shorthand)
                i = j
            } else if (c == "+" || c == "-"), i + 2 < chars.count, chars[i + 1] == "v", chars[i + 2] == "e",
                !isLetter(i + 3)
            {
                out.append(Token(c == "+" ? "positive" : "negative", kind: .word))  // "+ve", "-ve"
                i += 3
            } else if c == "#" {
                // "25#" is 25 lb; "?# L1" is a fracture.
                out.append(out.last?.isNumber == true ? Token("lb", kind: .word) : Token("#", kind: .symbol))
                i += 1
            } else if c == "-" || c == "\u{2013}" || c == "\u{2014}" {
                // A dash between two numbers is a range ("6-8 weeks"); elsewhere it joins words. A
                // spaced dash (or an em dash) opens an aside that the next one closes.
                if out.last?.isNumber == true, isDigit(i + 1) { out.append(Token("-", kind: .symbol)) }
                if isSpacedDash(chars, at: i), !(out.last?.isNumber == true && isDigit(i + 2)) {
                    dashes.append(out.count)
                    if let open = dash {
                        for k in open..<out.count { out[k].inAside = true }
                        dash = nil
                    } else {
                        dash = out.count
                    }
                }
                i += 1
            } else if c == "(" || c == ")" {
                append(String(c), to: &out, kind: .symbol)
                if c == "(" {
                    // A bracket right after a letter is part of the word ("unit(s)"), not an aside.
                    brackets.append(i > 0 && chars[i - 1].isWordLetter ? -1 : out.count - 1)
                } else if let open = brackets.popLast(), open >= 0 {
                    for k in open..<out.count { out[k].inAside = true }
                }
                i += 1
            } else if c == "," {
                commas.append(out.count)
                i += 1
            } else if c.isSpace || c == "\"" || c == "'" {
                i += 1  // commas separate list items; the rules read lists word by word
            } else {
                append(String(c), to: &out, kind: .symbol)
                i += 1
            }
        }
        for index in commas where index < out.count { out[index].afterComma = true }
        for index in dashes where index < out.count { out[index].afterDash = true }
        return out
    }

    /// Whether the dash at `i` stands apart from the words around it ("pain - new"), or is an em
    /// dash, which always does.
    private static func isSpacedDash(_ chars: [Unicode.Scalar], at i: Int) -> Bool {
        if chars[i] == "\u{2014}" { return true }
        let before = i == 0 || chars[i - 1].isSpace
        let after = i + 1 == chars.count || chars[i + 1].isSpace
        return before && after
    }

    /// The text's scalars, lower-cased, with the typographic apostrophe made plain.
    private static func scalars(_ text: String) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.value >= 65 && scalar.value <= 90 {
                result.append(Unicode.Scalar(scalar.value + 32)!)
            } else if scalar.value < 128 {
                result.append(scalar)
            } else if scalar == "\u{2019}" {
                result.append("'")
            } else if scalar.properties.isUppercase {
                result.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return result
    }

    private static func append(
        _ text: String, to out: inout [Token], kind: Token.Kind = .word, shorthand: Bool = true
    ) {
        if shorthand, let expansion = Self.shorthand[text] {
            for word in expansion { out.append(Token(word, kind: .word)) }
        } else {
            out.append(Token(text, kind: kind))
        }
    }
}

extension Array where Element == Token {
    /// Whether the words of `phrase` occur at `index`.
    func matches(_ phrase: [String], at index: Int) -> Bool {
        guard index >= 0, index + phrase.count <= count else { return false }
        for (offset, word) in phrase.enumerated() where self[index + offset].text != word { return false }
        return true
    }
}
