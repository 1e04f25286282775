import Foundation
import LiaisonTestSupport
import XCTest

@testable import LiaisonImport

/// The red-flag sentence tables, written from public wording by sessions that saw neither the
/// rules nor the vocabulary (Sentences/README.md). The dev rows were used to tune the rules;
/// the held-out fifth was run once the rules were done. The report (recall and precision per
/// concept, per assertion and per restriction kind, and the plan each row must yield) is a golden
/// file: re-record with LIAISON_RECORD=1 and read the diff.
final class SentenceTableTests: XCTestCase {
    func testEnglishTable() throws { try check("en") }
    func testGermanTable() throws { try check("de") }
    func testFrenchTable() throws { try check("fr") }

    /// A second English table, written by another session after the rules and the first table's
    /// held-out fifth had been used (Sentences2/README.md): every row held out, read once.
    func testFreshEnglishTable() throws { try checkUnseen("Sentences2/redflags2.en.tsv", golden: "sentences2-en.txt") }

    /// A third table, written by yet another session after the second had been used
    /// (Sentences3/README.md).
    func testThirdEnglishTable() throws { try checkUnseen("Sentences3/redflags3.en.tsv", golden: "sentences3-en.txt") }

    /// A fourth table, written after the third had been used (Sentences4/README.md).
    func testFourthEnglishTable() throws { try checkUnseen("Sentences4/redflags4.en.tsv", golden: "sentences4-en.txt") }

    /// A fifth table, written after the fourth had been used (Sentences5/README.md).
    func testFifthEnglishTable() throws { try checkUnseen("Sentences5/redflags5.en.tsv", golden: "sentences5-en.txt") }

    /// A sixth table, written after the fifth had been used (Sentences6/README.md).
    func testSixthEnglishTable() throws { try checkUnseen("Sentences6/redflags6.en.tsv", golden: "sentences6-en.txt") }

    /// A seventh table, written after the sixth had been used (Sentences7/README.md).
    func testSeventhEnglishTable() throws {
        try checkUnseen("Sentences7/redflags7.en.tsv", golden: "sentences7-en.txt")
    }

    /// An eighth table, written after the seventh had been used (Sentences8/README.md).
    func testEighthEnglishTable() throws {
        try checkUnseen("Sentences8/redflags8.en.tsv", golden: "sentences8-en.txt")
    }

    /// A ninth table, written after the eighth had been used (Sentences9/README.md).
    func testNinthEnglishTable() throws {
        try checkUnseen("Sentences9/redflags9.en.tsv", golden: "sentences9-en.txt")
    }

    /// A tenth table, written after the ninth had been used (Sentences10/README.md).
    func testTenthEnglishTable() throws {
        try checkUnseen("Sentences10/redflags10.en.tsv", golden: "sentences10-en.txt")
    }

    /// An eleventh table, a third of it text as EHR systems emit it (forms, coded problem lines,
    /// medication lines, report fragments), written after the tenth had been used
    /// (Sentences11/README.md).
    func testEleventhEnglishTable() throws {
        try checkUnseen("Sentences11/redflags11.en.tsv", golden: "sentences11-en.txt")
    }

    /// A twelfth table, half of it EHR-emitted text and with restrictions again, written after
    /// the eleventh had been used (Sentences12/README.md; its restriction names mapped by
    /// normalise.py).
    func testTwelfthEnglishTable() throws {
        try checkUnseen("Sentences12/redflags12.en.tsv", golden: "sentences12-en.txt")
    }

    /// A thirteenth table, written blind after the twelfth had been used: physiotherapy SOAP
    /// notes, telephone triage, surgeons' letters, forms and dictation with its errors
    /// (Sentences13/README.md; the loader's labels given to the helper).
    func testThirteenthEnglishTable() throws {
        try checkUnseen("Sentences13/redflags13.en.tsv", golden: "sentences13-en.txt")
    }

    /// A fourteenth table, written blind after the thirteenth had been used: specialist letters,
    /// emergency notes, discharge summaries, insurance reports, second-language English, forms
    /// and portal messages (Sentences14/README.md; the loader's labels given to the helper).
    func testFourteenthEnglishTable() throws {
        try checkUnseen("Sentences14/redflags14.en.tsv", golden: "sentences14-en.txt")
    }

    /// A second German table and a second French one, written after the first ones had been used
    /// (SentencesDEFR2/README.md).
    func testSecondGermanTable() throws {
        try checkUnseen("SentencesDEFR2/redflags2.de.tsv", golden: "sentences2-de.txt", language: "de")
    }

    func testSecondFrenchTable() throws {
        try checkUnseen("SentencesDEFR2/redflags2.fr.tsv", golden: "sentences2-fr.txt", language: "fr")
    }

    /// A third German table and a third French one, written after the second ones had been used
    /// (SentencesDEFR3/README.de.md, README.fr.md).
    func testThirdGermanTable() throws {
        try checkUnseen("SentencesDEFR3/redflags3.de.tsv", golden: "sentences3-de.txt", language: "de")
    }

    func testThirdFrenchTable() throws {
        try checkUnseen("SentencesDEFR3/redflags3.fr.tsv", golden: "sentences3-fr.txt", language: "fr")
    }

    /// A fourth German table and a fourth French one, written after the third ones had been used
    /// (SentencesDEFR4/README.de.md, README.fr.md; labels mapped by its normalise.py).
    func testFourthGermanTable() throws {
        try checkUnseen("SentencesDEFR4/redflags4.de.tsv", golden: "sentences4-de.txt", language: "de")
    }

    func testFourthFrenchTable() throws {
        try checkUnseen("SentencesDEFR4/redflags4.fr.tsv", golden: "sentences4-fr.txt", language: "fr")
    }

    /// A fifth German table and a fifth French one, written blind after the fourth ones had been
    /// used, with the loader's labels given to the helpers (SentencesDEFR5/README.de.md,
    /// README.fr.md).
    func testFifthGermanTable() throws {
        try checkUnseen("SentencesDEFR5/redflags5.de.tsv", golden: "sentences5-de.txt", language: "de")
    }

    func testFifthFrenchTable() throws {
        try checkUnseen("SentencesDEFR5/redflags5.fr.tsv", golden: "sentences5-fr.txt", language: "fr")
    }

    /// A sixth German table and a sixth French one, written blind after the fifth ones had been
    /// used: physiotherapy findings, telephone triage, forms and dictation, with Austrian, Swiss,
    /// Belgian and Quebec usage (SentencesDEFR6/README.de.md, README.fr.md).
    func testSixthGermanTable() throws {
        try checkUnseen("SentencesDEFR6/redflags6.de.tsv", golden: "sentences6-de.txt", language: "de")
    }

    func testSixthFrenchTable() throws {
        try checkUnseen("SentencesDEFR6/redflags6.fr.tsv", golden: "sentences6-fr.txt", language: "fr")
    }

    /// A seventh German table and a seventh French one, written blind after the sixth ones had
    /// been used: specialists' letters, emergency and discharge reports, insurance reports,
    /// home-care notes and patients' messages (SentencesDEFR7/README.de.md, README.fr.md).
    func testSeventhGermanTable() throws {
        try checkUnseen("SentencesDEFR7/redflags7.de.tsv", golden: "sentences7-de.txt", language: "de")
    }

    func testSeventhFrenchTable() throws {
        try checkUnseen("SentencesDEFR7/redflags7.fr.tsv", golden: "sentences7-fr.txt", language: "fr")
    }

    private func checkUnseen(_ file: String, golden name: String, language: String = "en") throws {
        let rows = try SentenceRow.load(language, file: "Tests/LiaisonImportTests/Narrative/\(file)")
        let score = SentenceEvaluation.score(rows, language: language)
        let report = "# \(file) (all rows held out)\n\n" + score.report(title: "held-out", withFailures: true)
        let golden = TestPaths.packageRoot.appendingPathComponent("Tests/LiaisonImportTests/Golden/\(name)")
        if let diff = Golden.check(report, against: golden) { XCTFail(diff) }
        if let out = ProcessInfo.processInfo.environment["LIAISON_PREDICTIONS_OUT"] {
            try (score.predictions.joined(separator: "\n") + "\n").write(
                toFile: "\(out).\(name).tsv", atomically: true, encoding: .utf8)
        }
    }

    private func check(_ language: String) throws {
        let rows = try SentenceRow.load(language)
        let dev = SentenceEvaluation.score(rows.filter { !$0.heldOut }, language: language)
        let heldOut = SentenceEvaluation.score(rows.filter(\.heldOut), language: language)
        let report =
            "# Sentence table \(language)\n\n" + dev.report(title: "dev", withFailures: true) + "\n"
            + heldOut.report(title: "held-out", withFailures: false)
        let golden = TestPaths.packageRoot.appendingPathComponent(
            "Tests/LiaisonImportTests/Golden/sentences-\(language).txt")
        if let diff = Golden.check(report, against: golden) { XCTFail(diff) }
        // scripts/peer-context.sh compares these predictions with medspaCy's on the same rows.
        if let out = ProcessInfo.processInfo.environment["LIAISON_PREDICTIONS_OUT"] {
            let lines = (dev.predictions + heldOut.predictions).joined(separator: "\n") + "\n"
            try lines.write(toFile: "\(out).\(language).tsv", atomically: true, encoding: .utf8)
        }
    }
}

/// `LIAISON_EXPLAIN="some text" swift test --filter ExplainSentence` prints how the reader
/// read a sentence (set LIAISON_SECTION to a table section name, LIAISON_LANGUAGE to a language).
final class ExplainSentence: XCTestCase {
    func testExplain() throws {
        let environment = ProcessInfo.processInfo.environment
        guard let text = environment["LIAISON_EXPLAIN"] else { throw XCTSkip("set LIAISON_EXPLAIN to a sentence") }
        let kind = SentenceRow.kinds[environment["LIAISON_SECTION"] ?? "narrative"] ?? .other
        let context = NarrativeContext(
            section: "explain", line: 1, kind: kind, language: environment["LIAISON_LANGUAGE"] ?? "en",
            referenceDate: SentenceEvaluation.documentDate, vocabulary: TestKnowledge.vocabulary)
        print(NarrativeReader.explain(text, context: context))
    }
}

/// `LIAISON_PROBE=file swift test --filter ProbeSentences` prints the plan each line of a file
/// of sentences would yield (a reviewer's quick check; not a measurement).
final class ProbeSentences: XCTestCase {
    func testProbe() throws {
        guard let file = ProcessInfo.processInfo.environment["LIAISON_PROBE"] else {
            throw XCTSkip("set LIAISON_PROBE to a file of sentences, one per line")
        }
        for line in try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n") {
            let context = NarrativeContext(
                section: "probe", line: 1, kind: .assessment, referenceDate: SentenceEvaluation.documentDate,
                vocabulary: TestKnowledge.vocabulary)
            print("PROBE \(SentenceEvaluation.plan(NarrativeReader.read(String(line), context: context)))\t\(line)")
        }
    }
}

/// A reviewer's probe sentences (Sentences/review-probes.en.txt): every one is a red flag, and
/// none may leave a plan ready.
final class ReviewProbeTests: XCTestCase {
    func testNoProbeIsReady() throws {
        let file = TestPaths.packageRoot.appendingPathComponent(
            "Tests/LiaisonImportTests/Narrative/Sentences/review-probes.en.txt")
        let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map(String.init)
        XCTAssertGreaterThanOrEqual(lines.count, 100)
        for line in lines {
            let context = NarrativeContext(
                section: "probe", line: 1, kind: .assessment, referenceDate: SentenceEvaluation.documentDate,
                vocabulary: TestKnowledge.vocabulary)
            XCTAssertNotEqual(SentenceEvaluation.plan(NarrativeReader.read(line, context: context)), "ready", line)
        }
    }
}
