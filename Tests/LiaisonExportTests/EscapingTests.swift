import Foundation
import LiaisonExport
import LiaisonModel
import LiaisonTestSupport
import XCTest

/// Markup in a referral (diagnosis names, narrative, client name) reaches letters only as text.
final class EscapingTests: XCTestCase {
    func render(_ format: OutputFormat) throws -> String {
        let (referral, plan) = Fixtures.hostile
        return String(
            decoding: try Fixtures.render(LetterInput(referral: referral, plan: plan), as: format), as: UTF8.self)
    }

    func testHTMLShowsMarkupAsText() throws {
        let html = try render(.html)
        let lower = html.lowercased()
        for tag in ["<script", "<img", "<iframe", "<b>", "<a href", "<style>body"] {
            XCTAssertFalse(lower.contains(tag), "raw \(tag) reached the HTML")
        }
        XCTAssertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        XCTAssertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
        // As a browser parses it: the only elements are the letter's own, and the text reads as written.
        guard let parsed = try HTMLChecks.elementsAndText(html) else {
            throw XCTSkip("python3 with html5lib is missing (pip install html5lib); string checks passed")
        }
        for tag in ["script", "img", "iframe", "a", "b"] {
            XCTAssertFalse(parsed.tags.contains(tag), "a <\(tag)> element was created from referral text")
        }
        XCTAssertEqual(parsed.tags.filter { $0 == "style" }.count, 1)
        XCTAssertTrue(parsed.text.contains("<script>alert('x')</script> disc <img src=x onerror=alert(1)>"))
        XCTAssertTrue(parsed.text.contains("Narrative <b>bold</b>"))
        XCTAssertTrue(parsed.text.contains("<style>body{display:none}</style>?"))
    }

    func testMarkdownEscapesHTMLLinksAndImages() throws {
        let markdown = try render(.markdown)
        XCTAssertTrue(markdown.contains(#"\<script>alert('x')\</script>"#))
        XCTAssertTrue(markdown.contains(#"!\[t\](http://evil.example/t.png)"#))
        let characters = Array(markdown)
        for (index, character) in characters.enumerated() where character == "<" {
            XCTAssertEqual(index > 0 ? characters[index - 1] : " ", "\\", "an unescaped < in the Markdown letter")
        }
    }

    func testTemplatesNeverPrintValuesUnescaped() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: TestPaths.templates.path)
        for name in names where name.hasSuffix(".mustache") {
            let text = try String(contentsOf: TestPaths.templates.appendingPathComponent(name), encoding: .utf8)
            XCTAssertFalse(text.contains("{{{") || text.contains("{{&"), "\(name) prints a value unescaped")
            if name.contains(".md.") {
                XCTAssertTrue(text.hasPrefix("{{% CONTENT_TYPE: MARKDOWN}}"), "\(name) must escape for Markdown")
            }
        }
    }
}
