import LiaisonModel
import LiaisonTestSupport
import XCTest

@testable import LiaisonImport

/// How German and French words are read before any term matches: folded letters, elisions,
/// compounds, abbreviations that end no sentence, decimal commas and web addresses.
final class WordFormTests: XCTestCase {
    private let german = Lemmatizer(
        forms: ["fieber": "fieber", "afebril": "kein fieber", "kein": "kein"], suffixes: ["en", "er", "e", "s"],
        folding: ["ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"], compoundHeads: ["anästhesie", "störung", "entleerung"],
        compoundModifiers: ["überkopf"])
    private let french = Lemmatizer(
        forms: ["anesthesie": "anesthesie", "si il": "si il", "s'il": "si il", "aujourd'hui": "aujourd'hui"],
        suffixes: ["ees", "ee", "es", "s"], folding: ["é": "e", "è": "e", "à": "a"],
        elisions: ["l": "le", "d": "de", "s": "se"])

    func testFoldedLettersReadAlike() {
        XCTAssertEqual(german.lemmas("gesäß"), german.lemmas("gesäss"))
        XCTAssertEqual(german.lemmas("gesäss"), german.lemmas("gesaess"))
        XCTAssertEqual(french.lemmas("anesthésie"), ["anesthesie"])
        XCTAssertEqual(french.lemmas("périnée"), french.lemmas("perinee"))
    }

    func testACompoundReadsAsItsParts() {
        XCTAssertEqual(german.lemmas("reithosenanästhesie"), ["reithos", "anaesthesi"])
        XCTAssertEqual(german.lemmas("anästhesie"), ["anaesthesi"], "a head alone is no compound")
        XCTAssertEqual(german.lemmas("blasenentleerungsstörungen"), ["blas", "entleerung", "stoerung"])
        XCTAssertEqual(german.lemmas("überkopfarbeiten"), ["ueberkopf", "arbeit"])
        XCTAssertEqual(german.lemmas("anstörung"), ["anstoerung"], "a part keeps three letters")
    }

    func testAListedFormMayStandForSeveralWords() {
        XCTAssertEqual(german.lemmas("afebril"), ["kein", "fieber"])
        XCTAssertEqual(french.lemmas("s'il"), ["si", "il"])
    }

    func testAnElisionIsAWordOfItsOwn() {
        XCTAssertEqual(french.lemmas("l'anesthésie"), ["le", "anesthesie"])
        XCTAssertEqual(french.lemmas("d'"), ["de"])
        XCTAssertEqual(french.lemmas("aujourd'hui"), ["aujourd'hui"], "a listed word with an apostrophe stays whole")
    }

    func testEnglishWordsReadAsBefore() {
        let english = Lemmatizer(forms: ["urinating": "urine"], suffixes: ["ness", "ing", "s"])
        XCTAssertEqual(english.lemmas("urinating"), ["urine"])
        XCTAssertEqual(english.lemmas("numbness"), ["numb"])
    }

    func testListedAbbreviationsEndNoSentence() throws {
        let reader = try XCTUnwrap(TestKnowledge.vocabulary.readers["de"])
        let text = "St.n. Quadricepsparese links. V.a. Bauchaortenaneurysma, Max. Puls 100/min."
        XCTAssertEqual(reader.sentences(text).count, 2)
        XCTAssertEqual(ClauseSplitter.sentences(text).count, 5, "without the list every full stop ends one")
    }

    func testADecimalCommaIsADecimalPoint() throws {
        let reader = try XCTUnwrap(TestKnowledge.vocabulary.readers["fr"])
        XCTAssertEqual(reader.tokens("Cortancyl 7,5 mg").compactMap(\.value), [7.5])
        let english = try XCTUnwrap(TestKnowledge.vocabulary.readers["en"])
        XCTAssertEqual(english.tokens("1,000 steps").compactMap(\.value), [1000])
    }

    func testWebAndMailAddressesAreNoWords() {
        XCTAssertEqual(
            WebAddress.blanked("sur le site e-cancer.fr ou www.krebsliga.ch").split(separator: " "),
            ["sur", "le", "site", "ou"])
        XCTAssertEqual(WebAddress.blanked("écrire à info@crcdc.fr").split(separator: " "), ["écrire", "à"])
        XCTAssertEqual(WebAddress.blanked("voir e-cancer.fr, puis").split(separator: " "), ["voir", "puis"])
        for kept in ["fracture.It was new", "max. 2.5 kg", "St.n. EVAR", "o.B."] {
            XCTAssertEqual(WebAddress.blanked(kept), kept)
        }
    }
}
