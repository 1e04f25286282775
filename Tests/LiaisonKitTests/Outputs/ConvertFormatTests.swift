import LiaisonKit
import LiaisonModel
import XCTest

/// `--format` and `-o` together, as pandoc reads them.
final class ConvertFormatTests: XCTestCase {
    func testTheExtensionDecidesWhenNoFormatIsGiven() throws {
        let cases: [(String?, ConvertFormat)] = [
            ("a.md", .markdown), ("a.markdown", .markdown), ("a.HTML", .html), ("a.htm", .html), ("a.pdf", .pdf),
            ("a.json", .json), ("a.txt", .html), (nil, .html), ("-", .html),
        ]
        for (output, expected) in cases {
            XCTAssertEqual(try ConvertFormat.resolve(format: nil, output: output), expected, "\(output ?? "nil")")
        }
    }

    func testMdIsMarkdown() throws {
        XCTAssertEqual(try ConvertFormat.resolve(format: "md", output: "letter.markdown"), .markdown)
        XCTAssertEqual(try ConvertFormat.resolve(format: "pdf", output: "-"), .pdf)
    }

    func testAFormatTheExtensionContradictsIsAUsageError() {
        XCTAssertThrowsError(try ConvertFormat.resolve(format: "html", output: "out/letter.pdf")) { error in
            let error = error as? LiaisonError
            XCTAssertEqual(error?.code, .usage)
            XCTAssertEqual(
                error?.description,
                "-o out/letter.pdf names a .pdf file but --format is html (change the extension or leave out --format)")
        }
        XCTAssertThrowsError(try ConvertFormat.resolve(format: "docx", output: nil)) { error in
            XCTAssertEqual((error as? LiaisonError)?.code, .usage)
        }
    }
}
