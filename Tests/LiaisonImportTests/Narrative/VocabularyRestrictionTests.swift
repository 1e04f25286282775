import LiaisonModel
import LiaisonTestSupport
import XCTest

@testable import LiaisonImport

/// German and French restrictions read by the restriction vocabulary, row by row: the kind, the
/// figure and the last day (the document is dated 2026-11-02; rows marked `surgery` also know a
/// surgery on 2026-09-28). Findings are written as in ``phraseTable``.
final class VocabularyRestrictionTests: XCTestCase {
    struct Row {
        let language: String
        let text: String
        let surgery: Bool
        let expected: [String]

        init(_ language: String, _ text: String, surgery: Bool = false, _ expected: [String]) {
            self.language = language
            self.text = text
            self.surgery = surgery
            self.expected = expected
        }
    }

    static let rows: [Row] = [
        // Figures: units, number words, ranges (the stricter end), limits before and after.
        Row("de", "Keine Lasten über 5 kg für 6 Wochen.", ["max-lift 5 kg until 2026-12-14"]),
        Row("de", "Nicht mehr als fünf Kilo tragen.", ["max-lift 5 kg"]),
        Row("de", "Heben max. 5-10 kg.", ["max-lift 5 kg"]),
        Row("de", "Lasten bis 2,5 kg erlaubt.", ["max-lift 2.5 kg"]),
        Row("fr", "Charge maximale 5 à 10 kg.", ["max-lift 5 kg"]),
        Row("fr", "Plier les genoux pour soulever ; 10 kg maximum.", ["max-lift 10 kg"]),
        Row(
            "fr", "Limite de 5 kg jusqu'à 6 semaines postopératoires, puis 10 kg.", surgery: true,
            ["max-lift 5 kg until 2026-11-09"]),
        // Parts between commas: each with its own cue, or the rest of a list.
        Row("de", "Keine Gewichte über Kopf, Rumpfrotation erlaubt.", ["avoid-movement overhead"]),
        Row(
            "de", "Bücken, Drehen und Heben vermeiden.",
            ["avoid-movement flexion", "avoid-movement rotation", "max-lift 0 kg"]),
        Row("de", "Heben bis 12 kg, bodennahes Heben vermeiden.", ["max-lift 12 kg", "avoid-movement flexion"]),
        Row("de", "Keine Kniebeugen mit Langhantel.", ["avoid-movement axial-load"]),
        // Positions, not an exercise's start.
        Row("de", "Hohlkreuz vermeiden, keine Brücke aus Bauchlage.", ["avoid-movement extension"]),
        Row("fr", "Éviter le décubitus dorsal après 20 SA.", ["avoid-position supine"]),
        // Heart rate, weight bearing, impact, unclassified.
        Row("de", "Puls unter 110 halten.", ["max-heart-rate 110"]),
        Row("fr", "Garder une FC < 110 bpm.", ["max-heart-rate 110"]),
        Row("de", "Der Puls war 80.", []),
        Row("de", "Teilbelastung 15 kg für 6 Wochen.", ["weight-bearing PWB until 2026-12-14"]),
        Row("fr", "Appui partiel de 15 kg.", ["weight-bearing PWB"]),
        Row("fr", "Pas de sauts ni de trampoline pendant 3 mois.", ["no-impact until 2027-02-02"]),
        Row("de", "Kein Kontaktsport.", ["other"]),
        Row("fr", "Séances de 45 minutes maximum.", ["other"]),
        // Durations: fractions and day-first dates, the next such day without a year.
        Row("de", "Keine Rotation für 6/52.", ["avoid-movement rotation until 2026-12-14"]),
        Row("de", "Kein Bücken bis 30.04.2027.", ["avoid-movement flexion until 2027-04-30"]),
        Row("fr", "Pas de flexion jusqu'au 15 mars.", ["avoid-movement flexion until 2027-03-15"]),
        Row("fr", "Pas de flexion jusqu'au 30/11/2026.", ["avoid-movement flexion until 2026-11-30"]),
        Row("de", "Kein Joggen bis zur Nachkontrolle.", ["no-impact"]),
        Row("de", "Kein Joggen. Diese Einschränkungen gelten für 6 Wochen.", ["no-impact until 2026-12-14"]),
        // Nothing: cancelled or permitted orders, driving, work, sick leave, purposes, "dont".
        Row("de", "Einschränkungen aufgehoben, Training ohne Limite möglich.", []),
        Row("de", "Die Hebelimite von 10 kg entfällt ab sofort.", []),
        Row("fr", "Les restrictions antérieures ne s'appliquent plus.", []),
        Row("fr", "Aucune restriction d'activité.", []),
        Row("de", "Autofahren für 6 Wochen nicht erlaubt.", []),
        Row("de", "Voll arbeitsunfähig bis 30.04.", []),
        Row("fr", "Conduite formellement contre-indiquée pendant 6 semaines.", []),
        Row("fr", "3 épisodes de lumbago dont 1 ayant nécessité un arrêt de travail.", []),
        Row("fr", "Boire 1,5 litre d'eau par jour pour éviter la déshydratation.", []),
        Row("de", "Pat. hat 10 kg abgenommen.", []),
        Row("de", "Kein Fieber, keine Schmerzen beim Heben.", []),
    ]

    func testEveryRowYieldsExactlyItsRestrictions() {
        for row in Self.rows {
            let context = NarrativeContext(
                section: "plan", line: 1, language: row.language, referenceDate: PhraseReaderTests.documentDate,
                surgeryDate: row.surgery ? PhraseReaderTests.surgeryDate : nil, vocabulary: TestKnowledge.vocabulary)
            let findings = NarrativeReader.read(row.text, context: context)
            let got = PhraseReaderTests.describe(NarrativeFindings(restrictions: findings.restrictions))
            XCTAssertEqual(got.sorted(), row.expected.sorted(), "for \"\(row.text)\" (\(row.language))")
        }
    }

    /// A language read for red flags but without restriction words reads no restrictions, and
    /// English keeps its own rules.
    func testOnlyLanguagesWithRestrictionWordsReadRestrictions() throws {
        let reader = try XCTUnwrap(TestKnowledge.vocabulary.readers["de"])
        XCTAssertNotNil(reader.restrictions)
        XCTAssertTrue(
            NarrativeReader.restrictions(for: try XCTUnwrap(TestKnowledge.vocabulary.readers["en"]))
                is EnglishRestrictions)
        let bare = LanguageReader(LanguageRules(language: "xx"))
        XCTAssertNil(NarrativeReader.restrictions(for: bare))
    }
}
