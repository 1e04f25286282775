import Mustache
import XCTest

@testable import LiaisonExport

/// The HTML content type the built-in templates use: referral text can never become markup.
final class HTMLEscapingTests: XCTestCase {
    private let html = HTMLContentType()

    func testEscapesTheFiveCharactersLikeMustachesOwnType() {
        let text = #"<script>alert("x" & 'y')</script> a > b"#
        XCTAssertEqual(
            html.escapeText(text), "&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt; a &gt; b")
        // The same as swift-mustache's default HTML escaping, which user templates without the
        // CONTENT_TYPE line get.
        let template = try? MustacheTemplate(string: "{{value}}")
        XCTAssertEqual(template?.render(["value": text]), html.escapeText(text))
    }

    func testALessThanFollowedByACombiningMarkIsEscapedToo() {
        XCTAssertEqual(html.escapeText("<\u{338}img src=x>"), "&lt;\u{338}img src=x&gt;")
    }

    func testPlainAndNonASCIITextPassesThrough() {
        XCTAssertEqual(html.escapeText("No lifting over 15 lb"), "No lifting over 15 lb")
        XCTAssertEqual(html.escapeText("Zürich – São Paulo ✓ <"), "Zürich – São Paulo ✓ &lt;")
        XCTAssertEqual(html.escapeText(""), "")
    }
}
