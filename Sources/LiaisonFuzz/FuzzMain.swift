import Foundation
import LiaisonEngine
import LiaisonImport
import LiaisonXML

// libFuzzer target for the XML layer and the readers behind it (CDA, plain referral XML).
// Built only with LIAISON_FUZZ=1; see scripts/fuzz.sh and docs/fuzzing.md.

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

/// The built-in vocabulary, compiled once: the concept reader is fuzzed with the real rules.
let vocabulary: NarrativeVocabulary = {
    // This file is Sources/LiaisonFuzz/FuzzMain.swift; Protocols/ is beside Sources/.
    let protocols = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Protocols")
    guard let base = try? KnowledgeBase.load(from: protocols) else {
        fatalError("the built-in knowledge base does not load")
    }
    return NarrativeVocabulary(base.vocabulary)
}()

/// One input: parse it, and where it parses, read it as a referral. Any typed error is a normal
/// outcome; a crash, a sanitizer report, a hang or a leak is a finding.
func fuzzOne(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    guard let bytes else { return 0 }
    let data = Data(bytes: bytes, count: count)
    let options = XMLParseOptions(maxBytes: 1 << 20)
    if let document = try? XMLDocument.parse(data: data, path: "fuzz.xml", options: options) {
        _ = document.root.text
        _ = document.element(withID: "a")
    }
    _ = try? ReferralImporter.read(
        data: data, path: "fuzz.xml", options: ImportOptions(vocabulary: vocabulary, maxBytes: 1 << 20))
    return 0
}

@main
struct FuzzMain {
    static func main() {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        let status = LLVMFuzzerRunDriver(&argc, &argv) { fuzzOne($0, $1) }
        exit(status)
    }
}
