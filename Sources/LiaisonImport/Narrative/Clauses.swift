/// A sentence of provider text, split into clauses at semicolons.
///
/// Durations ("for 6 weeks") belong to the sentence: in "No running or jumping for 8 weeks;
/// avoid high-impact training" both clauses end after 8 weeks.
struct Sentence: Sendable {
    var clauses: [Clause]
}

/// A clause: the provider's words as written and their tokens.
struct Clause: Sendable {
    let text: String
    let tokens: [Token]

    /// A short label ending in a colon ("Exercise restrictions:"), introducing what follows.
    var isHeading: Bool { text.hasSuffix(":") && tokens.count <= 4 }
}

/// Splits a block of text into sentences and clauses without breaking decimals ("2.5 kg"),
/// abbreviations followed by lower case ("Dr. Smith", "approx. 10 lb") or listed ones ("St.n."
/// before a German noun), or dates ("12.01.2026").
enum ClauseSplitter {
    /// The sentences of `text`, each clause tokenised by `tokenizer` (English shorthand by default).
    /// `abbreviations` (lower case, without the last full stop: "st.n", "max") never end a sentence.
    static func sentences(
        _ text: String, tokenizer: (String) -> [Token] = { Tokenizer.tokens($0) }, abbreviations: Set<String> = []
    ) -> [Sentence] {
        let written = Array(text.unicodeScalars)
        let answered = CheckBoxes.answered(written)
        let chars = answered ?? written
        var sentences: [Sentence] = []
        var clauses: [Clause] = []
        var start = 0
        func flushClause(_ end: Int) {
            guard chars[start..<end].contains(where: \.isWordLetter) else { return }
            var raw = chars.string(start..<end).trimmingBulletAndWhitespace()
            if answered != nil { raw = raw.split(separator: " ").joined(separator: " ") }
            if !raw.isEmpty { clauses.append(Clause(text: raw, tokens: tokenizer(raw))) }
        }
        func flushSentence() {
            if !clauses.isEmpty { sentences.append(Sentence(clauses: clauses)) }
            clauses = []
        }
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == ";" {
                flushClause(i)
                start = i + 1
            } else if c.isLineBreak || c == "\u{2022}" || c == "\u{25AA}" {
                flushClause(i)
                flushSentence()
                start = i + 1
            } else if c == "." || c == "!" || c == "?" {
                if endsSentence(chars, at: i), c != "." || !isAbbreviation(chars, at: i, abbreviations),
                    c != "?" || !answerFollows(chars, at: i)
                {
                    flushClause(i + 1)
                    flushSentence()
                    start = i + 1
                }
            }
            i += 1
        }
        flushClause(chars.count)
        flushSentence()
        return sentences
    }

    /// Whether the full stop at `i` ends a listed abbreviation: the letters and inner full stops
    /// before it ("St.n", "bds"), also written with a space after an inner full stop ("V. a.",
    /// "St. n." are "v.a", "st.n").
    private static func isAbbreviation(_ chars: [Unicode.Scalar], at i: Int, _ abbreviations: Set<String>) -> Bool {
        guard !abbreviations.isEmpty else { return false }
        // Where the letters and full stops that end at `end` begin.
        func wordStart(before end: Int) -> Int {
            var start = end
            while start > 0, chars[start - 1].isWordLetter || chars[start - 1] == "." { start -= 1 }
            return start
        }
        let start = wordStart(before: i)
        guard start < i else { return false }
        let last = chars.string(start..<i).lowercased()
        if abbreviations.contains(last) { return true }
        guard start >= 2, chars[start - 1] == " ", chars[start - 2] == "." else { return false }
        return abbreviations.contains(chars.string(wordStart(before: start - 1)..<(start - 1)).lowercased() + last)
    }

    /// Whether the question mark at `i` is followed on its line by a yes or no answer ("... around
    /// your back passage? Answer: No", "Fever? No.", "Patient answer: Yes - since Monday"): the
    /// answer then belongs to the question's sentence, so that its denial reaches what was asked.
    /// An answer in words ("Only when I roll over") is a sentence of its own, and the question
    /// stays one for the provider.
    static func answerFollows(_ chars: [Unicode.Scalar], at i: Int) -> Bool {
        var j = i + 1
        func skipSpaces() { while j < chars.count, chars[j] == " " || chars[j] == "\t" { j += 1 } }
        func word() -> String {
            var scalars = String.UnicodeScalarView()
            while j < chars.count, chars[j].properties.isAlphabetic || chars[j] == "'" {
                scalars.append(chars[j])
                j += 1
            }
            return String(scalars).lowercased()
        }
        skipSpaces()
        var next = word()
        if answerOwners.contains(next) {
            skipSpaces()
            next = word()
        }
        if answerLabels.contains(next) {
            skipSpaces()
            if j < chars.count, chars[j] == ":" || chars[j] == "-" || chars[j] == "=" { j += 1 }
            skipSpaces()
            next = word()
        }
        guard answers.contains(next) else { return false }
        skipSpaces()
        return j >= chars.count || chars[j].isLineBreak || ".,;:)!-".unicodeScalars.contains(chars[j])
    }

    /// Who answered, before an answer label ("Patient answer: No").
    static let answerOwners: Set<String> = ["patient", "pt", "client", "patient's", "pt's", "patientin"]
    /// The labels of a form's answer, in English, German, French and Italian.
    static let answerLabels: Set<String> = [
        "answer", "response", "reply", "a", "antwort", "réponse", "reponse", "risposta",
    ]
    /// Yes and no, in the same languages.
    static let answers: Set<String> = [
        "yes", "no", "y", "n", "none", "nil", "ja", "nein", "keine", "oui", "non", "aucun", "aucune", "sì", "si",
    ]

    /// A full stop ends a sentence when followed by the end or by white space and then not a
    /// lower-case letter or a digit.
    private static func endsSentence(_ chars: [Unicode.Scalar], at i: Int) -> Bool {
        guard i + 1 < chars.count else { return true }
        let next = chars[i + 1]
        guard next.isSpace || next == ")" || next == "\"" else { return false }
        var j = i + 1
        while j < chars.count, chars[j].isSpace { j += 1 }
        guard j < chars.count else { return true }
        return !(chars[j].isLowercaseLetter || chars[j].isDigit)
    }
}

extension String {
    /// Trims white space and a leading list bullet ("- ").
    fileprivate func trimmingBulletAndWhitespace() -> String {
        // Most clauses start and end with a plain ASCII character: then nothing is trimmed (an
        // ASCII scalar above the space is its own Character and no white space).
        if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x80, first != UInt8(ascii: "-"),
            last > 0x20, last < 0x80
        {
            return self
        }
        var s = Substring(self)
        while let f = s.first, f.isWhitespace || f == "-" && s.dropFirst().first?.isWhitespace == true {
            s.removeFirst()
        }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
