import Foundation
import LiaisonImport
import LiaisonModel
import LiaisonTestSupport
import XCTest

/// Walks every document of `../shared/corpus` (documents nobody on this project wrote).
final class CorpusTests: XCTestCase {
    private func outcomes() throws -> [CorpusWalk.Outcome] {
        let walk = try CorpusWalk.shared()
        for failure in walk.untyped { XCTFail("failed with an untyped error: \(failure)") }
        return walk.outcomes
    }

    /// No crash, every file imports or fails with a typed error, and the totals per folder match
    /// the golden file (re-record with LIAISON_RECORD=1 after an intended change).
    func testTotalsPerFolderMatchGolden() throws {
        let outcomes = try outcomes()
        let root = try XCTUnwrap(TestPaths.corpus)
        XCTAssertEqual(outcomes.count, CorpusWalk.files(under: root).count, "every .xml file of the corpus is walked")
        let golden = TestPaths.packageRoot.appendingPathComponent("Tests/LiaisonImportTests/Golden/corpus-totals.txt")
        if let diff = Golden.check(CorpusWalk.totals(outcomes), against: golden) { XCTFail(diff) }
    }

    /// The six known-malformed ONC certification files fail cleanly with a located error.
    func testKnownMalformedFilesFailCleanly() throws {
        let byPath = Dictionary(uniqueKeysWithValues: try outcomes().map { ($0.path, $0.result) })
        let expected: [(String, LiaisonError.Code)] = CorpusFacts.malformedONC
        for (path, code) in expected {
            guard let result = byPath[path] else {
                XCTFail("\(path) is missing from the corpus")
                continue
            }
            switch result {
            case .success: XCTFail("\(path) imported but is malformed")
            case .failure(let error):
                XCTAssertEqual(error.code, code, path)
                XCTAssertEqual(error.location?.file.hasSuffix(path), true, "the error names the file")
                XCTAssertFalse(error.description.contains("\n"))
            }
        }
    }
}
