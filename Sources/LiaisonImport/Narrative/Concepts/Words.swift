import LiaisonModel

/// A clause as the concept reader sees it: one lemma per token (several for an elision or a
/// compound), with muscle grades and past years read as placeholders ("2/5" is `<grade>`, "2015"
/// in a 2026 document is `<past-year>`), and a body weight lower than an earlier one followed by
/// `<weight-fall>` (``WeightFigures``).
struct Words: Sendable {
    /// Lemmas, one per position; empty where a placeholder swallowed a token.
    let lemmas: [String]
    /// Whether a comma stood right before each position (the first lemma of a token).
    let commaBefore: [Bool]
    /// Whether a spaced dash stood right before each position (the first lemma of a token).
    let dashBefore: [Bool]
    /// The value of the number at each position, if it is one (for the restriction reader).
    let values: [Double?]
    /// The token each position was read from (a compound's parts share one).
    let tokenOf: [Int]
    /// How many positions before each one (and, last, before the end) stand in an aside.
    let asidesBefore: [Int]

    static let grade = "<grade>"
    /// A muscle grade that differs from one before it in the run ("4/5 at intake and 3/5 today").
    static let gradeChange = "<grade-change>"
    static let pastYear = "<past-year>"

    init(_ tokens: [Token], lemmatizer: Lemmatizer, referenceYear: Int?) {
        var lemmas: [String] = []
        var values: [Double?] = []
        var commaBefore: [Bool] = []
        var dashBefore: [Bool] = []
        var tokenOf: [Int] = []
        lemmas.reserveCapacity(tokens.count)
        var grades: [Double] = []
        let weightFalls = WeightFigures.falls(in: tokens)
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            let index = i
            defer {
                // One entry per position added for this token: the first after its comma.
                let added = lemmas.count - commaBefore.count
                if added > 0 {
                    commaBefore.append(token.afterComma)
                    dashBefore.append(token.afterDash)
                    for _ in 1..<added {
                        commaBefore.append(false)
                        dashBefore.append(false)
                    }
                    for _ in 0..<added { tokenOf.append(index) }
                }
            }
            if let skip = Self.gradeLength(tokens, at: i), let value = token.value {
                let changed = grades.contains { $0 != value }
                grades.append(value)
                lemmas.append(changed ? Self.gradeChange : value <= 4 ? Self.grade : "5/5")
                lemmas.append(contentsOf: repeatElement("", count: skip - 1))
                values.append(contentsOf: tokens[i..<(i + skip)].map(\.value))
                i += skip
                continue
            }
            switch token.kind {
            case .word:
                if let mark = Self.certaintyMark(tokens, at: i) {
                    lemmas.append(mark)
                    values.append(nil)
                    break
                }
                var read = lemmatizer.lemmas(token.text)
                if weightFalls.contains(index) { read.append(WeightFigures.fall) }
                lemmas.append(contentsOf: read)
                values.append(contentsOf: repeatElement(nil, count: read.count))
            case .number:
                if let year = token.value, let reference = referenceYear, token.text.count == 4, year >= 1900,
                    Int(year) <= reference - 2
                {
                    lemmas.append(Self.pastYear)
                } else {
                    lemmas.append(token.text)
                }
                values.append(token.value)
            case .symbol:
                lemmas.append(token.text)
                values.append(nil)
            }
            i += 1
        }
        self.lemmas = lemmas
        self.commaBefore = commaBefore
        self.dashBefore = dashBefore
        self.values = values
        self.tokenOf = tokenOf
        var asidesBefore = [0]
        asidesBefore.reserveCapacity(tokenOf.count + 1)
        for token in tokenOf { asidesBefore.append(asidesBefore.last! + (tokens[token].inAside ? 1 : 0)) }
        self.asidesBefore = asidesBefore
    }

    /// The side letters that may stand beside a certainty mark ("GL", "LG").
    private static let sideLetters: Set<UInt8> = [UInt8(ascii: "r"), UInt8(ascii: "l"), UInt8(ascii: "b")]

    /// The mark of diagnostic certainty written after an ICD-10 code in German ambulatory coding
    /// (§ 295 SGB V; BfArM, ICD-10-GM Kodierfrage 1002): "C41.2 A" excluded, "S32.0 V" suspected,
    /// "C50.9 Z" a symptom-free state after it, "M54.5 G" confirmed, with a side letter (R, L, B)
    /// before or after it ("C79.5 GL"). The token at `i` is read as `<icd-excluded>`,
    /// `<icd-suspected>`, `<icd-history>` or `<icd-confirmed>` when it is such a mark right after
    /// a code ("c41 . 2", "m 54.5", "c50"); nil otherwise.
    static func certaintyMark(_ tokens: [Token], at i: Int) -> String? {
        let text = tokens[i].text
        guard i >= 1, (1...2).contains(text.utf8.count) else { return nil }
        let letters = Array(text.utf8)
        guard let mark = letters.first(where: { !Self.sideLetters.contains($0) }),
            letters.allSatisfy({ $0 == mark || Self.sideLetters.contains($0) }),
            letters.filter({ $0 == mark }).count == 1
        else { return nil }
        let name: String
        switch mark {
        case UInt8(ascii: "a"): name = "<icd-excluded>"
        case UInt8(ascii: "v"): name = "<icd-suspected>"
        case UInt8(ascii: "z"): name = "<icd-history>"
        case UInt8(ascii: "g"): name = "<icd-confirmed>"
        default: return nil
        }
        // A code's letter and two digits as one token ("c50"), or a single letter.
        func codeStart(_ token: Token) -> Bool {
            let u = Array(token.text.utf8)
            guard token.kind == .word, let first = u.first, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first)
            else { return false }
            return u.count == 1
                || u.count == 3 && u.dropFirst().allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
        }
        // The number after a code's letter: two digits, and one or two after a point ("54.5").
        func codeNumber(_ token: Token) -> Bool {
            let parts = token.text.split(separator: ".", omittingEmptySubsequences: false)
            return token.kind == .number && parts[0].utf8.count == 2
                && (parts.count == 1 || parts.count == 2 && (1...2).contains(parts[1].utf8.count))
        }
        let previous = tokens[i - 1]
        if previous.kind == .word { return previous.text.utf8.count == 3 && codeStart(previous) ? name : nil }
        guard previous.kind == .number, i >= 2 else { return nil }
        if tokens[i - 2].text == ".", i >= 3 {
            return previous.text.utf8.count <= 2 && tokens[i - 3].text.utf8.count == 3 && codeStart(tokens[i - 3])
                ? name : nil
        }
        return codeNumber(previous) && codeStart(tokens[i - 2]) && tokens[i - 2].text.utf8.count == 1 ? name : nil
    }

    /// Words of a term or trigger as written in the vocabulary: each space-separated piece is
    /// tokenised and lemmatised like text, except placeholders written `<name>`.
    static func phrase(_ text: String, lemmatizer: Lemmatizer, shorthand: Bool) -> [String] {
        text.split(separator: " ").flatMap { piece -> [String] in
            if piece.hasPrefix("<") && piece.hasSuffix(">") { return [String(piece)] }
            return Words(
                Tokenizer.tokens(String(piece), shorthand: shorthand), lemmatizer: lemmatizer, referenceYear: nil
            )
            .lemmas
        }
    }

    /// A muscle grade ("2/5", "4+/5", "3-/5", "5/5"): how many tokens it takes.
    private static func gradeLength(_ tokens: [Token], at i: Int) -> Int? {
        guard let value = tokens[i].value, value <= 5, value == value.rounded(), tokens[i].text.count == 1 else {
            return nil
        }
        var j = i + 1
        if j < tokens.count, tokens[j].text == "+" || tokens[j].text == "-" { j += 1 }
        guard j + 1 < tokens.count, tokens[j].text == "/", tokens[j + 1].text == "5" else { return nil }
        return j + 2 - i
    }
}
