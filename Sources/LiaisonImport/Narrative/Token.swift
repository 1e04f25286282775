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
        "can't": ["cannot"], "mustn't": ["must", "not"], "won't": ["will", "not"],
        "wks": ["weeks"], "wk": ["weeks"], "mos": ["months"], "mo": ["months"], "yrs": ["years"],
        "lbs": ["lb"], "pounds": ["lb"], "pound": ["lb"], "#": ["lb"], "kgs": ["kg"], "kilos": ["kg"],
        "kilo": ["kg"], "kilograms": ["kg"], "kilogram": ["kg"], "postop": ["post", "op"],
        "postoperatively": ["post", "op"], "postoperative": ["post", "op"], "×": ["x"],
    ]

    static func tokens(_ text: String) -> [Token] {
        var out: [Token] = []
        let chars = text.lowercased().unicodeScalars.map { $0 == "\u{2019}" ? "'" : $0 }
        var i = 0
        func isWordChar(_ c: Unicode.Scalar) -> Bool { c.isWordLetter || c == "'" }
        while i < chars.count {
            let c = chars[i]
            if c.isDigit {
                var j = i
                while j < chars.count,
                    chars[j].isDigit || (chars[j] == "." && j + 1 < chars.count && chars[j + 1].isDigit)
                        || (chars[j] == "," && j + 3 < chars.count && chars[j + 1...j + 3].allSatisfy(\.isDigit))
                {
                    j += 1
                }
                var scalars = String.UnicodeScalarView()
                scalars.append(contentsOf: chars[i..<j].lazy.filter { $0 != "," })
                let digits = String(scalars)
                out.append(Token(digits, kind: .number, value: Double(digits)))
                i = j
            } else if c.isWordLetter {
                var j = i
                while j < chars.count, isWordChar(chars[j]) { j += 1 }
                // Keep shorthand with a slash together: h/o, s/p, w/o, b/l, w/.
                if j < chars.count, chars[j] == "/", j - i <= 2 {
                    var k = j + 1
                    while k < chars.count, chars[k].isWordLetter { k += 1 }
                    let candidate = chars.string(i..<k)
                    if shorthand[candidate] != nil {
                        append(candidate, to: &out)
                        i = k
                        continue
                    }
                }
                append(chars.string(i..<j), to: &out)
                i = j
            } else if c.isSpace || c == "-" || c == "\u{2013}" || c == "\"" || c == "'" {
                // A dash between two numbers is a range ("6-8 weeks"); elsewhere it joins words.
                if c != "-" && c != "\u{2013}" || !(out.last?.isNumber ?? false)
                    || !(i + 1 < chars.count && chars[i + 1].isDigit)
                {
                    i += 1
                    continue
                }
                out.append(Token("-", kind: .symbol))
                i += 1
            } else if c == "," {
                i += 1  // commas separate list items; the rules read lists word by word
            } else {
                append(String(c), to: &out, kind: .symbol)
                i += 1
            }
        }
        return out
    }

    private static func append(_ text: String, to out: inout [Token], kind: Token.Kind = .word) {
        if let expansion = shorthand[text] {
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
