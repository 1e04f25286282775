import Foundation
import LiaisonModel
import LiaisonTestSupport
import XCTest

@testable import LiaisonExport

/// The compiled render plan renders exactly what swift-mustache renders: every built-in letter,
/// and templates written to use what trainers may use (partial indentation, inheritance,
/// transforms, content types, names looked up outwards).
final class TemplatePlanTests: XCTestCase {
    func testEveryBuiltInLetterIsRenderedAsSwiftMustacheRendersIt() throws {
        XCTAssertNotNil(Fixtures.templates.plan, "the built-in templates compile")
        for fixture in [Fixtures.disc, Fixtures.needsReview, Fixtures.caudaEquina, Fixtures.hostile] {
            for kind in [LetterKind.initial, .progress, .discharge] {
                let input = try Fixtures.input(fixture, kind: kind)
                for format in [OutputFormat.html, .markdown] {
                    XCTAssertEqual(
                        try Exporter.render(input, as: format, with: Fixtures.templates),
                        try Exporter.render(input, as: format, with: Fixtures.templates.interpreted),
                        "\(kind) \(format)")
                }
            }
        }
    }

    static let context: TemplateValue = .object([
        "title": .text("Fish & <chips>"), "none": .list([]), "yes": .flag(true), "no": .flag(false),
        "count": .integer(3),
        "names": .list([.text("Zoë"), .text("adam"), .text("Bo")]),
        "people": .list([
            .object(["name": .text("Ann"), "tags": .list([.text("a"), .text("b")])]),
            .object(["name": .text("Ben"), "title": .text("Dr"), "tags": .list([])]),
        ]),
        "outer": .object(["inner": .object(["deep": .text("found")]), "name": .text("Outer")]),
        "markdown": .text("*bold* [link](x) <b> | cell\nline"),
    ])

    static let templates: [String: String] = [
        "main": """
        {{title}} {{{title}}} {{&title}} {{outer.inner.deep}} {{outer.missing.deep}} {{.outer.name}}
        {{#people}}
          {{name}}{{#title}} ({{title}}){{/title}}{{^title}} [{{title}}]{{/title}}: {{#tags}}{{.}}{{^last()}}, {{/last()}}{{/tags}}{{#empty(tags)}}none{{/empty(tags)}} #{{index()}}{{#first()}} first{{/first()}}{{#even()}} even{{/even()}}
        {{/people}}
        {{^none}}no list{{/none}} {{#yes}}yes{{/yes}}{{^no}}not no{{/no}} {{count}} {{count(names)}} {{#count}}[{{.}}]{{/count}}
        {{#names}}{{lowercased(.)}} {{uppercased(.)}} {{reversed(.)}} {{/names}}
        {{#sorted(names)}}{{.}} {{/sorted(names)}}{{#reversed(names)}}{{.}} {{/reversed(names)}}
        {{first(names)}} {{last(names)}} {{missing}} {{#outer}}{{name}} {{title}}{{/outer}}
          {{> item}}
        {{<frame}}{{$body}}overridden {{title}}{{/body}}{{/frame}}
        end
        """,
        "item": "line one {{title}}\nline two\n{{#names}}- {{.}}\n{{/names}}",
        "frame": "[{{$head}}default head{{/head}}]\n{{$body}}default body{{/body}}\n{{> item}}\n",
        "text": "{{% CONTENT_TYPE: TEXT}}\n{{title}} {{markdown}}\n{{> item}}",
        "markdown": "{{% CONTENT_TYPE: MARKDOWN}}\n{{markdown}} {{title}}\n",
        "html": "{{% CONTENT_TYPE: HTML}}\n{{markdown}} {{title}}\n",
    ]

    func testTrainersTemplatesAreRenderedAsSwiftMustacheRendersThem() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-plan-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in Self.templates {
            try text.write(to: folder.appendingPathComponent("\(name).mustache"), atomically: true, encoding: .utf8)
        }
        let templates = try LetterTemplates.load(from: TestPaths.templates, overrides: folder)
        XCTAssertNotNil(templates.plan)
        for name in Self.templates.keys.sorted() {
            let compiled = try templates.render(Self.context, template: name)
            XCTAssertEqual(compiled, try templates.interpreted.render(Self.context, template: name), name)
            XCTAssertFalse(compiled.isEmpty, name)
        }
    }

    /// A template the compiler does not take (a dynamic partial name) leaves every letter to
    /// swift-mustache, which still renders them.
    func testATemplateTheCompilerCannotTakeFallsBackToSwiftMustache() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-plan-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "{{>*which}}\n".write(
            to: folder.appendingPathComponent("dynamic.mustache"), atomically: true, encoding: .utf8)
        let templates = try LetterTemplates.load(from: TestPaths.templates, overrides: folder)
        XCTAssertNil(templates.plan)
        let input = try Fixtures.input(Fixtures.disc, kind: .initial)
        XCTAssertEqual(
            try Exporter.render(input, as: .markdown, with: templates),
            try Exporter.render(input, as: .markdown, with: Fixtures.templates))
    }
}

/// The render plan's byte-level escapers write what the content types' own functions return.
final class ByteEscapingTests: XCTestCase {
    func testByteEscapersAgreeWithTheContentTypes() {
        let alphabet: [String] = [
            "a", "é", "\\", "`", "*", "_", "[", "]", "<", ">", "|", "&", "\"", "'", "\n", "\r", "\r\n", "\u{0B}",
            "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}", "\u{2030}", "€", "😀", "<\u{338}", " ",
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 0..<10, using: &generator)).map { _ in alphabet.randomElement()! }.joined()
            var markdown: [UInt8] = []
            MarkdownContentType.escape(text, into: &markdown)
            XCTAssertEqual(
                String(decoding: markdown, as: UTF8.self), MarkdownContentType().escapeText(text), text.debugDescription
            )
            var html: [UInt8] = []
            HTMLContentType.escape(text, into: &html)
            XCTAssertEqual(
                String(decoding: html, as: UTF8.self), HTMLContentType().escapeText(text), text.debugDescription)
        }
    }
}
