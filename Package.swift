// swift-tools-version: 6.1
import Foundation
import PackageDescription

// Liaison: referral documents in, exercise plans and provider letters out.
// Layout follows reader -> model -> engine -> writer (see README "Guide to the sources").

let fuzzing = ProcessInfo.processInfo.environment["LIAISON_FUZZ"] != nil

var products: [Product] = [
    .executable(name: "liaison", targets: ["liaison"])
]

var targets: [Target] = [
    // libxml2 through pkg-config; see Sources/CLibXML2/shim.h for the two toolchain workarounds.
    .systemLibrary(
        name: "CLibXML2",
        pkgConfig: "libxml-2.0",
        providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
    ),
    // The central model: Foundation only, no readers or writers.
    .target(name: "LiaisonModel"),
    // renameat2(RENAME_NOREPLACE) and syncfs, which Swift's Glibc module does not expose.
    .target(name: "CFileSystem"),
    // A hardened XML layer over libxml2: no network, no entities, no DOCTYPE, size and depth caps.
    .target(name: "LiaisonXML", dependencies: ["CLibXML2", "LiaisonModel"]),
    // Readers: CDA / C-CDA, the plain referral XML, and the narrative phrase reader.
    // (SHA-256 of each input comes from swift-crypto: BoringSSL's assembly is ~5x a Swift one.)
    .target(
        name: "LiaisonImport",
        dependencies: ["LiaisonModel", "LiaisonXML", .product(name: "Crypto", package: "swift-crypto")]
    ),
    // Located YAML reading (every problem with file, line and column), for the knowledge base
    // and the records.
    .target(name: "LiaisonYAML", dependencies: ["LiaisonModel", .product(name: "Yams", package: "Yams")]),
    // The protocol engine: knowledge base (Protocols/) and planner.
    .target(
        name: "LiaisonEngine",
        dependencies: ["LiaisonModel", "LiaisonYAML", .product(name: "Yams", package: "Yams")]
    ),
    // The records room: client profiles, the practice profile, progress records and the
    // outcome-measure scoring (YAML, located diagnostics); apart from the pipeline's ledger.
    .target(
        name: "LiaisonRecords",
        dependencies: ["LiaisonModel", "LiaisonYAML", .product(name: "Yams", package: "Yams")]
    ),
    // Writers: letters from Templates/, JSON, text summaries; typed values in, bytes out.
    .target(
        name: "LiaisonExport",
        dependencies: ["LiaisonModel", .product(name: "Mustache", package: "swift-mustache")]
    ),
    // The application layer: the workspace (knowledge base, vocabulary, templates, practice
    // profile, found once) and the one conversion entry point every front end calls.
    .target(
        name: "LiaisonKit",
        dependencies: ["LiaisonModel", "LiaisonImport", "LiaisonEngine", "LiaisonRecords", "LiaisonExport"]
    ),
    // Batch conversion, the watched folder and the SQLite ledger.
    .target(
        name: "LiaisonPipeline",
        dependencies: [
            "CFileSystem", "LiaisonModel", "LiaisonKit",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        ]
    ),
    // The thin executable.
    .executableTarget(
        name: "liaison",
        dependencies: [
            "LiaisonModel", "LiaisonKit", "LiaisonPipeline",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
        ]
    ),
    // Shared test helpers: golden files, sample and corpus paths, running the built binary.
    .target(name: "LiaisonTestSupport", dependencies: ["LiaisonModel", "LiaisonEngine", "LiaisonImport"]),
    .testTarget(name: "LiaisonModelTests", dependencies: ["LiaisonModel", "LiaisonTestSupport"]),
    .testTarget(name: "LiaisonXMLTests", dependencies: ["LiaisonXML", "LiaisonTestSupport"]),
    .testTarget(
        name: "LiaisonImportTests",
        dependencies: [
            "LiaisonImport", "LiaisonEngine", "LiaisonTestSupport",
            .product(name: "PropertyBased", package: "swift-property-based"),
        ],
        exclude: [
            "Golden", "FuzzRegressions/Inputs", "Narrative/Sentences", "Narrative/Sentences2", "Narrative/Sentences3",
            "Narrative/Sentences4", "Narrative/Sentences5",
            "Narrative/Sentences6", "Narrative/Sentences7",
            "Narrative/Sentences8", "Narrative/Sentences9",
            "Narrative/SentencesDEFR2", "Narrative/SentencesDEFR3", "Narrative/Sentences10",
            "Narrative/Sentences11", "Narrative/SentencesDEFR4", "Narrative/Sentences12",
            "Narrative/SentencesDEFR5", "Narrative/SentencesDEFR6", "Narrative/Sentences13",
            "Narrative/Sentences14", "Narrative/SentencesDEFR7",
        ]  // data read at test time
    ),
    .testTarget(
        name: "LiaisonEngineTests",
        dependencies: [
            "LiaisonEngine", "LiaisonImport", "LiaisonExport", "LiaisonTestSupport",
            .product(name: "PropertyBased", package: "swift-property-based"),
        ],
        exclude: ["Golden"]  // golden plans are data read at test time, not sources
    ),
    .testTarget(
        name: "LiaisonExportTests",
        dependencies: ["LiaisonExport", "LiaisonImport", "LiaisonEngine", "LiaisonRecords", "LiaisonTestSupport"],
        exclude: ["Golden"]  // golden letters are data read at test time, not sources
    ),
    .testTarget(name: "LiaisonRecordsTests", dependencies: ["LiaisonRecords", "LiaisonTestSupport"]),
    .testTarget(
        name: "LiaisonPipelineTests",
        dependencies: ["LiaisonPipeline", "LiaisonKit", "LiaisonTestSupport"]
    ),
    .testTarget(name: "LiaisonKitTests", dependencies: ["LiaisonKit", "LiaisonModel", "LiaisonTestSupport"]),
    // The arrows that must never exist, checked on every source file's imports.
    .testTarget(name: "LiaisonArchitectureTests", dependencies: ["LiaisonTestSupport"]),
    // End-to-end runs of the real `liaison` binary.
    .testTarget(name: "LiaisonCLITests", dependencies: ["LiaisonTestSupport"]),
]

if fuzzing {
    // libFuzzer target, out of the default build: LIAISON_FUZZ=1. scripts/fuzz.sh passes
    // -sanitize=fuzzer,address to every Swift module so coverage reaches the readers.
    targets.append(
        .executableTarget(
            name: "LiaisonFuzz",
            dependencies: ["LiaisonXML", "LiaisonImport", "LiaisonEngine"]
        ))
    products.append(.executable(name: "liaison-fuzz", targets: ["LiaisonFuzz"]))
}

let package = Package(
    name: "Liaison",
    platforms: [.macOS(.v14)],
    products: products,
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: targets
)
