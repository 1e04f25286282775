import LiaisonModel
import LiaisonTestSupport
import XCTest

@testable import LiaisonImport

/// A radiology report's word for a vertebra that lost height ("?D12 compression", "superior
/// endplate depression at L1") is a question about a fracture; a compressed nerve, cord or
/// cauda equina is not one.
final class VertebralDeformityTests: XCTestCase {
    func testACompressedVertebraIsAQuestion() {
        XCTAssertEqual(readPlan("X-ray LS spine s/o ?D12 compression, MRI advised."), "needs-review")
        XCTAssertEqual(readPlan("Possible subtle superior endplate depression at L1."), "needs-review")
        XCTAssertEqual(
            readPlan("Anterior wedging of T11 on the lateral film."), "refer-back", "wedging is a fracture word already"
        )
    }

    func testACompressedNerveIsNoFracture() {
        XCTAssertEqual(readPlan("MRI: L5 nerve root compression by a disc protrusion."), "ready")
        XCTAssertEqual(readPlan("Canal compression at L4/5 from stenosis."), "ready")
        XCTAssertEqual(readPlan("L1 compression fracture 2012, healed."), "ready")
    }
}
