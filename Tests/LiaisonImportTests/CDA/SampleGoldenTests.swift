import Foundation
import LiaisonImport
import LiaisonModel
import LiaisonTestSupport
import XCTest

/// Each C-CDA sample in `Samples/` beside its expected JSON dump (`Golden/samples/NAME.json`),
/// so a change in what the CDA reader or the phrase reader finds shows as a diff. Re-record with
/// `LIAISON_RECORD=1` and review the diff.
final class SampleGoldenTests: XCTestCase {
    func testEveryCDASampleMatchesItsGoldenDump() throws {
        let samples = try TestPaths.samples(endingIn: ".cda.xml")
        XCTAssertGreaterThanOrEqual(samples.count, 6, "the Samples folder holds the C-CDA referrals")
        for url in samples {
            let file = url.lastPathComponent
            var referral = try ReferralImporter.read(contentsOf: url, options: TestKnowledge.options())
            referral.source.path = "Samples/\(file)"  // the same on every machine
            XCTAssertTrue(referral.warnings.isEmpty, "\(file): \(referral.warnings)")
            XCTAssertFalse(referral.diagnoses.isEmpty, file)
            let json = String(decoding: try LiaisonJSON.encode(referral), as: UTF8.self)
            let golden = TestPaths.packageRoot.appendingPathComponent(
                "Tests/LiaisonImportTests/Golden/samples/\(file.replacingOccurrences(of: ".xml", with: ".json"))")
            if let diff = Golden.check(json, against: golden) { XCTFail(diff) }
        }
    }
}
