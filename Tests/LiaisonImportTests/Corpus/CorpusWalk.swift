import Foundation
import LiaisonImport
import LiaisonModel
import LiaisonTestSupport
import XCTest

/// Imports every document under the public corpus once, for the corpus tests.
enum CorpusWalk {
    struct Outcome {
        /// Path relative to the corpus root.
        var path: String
        var result: Result<Referral, LiaisonError>
        var folder: String { String(path.prefix { $0 != "/" }) }
    }

    /// Every `.xml` file (any case) under `root`, sorted by relative path.
    static func files(under root: URL) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: root.path)
        var paths: [String] = []
        while let path = enumerator?.nextObject() as? String {
            if path.lowercased().hasSuffix(".xml") { paths.append(path) }
        }
        return paths.sorted()
    }

    nonisolated(unsafe) private static var cached: (outcomes: [Outcome], untyped: [String])?

    /// Every document of the corpus imported once per test run, shared by the corpus tests;
    /// throws a skip where `../shared/corpus` is absent. `untyped` lists the files that failed
    /// with an error that is not a ``LiaisonError``.
    static func shared() throws -> (root: URL, outcomes: [Outcome], untyped: [String]) {
        guard let root = TestPaths.corpus else {
            throw XCTSkip("../shared/corpus is absent; the corpus walk needs the public CDA corpus beside the package")
        }
        if let cached { return (root, cached.outcomes, cached.untyped) }
        var untyped: [String] = []
        let outcomes = run(root: root) { path, error in untyped.append("\(path): \(error)") }
        cached = (outcomes, untyped)
        return (root, outcomes, untyped)
    }

    /// Imports every file; an error that is not a ``LiaisonError`` is reported through `untyped`.
    static func run(root: URL, untyped: (String, Error) -> Void) -> [Outcome] {
        files(under: root).compactMap { path in
            do {
                let referral = try ReferralImporter.read(
                    contentsOf: root.appendingPathComponent(path), options: TestKnowledge.options())
                return Outcome(path: path, result: .success(referral))
            } catch let error as LiaisonError {
                return Outcome(path: path, result: .failure(error))
            } catch {
                untyped(path, error)
                return nil
            }
        }
    }

    /// Totals per top-level folder, then each failing file with its error code: the golden text.
    static func totals(_ outcomes: [Outcome]) -> String {
        var lines = ["# folder: files, imported, failed, diagnoses, alternate codes, warnings, restrictions, red flags"]
        let folders = Dictionary(grouping: outcomes, by: \.folder)
        for folder in folders.keys.sorted() {
            let group = folders[folder] ?? []
            let imported = group.compactMap { try? $0.result.get() }
            let diagnoses = imported.reduce(0) { $0 + $1.diagnoses.count }
            let alternates = imported.reduce(0) { $0 + $1.diagnoses.reduce(0) { $0 + $1.alternateCodes.count } }
            let warnings = imported.reduce(0) { $0 + $1.warnings.count }
            let restrictions = imported.reduce(0) { $0 + $1.restrictions.count }
            let redFlags = imported.reduce(0) { $0 + $1.redFlags.count }
            lines.append(
                "\(folder): \(group.count), \(imported.count), \(group.count - imported.count), \(diagnoses), "
                    + "\(alternates), \(warnings), \(restrictions), \(redFlags)")
        }
        lines.append("# failures: code, file")
        for outcome in outcomes {
            if case .failure(let error) = outcome.result { lines.append("\(error.code.rawValue) \(outcome.path)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
