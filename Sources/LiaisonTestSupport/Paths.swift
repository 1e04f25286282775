import Foundation

/// Locations tests need, found from this file's path so tests run from any working directory.
public enum TestPaths {
    /// The package root (the folder holding Package.swift).
    public static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }  // Paths.swift, LiaisonTestSupport, Sources
        return url
    }()

    public static var samples: URL { packageRoot.appendingPathComponent("Samples") }
    public static var protocols: URL { packageRoot.appendingPathComponent("Protocols") }
    public static var templates: URL { packageRoot.appendingPathComponent("Templates") }

    /// The files in `Samples/` whose names end in any of `suffixes`, in name order.
    public static func samples(endingIn suffixes: String...) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(atPath: samples.path)
            .filter { name in suffixes.contains { name.hasSuffix($0) } }.sorted()
            .map { samples.appendingPathComponent($0) }
    }

    /// `../shared/corpus`, or nil (with the reason) where it is absent: tests skip then.
    public static var corpus: URL? {
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// The built `liaison` executable beside the test bundle, for end-to-end runs.
    public static var liaisonBinary: URL {
        if let override = ProcessInfo.processInfo.environment["LIAISON_BINARY"] {
            return URL(fileURLWithPath: override)
        }
        // .build/<triple>/debug/LiaisonPackageTests.xctest -> .build/<triple>/debug/liaison
        let bundle = Bundle.main.bundleURL
        var dir = bundle
        for _ in 0..<3 {
            let candidate = dir.appendingPathComponent("liaison")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir.deleteLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/liaison")
    }
}
