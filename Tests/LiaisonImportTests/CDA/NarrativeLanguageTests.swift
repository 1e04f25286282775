import LiaisonModel
import LiaisonTestSupport
import XCTest

@testable import LiaisonImport

/// Narrative is read in the language its section or document declares (CDA `languageCode`), or
/// that its common words show when it declares none: German and French by their vocabularies,
/// Italian and other languages not at all (a warning and a question for the provider).
final class NarrativeLanguageTests: XCTestCase {
    private func document(language: String, sections: [String]) -> String {
        CDASnippet.document(
            header: CDASnippet.header.replacingOccurrences(
                of: #"<languageCode code="en-US"/>"#, with: #"<languageCode code="\#(language)"/>"#),
            sections: sections)
    }

    private func section(_ text: String, language: String? = nil) -> String {
        let code = language.map { #"<languageCode code="\#($0)"/>"# } ?? ""
        return """
            <section><code code="10164-2" codeSystem="2.16.840.1.113883.6.1"/>\(code)
            <text><paragraph>\(text)</paragraph></text></section>
            """
    }

    /// A note with no word only French uses, in a French document, may be in English: a red flag
    /// English finds there is a question naming English, never a silent miss. Text that shows
    /// French is read in French only, and an English document is read in English only.
    func testTextThatDoesNotShowItsLanguageIsAlsoReadInTheOthers() throws {
        let english = try CDASnippet.read(
            document(language: "fr-FR", sections: [section("Bladder normal; legs progressively weaker over 3 days.")]))
        let item = try XCTUnwrap(english.reviewItems.first { $0.kind == .possibleRedFlag })
        XCTAssertEqual(item.flag, .progressiveNeurologicalDeficit)
        XCTAssertEqual(item.language, "en")
        XCTAssertTrue(english.redFlags.isEmpty, "a question, not a refer-back: the language is a guess")

        let french = try CDASnippet.read(
            document(language: "fr-FR", sections: [section("Pas de fièvre, pas de trouble sphinctérien.")]))
        XCTAssertTrue(french.reviewItems.isEmpty, "\(french.reviewItems)")
        XCTAssertTrue(french.redFlags.isEmpty)

        let cell = try CDASnippet.read(
            document(language: "en-US", sections: [section("Mobilising independently without aids.")]))
        XCTAssertTrue(cell.reviewItems.isEmpty, "German 'AIDS' is not read into English: \(cell.reviewItems)")
    }

    func testGermanNarrativeIsReadForRedFlags() throws {
        let referral = try CDASnippet.read(
            document(
                language: "de-CH",
                sections: [section("Seit heute Morgen neu aufgetretene Reithosenanästhesie und Harnverhalt.")]))
        XCTAssertEqual(referral.redFlags.map(\.kind), [.caudaEquina])
        XCTAssertFalse(referral.reviewItems.contains { $0.kind == .unreadNarrative })
    }

    func testFrenchNarrativeIsReadForRedFlagsAndRestrictions() throws {
        let plan = """
            <section><code code="18776-5" codeSystem="2.16.840.1.113883.6.1"/>
            <text><paragraph>Pas de port de charges de plus de 10 kg, éviter les torsions du tronc.</paragraph></text></section>
            """
        let referral = try CDASnippet.read(
            document(
                language: "fr-FR",
                sections: [
                    section("Le patient ne présente pas d'anesthésie en selle ni de trouble sphinctérien."), plan,
                ]))
        XCTAssertEqual(referral.redFlags, [])
        XCTAssertEqual(referral.reviewItems, [])
        XCTAssertEqual(
            referral.restrictions.map(\.kind).map(\.name).sorted(), ["avoid-movement", "max-lift"])
    }

    /// A section's own languageCode wins over the document's.
    func testASectionDeclaresItsOwnLanguage() throws {
        let referral = try CDASnippet.read(
            document(
                language: "de-CH",
                sections: [section("Anesthésie en selle apparue ce matin, rétention urinaire.", language: "fr-CH")]))
        XCTAssertEqual(referral.redFlags.map(\.kind), [.caudaEquina])
    }

    /// Italian has no vocabulary: one question for the provider and a warning, never silence.
    func testItalianNarrativeIsNotReadButAsked() throws {
        let referral = try CDASnippet.read(
            document(
                language: "it-CH",
                sections: [section("Il paziente riferisce anestesia a sella e ritenzione urinaria da ieri.")]))
        XCTAssertEqual(referral.redFlags, [])
        XCTAssertEqual(referral.reviewItems.map(\.kind), [.unreadNarrative])
        XCTAssertEqual(referral.reviewItems.first?.language, "it")
        XCTAssertTrue(referral.warnings.contains { $0.message.contains("Italian") })
    }

    /// A language is told by how many of its different common words the text holds: one word
    /// repeated ("IM" in a vaccine table, "EST" in times) does not make English German or French.
    func testOneRepeatedMarkerDoesNotChangeTheLanguage() {
        let markers = TestKnowledge.vocabulary.markers
        let table =
            "Influenza virus vaccine, IM Nov 1999 Completed Influenza virus vaccine, IM Dec 1998 Completed "
            + "Tetanus, IM Oct 1997 Completed Pneumococcal, IM Jan 1996"
        XCTAssertEqual(LanguageDetector.language(of: table, declared: "en-US", markers: markers), "en")
        let times = "Height 177 cm 6/22/2015 10:05 EST Weight 88 kg 6/22/2015 10:05 EST BMI 28 6/22/2015 10:05 EST"
        XCTAssertEqual(LanguageDetector.language(of: times, declared: "en-US", markers: markers), "en")
        let german = "Der Patient berichtet seit gestern über Schmerzen im Rücken und eine Taubheit am Gesäss."
        XCTAssertEqual(LanguageDetector.language(of: german, declared: "en-US", markers: markers), "de")
        XCTAssertEqual(LanguageDetector.language(of: german, declared: nil, markers: markers), "de")
    }

    /// "dont" is French "of which", not English "don't": no restriction.
    func testFrenchDontIsNoRestriction() throws {
        let referral = try CDASnippet.read(
            document(language: "fr-FR", sections: [section("Trois épisodes de lumbago dont un avec arrêt de travail.")])
        )
        XCTAssertEqual(referral.restrictions, [])
    }
}
