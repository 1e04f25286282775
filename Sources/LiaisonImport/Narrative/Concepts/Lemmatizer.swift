import LiaisonModel

/// Reduces a word to the lemmas the concept reader matches on: a listed word form becomes its
/// lemma ("urinating" is "urine"); any other word loses one suffix, a final "e" and one of a
/// doubled final consonant, the way a light stemmer does ("numbness" and "numbing" are "numb").
///
/// Some languages first need a word read as several: an elided article or pronoun is a word of
/// its own (French "l'anus" is "le anus"), and a compound ending in a listed head or starting
/// with a listed modifier is its parts (German "Reithosenanästhesie" is "Reithosen Anästhesie",
/// so "Anästhesie im Reithosenbereich" and "Reithosenanästhesie" are the same concept). Letters
/// listed for folding are written one way first ("ß" as "ss", "é" as "e").
///
/// Terms, triggers and the referral's words all go through the same function, so the rule only
/// has to be consistent, not linguistically right.
///
/// A class, immutable once built (readers hand it around for every run of words); plain ASCII
/// words take ``LemmaBytes``'s byte paths, with the same answers.
final class Lemmatizer: Sendable {
    /// A compound part: how it is written at a word's end or start, and the lemma it reads as.
    private struct Part: Sendable {
        let surface: String
        let lemma: String
    }

    private let forms: [String: String]
    /// Longest first.
    private let suffixes: [String]
    private let folding: [Unicode.Scalar: String]
    private let elisions: [String: String]
    /// Compound heads, their surface without a suffix, longest first.
    private let heads: [Part]
    /// Compound modifiers, longest first.
    private let modifiers: [Part]
    /// The suffixes, heads and modifiers as bytes, and whether an ASCII letter is folded.
    private let suffixBytes: LemmaBytes
    private let headBytes: LemmaBytes
    private let modifierBytes: LemmaBytes
    private let foldsASCII: Bool

    /// The fewest letters a part of a compound keeps ("Harn" in "Harnverhalt").
    static let shortestPart = 3

    /// The shortest stem the suffix rule leaves: shorter stems collide with the short words
    /// triggers are made of ("notes" is not "not", "note" not "not", "none" not "non").
    static let shortest = 4

    init(
        forms: [String: String], suffixes: [String], folding: [String: String] = [:],
        elisions: [String: String] = [:], compoundHeads: [String] = [], compoundModifiers: [String] = []
    ) {
        var fold: [Unicode.Scalar: String] = [:]
        for (letter, replacement) in folding {
            if let scalar = letter.unicodeScalars.first, letter.unicodeScalars.count == 1 { fold[scalar] = replacement }
        }
        self.folding = fold
        foldsASCII = fold.keys.contains { $0.isASCII }
        func folded(_ text: String) -> String { Self.fold(text.lowercased(), fold) }
        var table: [String: String] = [:]
        for (form, lemma) in forms { table[folded(form)] = folded(lemma) }
        for lemma in Set(table.values) where table[lemma] == nil { table[lemma] = lemma }
        self.forms = table
        let suffixes = suffixes.map(folded).sorted { $0.count > $1.count }
        self.suffixes = suffixes
        self.elisions = Dictionary(elisions.map { (folded($0.key), folded($0.value)) }) { first, _ in first }
        func part(_ text: String, stripped: Bool) -> Part {
            let written = folded(text)
            let surface = stripped ? Self.strip(written, suffixes: suffixes) : written
            return Part(surface: surface, lemma: table[written] ?? table[surface] ?? surface)
        }
        let heads = compoundHeads.map { part($0, stripped: true) }.sorted { $0.surface.count > $1.surface.count }
        let modifiers = compoundModifiers.map { part($0, stripped: false) }.sorted {
            $0.surface.count > $1.surface.count
        }
        self.heads = heads
        self.modifiers = modifiers
        suffixBytes = LemmaBytes(suffixes)
        headBytes = LemmaBytes(heads.map(\.surface))
        modifierBytes = LemmaBytes(modifiers.map(\.surface))
    }

    /// The lemmas `word` reads as: one for most words, more for an elision, a compound or a
    /// listed form with several words.
    func lemmas(_ word: String) -> [String] {
        let word = !foldsASCII && word.utf8.allSatisfy({ $0 < 0x80 }) ? word : Self.fold(word, folding)
        if !elisions.isEmpty, let apostrophe = word.firstIndex(of: "'"), forms[word] == nil {
            let article = String(word[..<apostrophe])
            let rest = String(word[word.index(after: apostrophe)...])
            if let full = elisions[article] { return [full] + (rest.isEmpty ? [] : lemmas(rest)) }
        }
        return parts(of: word)
    }

    /// The single lemma of `word` (for words that are never compounds: units, numbers).
    func lemma(_ word: String) -> String { lemmas(word).last ?? word }

    /// A word as its compound parts, each a lemma; a word that is no compound is its lemma.
    private func parts(of word: String) -> [String] {
        if let lemma = forms[word] { return words(lemma) }
        let surface = strip(word)
        // An unchanged word (as many bytes: stripping only shortens) was looked up just above.
        if surface.utf8.count != word.utf8.count, let lemma = forms[surface] { return words(lemma) }
        let shortest = Self.shortestPart
        if let head = first(heads, headBytes, in: surface, suffix: true) {
            return parts(of: String(surface.dropLast(head.surface.count))) + [head.lemma]
        }
        if let modifier = first(modifiers, modifierBytes, in: word, suffix: false) {
            return [modifier.lemma] + parts(of: String(word.dropFirst(modifier.surface.count)))
        }
        return [surface]
    }

    /// The first of `parts` that `word` ends with (`suffix`) or starts with, leaving at least
    /// ``shortestPart`` letters.
    private func first(_ parts: [Part], _ bytes: LemmaBytes, in word: String, suffix: Bool) -> Part? {
        guard !parts.isEmpty else { return nil }
        let shortest = Self.shortestPart
        let fast = bytes.first(in: word, suffix: suffix, shortest: shortest)
        if fast.decided { return fast.index.map { parts[$0] } }
        return parts.first {
            (suffix ? word.hasSuffix($0.surface) : word.hasPrefix($0.surface))
                && word.count - $0.surface.count >= shortest
        }
    }

    /// ``strip(_:suffixes:)`` with this lemmatizer's suffixes, on bytes where it can.
    private func strip(_ word: String) -> String {
        suffixBytes.strip(word, shortest: Self.shortest) ?? Self.strip(word, suffixes: suffixes)
    }

    /// A listed lemma's words: one, or the parts of a compound listed as several ("harn verhalt").
    private func words(_ lemma: String) -> [String] {
        guard lemma.contains(" ") else { return [lemma] }
        return lemma.split(separator: " ").map { piece in
            let piece = String(piece)
            return forms[piece] ?? strip(piece)
        }
    }

    /// The word without one suffix, a final "e" and one of a doubled final consonant.
    private static func strip(_ word: String, suffixes: [String]) -> String {
        guard word.count > shortest, word.unicodeScalars.allSatisfy(\.isWordLetter) else { return word }
        var stem = Substring(word)
        for suffix in suffixes where stem.hasSuffix(suffix) && stem.count - suffix.count >= shortest {
            if suffix == "s", stem.hasSuffix("ss") || stem.hasSuffix("us") || stem.hasSuffix("is") { continue }
            stem = stem.dropLast(suffix.count)
            if suffix == "ies" { stem += "y" }
            break
        }
        if stem.count > shortest, stem.hasSuffix("e") { stem = stem.dropLast() }
        if stem.count > shortest, let last = stem.last, last == stem.dropLast().last, !"aeioulsz".contains(last) {
            stem = stem.dropLast()
        }
        return String(stem)
    }

    /// `text` with the folded letters replaced.
    private static func fold(_ text: String, _ table: [Unicode.Scalar: String]) -> String {
        guard !table.isEmpty, text.unicodeScalars.contains(where: { table[$0] != nil }) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if let replacement = table[scalar] { out += replacement } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }
}
