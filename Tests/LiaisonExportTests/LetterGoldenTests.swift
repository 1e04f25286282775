import Foundation
import LiaisonExport
import LiaisonModel
import LiaisonTestSupport
import XCTest

/// Every fixture referral x format x letter kind against files in Golden/ (re-record with
/// LIAISON_RECORD=1). The fixtures stand in for the importer and planner.
final class LetterGoldenTests: XCTestCase {
    static let golden = TestPaths.packageRoot.appendingPathComponent("Tests/LiaisonExportTests/Golden")

    static func input(_ fixture: (Referral, Plan), kind: LetterKind) throws -> LetterInput {
        try Fixtures.input(fixture, kind: kind)
    }

    static func check(_ data: Data, _ name: String) {
        if let diff = Golden.check(String(decoding: data, as: UTF8.self), against: golden.appendingPathComponent(name))
        {
            XCTFail(diff)
        }
    }

    func testDiscLettersMatchGoldenFiles() throws {
        let templates = Fixtures.templates
        for format in [OutputFormat.html, .markdown] {
            for kind in [LetterKind.initial, .progress, .discharge] {
                let input = try Self.input(Fixtures.disc, kind: kind)
                let data = try Exporter.render(input, as: format, with: templates)
                Self.check(data, "disc.\(kind.rawValue).\(format == .html ? "html" : "md")")
            }
        }
        Self.check(try Fixtures.render(try Self.input(Fixtures.disc, kind: .initial), as: .json), "disc.json")
    }

    /// A plan waiting for the provider: no phases, a conflict, no restrictions, no named provider.
    func testNeedsReviewLetterMatchesGoldenFiles() throws {
        let input = try Self.input(Fixtures.needsReview, kind: .initial)
        Self.check(try Fixtures.render(input, as: .html), "needs-review.initial.html")
        Self.check(try Fixtures.render(input, as: .markdown), "needs-review.initial.md")
    }

    /// A refer-back plan yields the same alert letter whatever kind was asked for.
    func testReferBackAlwaysRendersTheAlertLetter() throws {
        let templates = Fixtures.templates
        for format in [OutputFormat.html, .markdown] {
            var outputs: Set<Data> = []
            for kind in [LetterKind.initial, .progress, .discharge] {
                let input = try Self.input(Fixtures.caudaEquina, kind: kind)
                XCTAssertEqual(input.effectiveKind, .alert)
                outputs.insert(try Exporter.render(input, as: format, with: templates))
            }
            XCTAssertEqual(outputs.count, 1, "the alert letter must not depend on the kind asked for")
            Self.check(outputs.first!, "cauda-equina.alert.\(format == .html ? "html" : "md")")
        }
        Self.check(
            try Fixtures.render(try Self.input(Fixtures.caudaEquina, kind: .initial), as: .json), "cauda-equina.json")
    }
}
