import XCTest

@testable import LiaisonExport

/// The Markdown content type: referral text can never become Markdown or HTML in a letter.
final class MarkdownEscapingTests: XCTestCase {
    private let markdown = MarkdownContentType()

    func testEscapesEverySpecialCharacter() {
        XCTAssertEqual(
            markdown.escapeText("<img src=x onerror=alert(1)> *bold* _em_ [link](u) `code` a|b \\"),
            "\\<img src=x onerror=alert(1)> \\*bold\\* \\_em\\_ \\[link\\](u) \\`code\\` a\\|b \\\\")
    }

    func testLineBreaksBecomeOneSpaceEach() {
        XCTAssertEqual(markdown.escapeText("a\r\nb\nc\rd\u{2028}e\u{0C}f"), "a b c d e f")
    }

    func testPlainAndNonASCIITextPassesThrough() {
        XCTAssertEqual(markdown.escapeText("No lifting over 15 lb"), "No lifting over 15 lb")
        XCTAssertEqual(markdown.escapeText("Zürich – São Paulo ✓"), "Zürich – São Paulo ✓")
    }
}
