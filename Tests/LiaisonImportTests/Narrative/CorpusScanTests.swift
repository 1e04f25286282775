import Foundation
import LiaisonModel
import LiaisonTestSupport
import LiaisonXML
import XCTest

@testable import LiaisonImport

/// Runs the phrase reader over every narrative block (paragraph, list item, table cell) of the
/// public CDA corpus and checks that it stays quiet where it should: a sanity net against
/// false positives in ordinary clinical text. `LIAISON_SCAN_OUT=file` writes every finding for
/// review.
final class CorpusScanTests: XCTestCase {
    func testCorpusNarrativeRaisesFewFindings() throws {
        guard let corpus = TestPaths.corpus else { throw XCTSkip("../shared/corpus is absent") }
        var blocks = 0
        var report: [String] = []
        var flags = 0
        var restrictions = 0
        let files =
            FileManager.default.enumerator(at: corpus, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension.lowercased() == "xml" } ?? []
        for file in files {
            guard let document = try? XMLDocument.parse(contentsOf: file) else { continue }
            for section in document.root.descendants("section") {
                let code = section.child("code")?.attribute("code") ?? "section"
                guard let text = section.child("text") else { continue }
                for block in Self.blocks(of: text) {
                    guard let words = block.normalizedText else { continue }
                    blocks += 1
                    let found = NarrativeReader.read(
                        words, context: .init(section: code, line: block.line, vocabulary: TestKnowledge.vocabulary))
                    flags += found.redFlags.count
                    restrictions += found.restrictions.count
                    for flag in found.redFlags { report.append("FLAG \(flag.kind.rawValue)\t\(code)\t\(flag.text)") }
                    for r in found.restrictions { report.append("RESTR \(r.kind.name)\t\(code)\t\(r.text)") }
                }
            }
        }
        if let out = ProcessInfo.processInfo.environment["LIAISON_SCAN_OUT"] {
            try report.joined(separator: "\n").write(toFile: out, atomically: true, encoding: .utf8)
        }
        print("corpus scan: \(files.count) files, \(blocks) blocks, \(flags) red flags, \(restrictions) restrictions")
        XCTAssertGreaterThan(blocks, 10_000)
        // Ordinary clinical narrative should rarely look like a red flag or a restriction. Most red
        // flags here are true: the ONC certification patient's renal transplant on immunosuppressants
        // and her fever recur in hundreds of documents (scripts/corpus-red-flags.sh lists them).
        XCTAssertLessThan(Double(flags) / Double(blocks), 0.015)
        XCTAssertLessThan(Double(restrictions) / Double(blocks), 0.02)
    }

    /// Paragraphs, list items and table cells; an element holding none of them is one block.
    static func blocks(of element: XMLElement) -> [XMLElement] {
        var result: [XMLElement] = []
        for child in element.elementChildren {
            if ["paragraph", "item", "td", "th", "caption"].contains(child.name) {
                let inner = blocks(of: child)
                result += inner.isEmpty ? [child] : inner
            } else {
                result += blocks(of: child)
            }
        }
        if result.isEmpty, element.name == "text" { result = [element] }
        return result
    }
}
