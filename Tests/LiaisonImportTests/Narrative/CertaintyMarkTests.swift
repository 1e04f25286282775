import LiaisonModel
import LiaisonTestSupport
import XCTest

@testable import LiaisonImport

/// German ambulatory coding marks each ICD-10 code's certainty (C11): A excluded, V suspected,
/// Z a state after it, G confirmed. An excluded cancer is no red flag, a suspected fracture a
/// question, a past cancer still a red flag; a lone "a" that is no such mark ("seit 5 a", five
/// years) denies nothing.
final class CertaintyMarkTests: XCTestCase {
    func testTheMarkDecidesTheCodesAssertion() {
        XCTAssertEqual(readPlan("C41.2 A Bösartige Neubildung der Wirbelsäule", language: "de"), "ready")
        XCTAssertEqual(
            readPlan("C41.2 A Bösartige Neubildung der Wirbelsäule, C79.5 G Knochenmetastasen", language: "de"),
            "refer-back", "the next marked code is its own item")
        XCTAssertEqual(readPlan("S32.0 V LWK-1-Fraktur", language: "de"), "needs-review")
        XCTAssertEqual(readPlan("C50.9 Z Mammakarzinom", language: "de"), "refer-back")
        XCTAssertEqual(readPlan("C79.5 GL Knochenmetastasen", language: "de"), "refer-back")
        XCTAssertEqual(readPlan("Rückenschmerzen seit 5 a, Tumorleiden bekannt", language: "de"), "refer-back")
    }

    func testOnlyAMarkRightAfterACodeIsRead() {
        func marks(_ text: String) -> [String] {
            let tokens = Tokenizer.tokens(text)
            return tokens.indices.compactMap { Words.certaintyMark(tokens, at: $0) }
        }
        XCTAssertEqual(marks("M54.5 G"), ["<icd-confirmed>"])
        XCTAssertEqual(marks("I21.9 A, I64 Z, S51.9 LG"), ["<icd-excluded>", "<icd-history>", "<icd-confirmed>"])
        XCTAssertEqual(marks("seit 5 a"), [])
        XCTAssertEqual(marks("Vitamin D 1000 a"), [])
        XCTAssertEqual(marks("a v z g"), [])
    }
}
