import Foundation
import LiaisonEngine
import LiaisonExport
import LiaisonImport
import LiaisonModel
import LiaisonRecords
import LiaisonTestSupport
import XCTest

/// What a physician reading the letter checks: who it greets, what it rules out by name, one
/// voice, references they can look up, and nothing that points at questions that are not there.
final class LetterVoiceTests: XCTestCase {
    /// The sample's plan through the real importer and planner, as a letter in `format`.
    func letter(
        _ sample: String, kind: LetterKind = .initial, format: OutputFormat = .markdown,
        change: (inout LetterInput) throws -> Void = { _ in }
    ) throws -> String {
        let url = TestPaths.samples.appendingPathComponent(sample)
        let referral = try ReferralImporter.read(
            contentsOf: url, options: TestKnowledge.options(referenceDate: SampleLetterTests.date))
        let plan = Planner(knowledgeBase: TestKnowledge.base).plan(for: referral, on: SampleLetterTests.date)
        var input = try Fixtures.input((referral, plan), kind: kind)
        try change(&input)
        return String(decoding: try Exporter.render(input, as: format, with: Fixtures.templates), as: UTF8.self)
    }

    /// The lines of the section headed `## title`.
    func section(_ title: String, of letter: String) -> String {
        guard let start = letter.range(of: "## \(title)\n") else { return "" }
        let rest = letter[start.upperBound...]
        return String(rest[..<(rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex)])
    }

    func testTheDiscHerniationLetterNamesCrunchesAndSitUpsAmongWhatIsAvoided() throws {
        let avoided = section("What I will avoid, and why", of: try letter("disc-herniation.cda.xml"))
        let flexion = try XCTUnwrap(avoided.split(separator: "\n").first { $0.contains("lumbar flexion") })
        for name in ["Crunch", "Sit-up", "Russian twist"] {
            XCTAssertTrue(flexion.contains(name), "\(name) missing from: \(flexion)")
        }
        XCTAssertTrue(flexion.contains("contraindicated in acute herniation"), "the reason is missing: \(flexion)")
    }

    func testSourcesAreNumberedAndListedAndProvenanceIsASectionName() throws {
        for sample in ["disc-herniation.cda.xml", "post-fusion.referral.xml", "pregnancy-lbp.cda.xml"] {
            let text = try letter(sample)
            XCTAssertNil(text.range(of: #"\\?\[(G|INF|R|C|O|L|W)[0-9b]*[\],\\]"#, options: .regularExpression), sample)
            XCTAssertNil(text.range(of: #", line [0-9]+"#, options: .regularExpression), sample)
            let references = section("References", of: text)
            XCTAssertTrue(references.contains("1. "), "\(sample): no reference list")
            let cited = Set(
                text.matches(of: /\[([0-9]+(?:, [0-9]+)*)\]/).flatMap { match in
                    match.output.1.split(separator: ",").compactMap { Int($0.filter(\.isNumber)) }
                })
            let listed = Set(
                references.split(separator: "\n").compactMap { line in
                    line.firstIndex(of: ".").flatMap { Int(line[..<$0]) }
                })
            XCTAssertEqual(cited, listed, "\(sample): every cited number is listed, and only those")
        }
    }

    func testTheSalutationIsTitleAndFamilyName() throws {
        let cases: [(String?, String)] = [
            ("Helen Marsh MD", "Dear Dr. Marsh,"), ("Dr. Helen Marsh, MD", "Dear Dr. Marsh,"),
            ("Helen Marsh, DO", "Dear Dr. Marsh,"), ("Helen Marsh, PT, DPT", "Dear Helen Marsh,"),
            ("Helen Marsh", "Dear Helen Marsh,"), ("Prof. Dr. Anna Weber", "Dear Prof. Dr. Weber,"),
            ("Jan van der Berg M.D.", "Dear Dr. van der Berg,"), (nil, "Dear colleague,"),
        ]
        for (name, expected) in cases {
            let text = try letter("disc-herniation.cda.xml") { $0.referral.referringProvider?.name = name }
            XCTAssertTrue(text.contains("\n\(expected)\n"), "\(name ?? "nil"): \(section("", of: text))")
        }
    }

    func testTheVoiceFollowsThePracticeProfile() throws {
        let we = try letter("disc-herniation.cda.xml", format: .html) { $0.practice?.voice = .plural }
        XCTAssertTrue(we.contains("What we understood from your referral"))
        XCTAssertTrue(we.contains("see our questions"))
        for singular in [" I ", "What I ", " my ", ">I "] { XCTAssertFalse(we.contains(singular), singular) }
        let i = try letter("disc-herniation.cda.xml", format: .html)
        for plural in [" we ", "What we ", " our ", ">We "] { XCTAssertFalse(i.contains(plural), plural) }
    }

    /// A progress letter asks only what the record asks; an instruction the plan could not
    /// classify then says what is done, not "see my questions".
    func testNoPointerToQuestionsThatAreNotAsked() throws {
        let text = try letter("disc-herniation.cda.xml", kind: .progress) { input in
            input.progress?.questions = []
        }
        XCTAssertFalse(text.contains("## Questions for you"))
        XCTAssertFalse(text.localizedCaseInsensitiveContains("see my questions"), text)
        XCTAssertTrue(text.contains("Followed as written; please tell me if it asks more of the program."))
    }

    func testTheAlertLetterAsksOnceWithoutRepeatingTheTable() throws {
        for format in [OutputFormat.markdown, .html] {
            let text = try letter("cauda-equina-red-flag.cda.xml", format: format)
            for doubled in ["..", ".;", "\".", ".\"."] {
                XCTAssertFalse(text.contains(doubled), "\(format): \(doubled)")
            }
            XCTAssertTrue(text.contains("What I ask of you"))
            XCTAssertTrue(text.contains("Please assess the client today, as an emergency."))
            XCTAssertEqual(text.components(separatedBy: "saddle numbness").count - 1, 1, "\(format): quoted twice")
        }
    }
}
