/// Reduces a word to the lemma the concept reader matches on: a listed word form becomes its
/// lemma ("urinating" is "urine"); any other word loses one suffix, a final "e" and one of a
/// doubled final consonant, the way a light stemmer does ("numbness" and "numbing" are "numb").
///
/// Terms, triggers and the referral's words all go through the same function, so the rule only
/// has to be consistent, not linguistically right.
struct Lemmatizer: Sendable {
    private let forms: [String: String]
    /// Longest first.
    private let suffixes: [String]

    init(forms: [String: String], suffixes: [String]) {
        var table = forms
        for lemma in Set(forms.values) where table[lemma] == nil { table[lemma] = lemma }
        self.forms = table
        self.suffixes = suffixes.sorted { $0.count > $1.count }
    }

    func lemma(_ word: String) -> String {
        if let lemma = forms[word] { return lemma }
        guard word.count > Self.shortest, word.unicodeScalars.allSatisfy(\.isWordLetter) else { return word }
        var stem = Substring(word)
        for suffix in suffixes where stem.hasSuffix(suffix) && stem.count - suffix.count >= Self.shortest {
            if suffix == "s", stem.hasSuffix("ss") || stem.hasSuffix("us") || stem.hasSuffix("is") { continue }
            stem = stem.dropLast(suffix.count)
            if suffix == "ies" { stem += "y" }
            break
        }
        if stem.count > Self.shortest, stem.hasSuffix("e") { stem = stem.dropLast() }
        if stem.count > Self.shortest, let last = stem.last, last == stem.dropLast().last, !"aeioulsz".contains(last) {
            stem = stem.dropLast()
        }
        let result = String(stem)
        return forms[result] ?? result
    }

    /// The shortest stem the suffix rule leaves: shorter stems collide with the short words
    /// triggers are made of ("notes" is not "not", "note" not "not", "none" not "non").
    static let shortest = 4
}
