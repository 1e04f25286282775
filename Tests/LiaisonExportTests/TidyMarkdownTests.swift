import XCTest

@testable import LiaisonExport

/// The blank lines that empty template sections leave in a Markdown letter are collapsed.
final class TidyMarkdownTests: XCTestCase {
    func testRunsOfBlankLinesBecomeOneAndTheEndsAreTrimmed() {
        XCTAssertEqual(
            Exporter.tidyMarkdown("\n\n# Title\n\n\n\nText\n  \t\n\n- a\n- b\n\n\n"), "# Title\n\nText\n\n- a\n- b\n")
    }

    func testWhiteSpaceOnlyLinesCountAsBlankAndLinesKeepTheirOwnSpaces() {
        XCTAssertEqual(Exporter.tidyMarkdown("a  \n \u{A0} \n\u{3000}\n  b"), "a  \n\n  b\n")
    }

    func testATemplateSavedWithCRLFGivesLFLines() {
        XCTAssertEqual(Exporter.tidyMarkdown("# Title\r\n\r\n\r\nText\r\n"), "# Title\n\nText\n")
    }

    func testNonASCIITextAndEmptyInput() {
        XCTAssertEqual(Exporter.tidyMarkdown("Zürich – ✓"), "Zürich – ✓\n")
        XCTAssertEqual(Exporter.tidyMarkdown(""), "\n")
        XCTAssertEqual(Exporter.tidyMarkdown("\n \n"), "\n")
    }
}
