import LiaisonModel
import LiaisonTestSupport
import XCTest

@testable import LiaisonImport

/// The phrase table (``phraseTable``) read row by row, plus provenance and text checks.
final class PhraseReaderTests: XCTestCase {
    static let documentDate = CalendarDate(year: 2026, month: 11, day: 2)
    static let surgeryDate = CalendarDate(year: 2026, month: 9, day: 28)

    static func describe(_ findings: NarrativeFindings) -> [String] {
        let restrictions = findings.restrictions.map { r -> String in
            var text: String
            switch r.kind {
            case .maxLift(let value, let unit):
                let figure = value == value.rounded() ? String(Int(value)) : String(value)
                text = "max-lift \(figure) \(unit.rawValue)"
            case .avoidMovement(let movement): text = "avoid-movement \(movement.rawValue)"
            case .maxHeartRate(let bpm): text = "max-heart-rate \(bpm)"
            case .avoidPosition(let position): text = "avoid-position \(position.rawValue)"
            case .weightBearing(let status): text = "weight-bearing \(status.rawValue)"
            case .noImpact, .other: text = r.kind.name
            }
            if let until = r.until { text += " until \(until)" }
            return text
        }
        return restrictions + findings.redFlags.map { "flag \($0.kind.rawValue)" }
            + findings.reviewItems.map { "review \($0.flag?.rawValue ?? $0.kind.rawValue)" }
    }

    func testTableHasAtLeastSixtyRows() {
        XCTAssertGreaterThanOrEqual(phraseTable.count, 60)
    }

    func testEveryRowYieldsExactlyItsFindings() {
        for row in phraseTable {
            let context = NarrativeContext(
                section: "18776-5", line: 7, referenceDate: Self.documentDate,
                surgeryDate: row.surgery ? Self.surgeryDate : nil, vocabulary: TestKnowledge.vocabulary)
            let got = Self.describe(NarrativeReader.read(row.text, context: context))
            XCTAssertEqual(got.sorted(), row.expected.sorted(), "for \"\(row.text)\"")
        }
    }

    /// A section whose restrictions are not taken (history, review of systems) still gives every
    /// red flag and question the full read gives, in English, German and French.
    func testReadingWithoutRestrictionsKeepsEveryRedFlagAndQuestion() {
        let texts = [
            ("en", "No lifting over 5 kg for 6 weeks. Hold exercise until reviewed. New saddle numbness since Monday."),
            ("de", "Keine Lasten über 5 kg. Training pausieren bis zur Kontrolle. Seit gestern Reithosenanästhesie."),
            ("fr", "Pas de port de charge de plus de 5 kg. Anesthésie en selle depuis hier, IRM en attente."),
        ]
        for (language, text) in texts {
            let context = NarrativeContext(
                section: "history", line: 7, language: language, vocabulary: TestKnowledge.vocabulary)
            let full = NarrativeReader.read(text, context: context)
            let flagsOnly = NarrativeReader.read(text, context: context, restrictions: false)
            XCTAssertFalse(full.restrictions.isEmpty, language)
            XCTAssertFalse(full.redFlags.isEmpty && full.reviewItems.isEmpty, language)
            XCTAssertEqual(flagsOnly.restrictions, [], language)
            XCTAssertEqual(flagsOnly.redFlags, full.redFlags, language)
            XCTAssertEqual(flagsOnly.reviewItems, full.reviewItems, language)
        }
    }

    func testFindingsCarryTheClauseAndTheSource() {
        let context = NarrativeContext(section: "restrictions", line: 42, vocabulary: TestKnowledge.vocabulary)
        let findings = NarrativeReader.read(
            "Sent for urgent MRI; do not start exercise until cleared. Saddle numbness since Monday.",
            context: context)
        // An order to hold exercise is a question for the provider, not a restriction.
        XCTAssertEqual(findings.restrictions, [])
        XCTAssertEqual(findings.reviewItems.map(\.kind), [.holdExercise])
        XCTAssertEqual(findings.reviewItems.map(\.text), ["do not start exercise until cleared."])
        XCTAssertEqual(findings.redFlags.map(\.text), ["Saddle numbness since Monday."])
        for source in findings.reviewItems.map(\.source) + findings.redFlags.map(\.source) {
            XCTAssertEqual(source, Provenance(section: "restrictions", line: 42))
        }
    }

    /// Dates are day first where the document's realm writes them so, month first in the US.
    func testSlashDatesFollowTheRealm() {
        func until(_ dayFirst: Bool) -> CalendarDate? {
            let context = NarrativeContext(
                section: "x", line: 1, referenceDate: Self.documentDate, vocabulary: TestKnowledge.vocabulary,
                dayFirstDates: dayFirst)
            return NarrativeReader.read("No running until 03/01/2027.", context: context).restrictions.first?.until
        }
        XCTAssertEqual(until(false), CalendarDate(year: 2027, month: 3, day: 1))
        XCTAssertEqual(until(true), CalendarDate(year: 2027, month: 1, day: 3))
        let dotted = NarrativeReader.read(
            "No running until 03.01.2027.", context: .init(section: "x", line: 1, vocabulary: TestKnowledge.vocabulary))
        XCTAssertEqual(dotted.restrictions.first?.until, CalendarDate(year: 2027, month: 1, day: 3))
    }

    func testDurationWithoutReferenceDateLeavesUntilEmpty() {
        let findings = NarrativeReader.read(
            "Avoid bending for 6 weeks.", context: .init(section: "x", line: nil, vocabulary: TestKnowledge.vocabulary))
        XCTAssertEqual(findings.restrictions.count, 1)
        XCTAssertNil(findings.restrictions.first?.until)
    }

    func testLooksLikeInstruction() {
        XCTAssertTrue(NarrativeReader.looksLikeInstruction("Avoid prolonged sitting."))
        XCTAssertTrue(NarrativeReader.looksLikeInstruction("Lumbar pain. WBAT."))
        XCTAssertTrue(NarrativeReader.looksLikeInstruction("Extension exercises should be avoided."))
        XCTAssertFalse(NarrativeReader.looksLikeInstruction("Denies fever. Pain began after lifting a box."))
        XCTAssertFalse(NarrativeReader.looksLikeInstruction("No pain with bending today."))
        XCTAssertFalse(NarrativeReader.looksLikeInstruction(""))
    }
}

/// The reader takes any text without crashing: every prefix of tricky wordings, and random
/// strings over the characters the tokenizer treats specially.
final class PhraseReaderRobustnessTests: XCTestCase {
    func testEveryPrefixOfTheTableReads() {
        let context = NarrativeContext(
            section: "s", line: 1, referenceDate: .init(year: 2026, month: 1, day: 31),
            vocabulary: TestKnowledge.vocabulary)
        for row in phraseTable {
            var prefix = ""
            for character in row.text {
                prefix.append(character)
                _ = NarrativeReader.read(prefix, context: context)
            }
        }
    }

    func testRandomTextReads() {
        let alphabet = Array("ab no lift 15 lb, 1,000 6-8 x.;:/#<>–’'\"\n•É é 2026-12-01 12/01/2026 h/o s/p ")
        var generator = SystemRandomNumberGenerator()
        let context = NarrativeContext(
            section: "s", line: nil, referenceDate: .init(year: 2026, month: 2, day: 28),
            vocabulary: TestKnowledge.vocabulary)
        for _ in 0..<2_000 {
            let length = Int.random(in: 0...40, using: &generator)
            let text = String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
            let findings = NarrativeReader.read(text, context: context)
            for restriction in findings.restrictions { XCTAssertFalse(restriction.text.isEmpty, text) }
        }
    }
}
