import Foundation
import LiaisonImport
import LiaisonModel
import LiaisonTestSupport
import XCTest

/// Inputs the fuzzer (scripts/fuzz.sh) once crashed on, kept so the bug stays fixed: each must
/// import or fail with a typed error. Add a new finding as a file in `Inputs/`.
final class FuzzRegressionTests: XCTestCase {
    func testEveryKnownCrashInputImportsOrFailsCleanly() throws {
        let folder = TestPaths.packageRoot.appendingPathComponent("Tests/LiaisonImportTests/FuzzRegressions/Inputs")
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
        XCTAssertFalse(files.isEmpty)
        for file in files {
            do {
                _ = try ReferralImporter.read(contentsOf: file, options: TestKnowledge.options())
            } catch is LiaisonError {
                // a clean, typed failure is fine
            }
        }
    }

    func testNumbersTooLongToBeClinicalCarryNoFigure() {
        let context = NarrativeContext(
            section: "18776-5", line: 1, referenceDate: CalendarDate("2026-11-02"), vocabulary: TestKnowledge.vocabulary
        )
        let findings = NarrativeReader.read(
            "Avoid bending for 99999999999999999999999 weeks. Keep heart rate under 1e999 bpm.", context: context)
        XCTAssertEqual(findings.restrictions.map(\.kind), [.avoidMovement(.flexion)])
        XCTAssertNil(findings.restrictions.first?.until, "no date from a 23-digit number")
    }

    func testAPlainReferralFigureOutOfRangeIsALocatedError() throws {
        let sample = try String(
            contentsOf: TestPaths.samples.appendingPathComponent("post-fusion.referral.xml"), encoding: .utf8)
        guard let range = sample.range(of: #"value="10""#) else { throw XCTSkip("sample has no value=\"10\"") }
        let broken = sample.replacingCharacters(in: range, with: #"value="1e300""#)
        XCTAssertThrowsError(
            try ReferralImporter.read(data: Data(broken.utf8), path: "broken.xml", options: TestKnowledge.options())
        ) { error in
            let failure = error as? LiaisonError
            XCTAssertTrue(failure?.description.hasPrefix("broken.xml:") ?? false, "\(error)")
            XCTAssertTrue(failure?.message.contains("out of range") ?? false, "\(error)")
        }
    }
}
