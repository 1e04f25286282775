import Foundation
import LiaisonTestSupport
import XCTest

/// The arrows that must never exist (docs/architecture.md), checked on the import lines of every
/// source file of every target, so that a forbidden import fails the build's tests the day it
/// is written.
final class ImportRulesTests: XCTestCase {
    /// What a target may not import, and why.
    struct Rule {
        var targets: [String]
        var forbidden: Set<String>
        /// When set, the only modules the targets may import.
        var only: Set<String>?
        var why: String
    }

    static let writers = ["LiaisonExport"]
    static let readers = ["LiaisonImport", "LiaisonXML"]

    static let rules: [Rule] = [
        Rule(
            targets: ["LiaisonModel"], forbidden: [], only: ["Foundation"],
            why: "the model imports nothing but Foundation"),
        Rule(
            targets: writers, forbidden: ["Yams", "LiaisonYAML", "CLibXML2", "LiaisonXML", "LiaisonEngine"],
            why: "writers take typed values: no YAML, no XML, no engine"),
        Rule(
            targets: writers, forbidden: ["LiaisonImport", "LiaisonRecords", "LiaisonKit", "LiaisonPipeline", "GRDB"],
            why: "writers neither read nor run the pipeline"),
        Rule(
            targets: readers, forbidden: ["LiaisonExport", "Mustache"], why: "readers do not write"),
        Rule(
            targets: readers, forbidden: ["LiaisonEngine", "LiaisonRecords", "LiaisonKit", "LiaisonPipeline"],
            why: "readers turn documents into the model and know nothing after it"),
        Rule(
            targets: ["LiaisonEngine"],
            forbidden: ["LiaisonImport", "LiaisonXML", "CLibXML2", "LiaisonExport", "Mustache"],
            why: "the engine plans from the model; it neither reads documents nor writes letters"),
        Rule(
            targets: ["LiaisonRecords"], forbidden: ["LiaisonPipeline", "GRDB", "LiaisonExport", "LiaisonEngine"],
            why: "records are kept apart from the ledger, the writers and the engine"),
        Rule(
            targets: ["LiaisonPipeline"],
            forbidden: ["LiaisonImport", "LiaisonEngine", "LiaisonExport", "LiaisonRecords"],
            why: "the pipeline converts through the application layer's one entry point"),
        Rule(
            targets: ["liaison"],
            forbidden: ["LiaisonImport", "LiaisonEngine", "LiaisonExport", "LiaisonRecords", "LiaisonXML", "Yams"],
            why: "the executable parses arguments and calls the application layer"),
    ]

    /// The modules a source text imports (`import X`, `@testable import X`, `import struct X.Y`,
    /// `@_exported import X`), whatever `#if` they sit in.
    static func imports(in source: String) -> Set<String> {
        var modules: Set<String> = []
        for line in source.split(whereSeparator: \.isNewline) {
            var words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            while let first = words.first, first.hasPrefix("@") { words.removeFirst() }
            guard words.first == "import", words.count >= 2 else { continue }
            let kinds: Set<String> = ["struct", "class", "enum", "protocol", "func", "var", "let", "typealias"]
            let path = kinds.contains(words[1]) && words.count >= 3 ? words[2] : words[1]
            modules.insert(String(path.split(separator: ".")[0]))
        }
        return modules
    }

    /// The rules `modules`, imported by a file of `target`, break.
    static func violations(target: String, modules: Set<String>) -> [String] {
        rules.filter { $0.targets.contains(target) }.flatMap { rule -> [String] in
            let bad = modules.intersection(rule.forbidden).union(rule.only.map { modules.subtracting($0) } ?? [])
            return bad.sorted().map { "imports \($0): \(rule.why)" }
        }
    }

    func testNoSourceFileImportsWhatItsTargetMayNot() throws {
        let sources = TestPaths.packageRoot.appendingPathComponent("Sources")
        let targets = try FileManager.default.contentsOfDirectory(atPath: sources.path)
        XCTAssertTrue(Set(targets).isSuperset(of: Self.rules.flatMap(\.targets)), "a rule names a target that is gone")
        var checked = 0
        for target in targets {
            let walk = FileManager.default.enumerator(
                at: sources.appendingPathComponent(target), includingPropertiesForKeys: nil)
            while let url = walk?.nextObject() as? URL {
                guard url.pathExtension == "swift" else { continue }
                let text = try String(contentsOf: url, encoding: .utf8)
                for problem in Self.violations(target: target, modules: Self.imports(in: text)) {
                    XCTFail("\(url.path.dropFirst(sources.path.count + 1)) \(problem)")
                }
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 100)
    }

    /// The check itself: each kind of forbidden import is found.
    func testTheCheckFindsForbiddenImports() {
        let writer = "import Foundation\n#if canImport(Yams)\n    import Yams\n#endif\n@testable import LiaisonEngine\n"
        XCTAssertEqual(Self.imports(in: writer), ["Foundation", "Yams", "LiaisonEngine"])
        XCTAssertEqual(Self.violations(target: "LiaisonExport", modules: Self.imports(in: writer)).count, 2)
        XCTAssertEqual(
            Self.violations(target: "LiaisonModel", modules: Self.imports(in: "import Foundation\nimport Glibc\n")),
            ["imports Glibc: the model imports nothing but Foundation"])
        XCTAssertEqual(
            Self.violations(
                target: "LiaisonImport", modules: Self.imports(in: "import struct LiaisonExport.LetterInput\n")),
            ["imports LiaisonExport: readers do not write"])
        XCTAssertEqual(Self.violations(target: "LiaisonExport", modules: ["CLibXML2"]).count, 1)
    }
}
