import Foundation
import LiaisonEngine
import LiaisonExport
import LiaisonImport
import LiaisonModel
import LiaisonTestSupport
import XCTest

/// Every sample referral in Samples/ x format x letter kind against Golden/samples/ (re-record
/// with LIAISON_RECORD=1), through the real importer and planner, on a fixed date.
final class SampleLetterTests: XCTestCase {
    static let date = CalendarDate(year: 2026, month: 11, day: 24)

    /// The sample referrals in both formats, in name order.
    static func sampleReferrals() throws -> [URL] {
        try TestPaths.samples(endingIn: ".cda.xml", ".referral.xml")
    }

    func testEverySampleFormatAndKindMatchesGoldenFiles() throws {
        let samples = try Self.sampleReferrals()
        XCTAssertFalse(samples.isEmpty, "no Samples/*.cda.xml or *.referral.xml")
        let planner = Planner(knowledgeBase: TestKnowledge.base)
        let templates = Fixtures.templates
        let golden = LetterGoldenTests.golden.appendingPathComponent("samples")
        for url in samples {
            let referral = try ReferralImporter.read(
                contentsOf: url, options: TestKnowledge.options(referenceDate: Self.date))
            var relative = referral
            relative.source.path = "Samples/\(url.lastPathComponent)"  // the same on every machine
            let plan = planner.plan(for: referral, on: Self.date)
            let base = String(url.lastPathComponent.dropLast(".xml".count))  // disc.cda, disc.referral
            for kind in [LetterKind.initial, .progress, .discharge] {
                let input = try LetterGoldenTests.input((relative, plan), kind: kind)
                for format in OutputFormat.allCases where format != .json || kind == .initial {
                    let data = try Exporter.render(input, as: format, with: templates)
                    let name =
                        format == .json ? "\(base).json" : "\(base).\(kind.rawValue).\(format == .html ? "html" : "md")"
                    let file = golden.appendingPathComponent(name)
                    let text = String(decoding: data, as: UTF8.self)
                    if let diff = Golden.check(text, against: file) { XCTFail(diff) }
                    if format == .html, let errors = try HTMLChecks.xmllintErrors(text) {
                        XCTAssertEqual(errors, "", "\(name): xmllint --html reports errors")
                    }
                }
            }
        }
    }
}
