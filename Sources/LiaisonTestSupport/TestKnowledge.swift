import Foundation
import LiaisonEngine
import LiaisonImport
import LiaisonModel

/// The built-in knowledge base and its compiled narrative vocabulary, loaded once for a test run.
public enum TestKnowledge {
    nonisolated(unsafe) private static var cached: (KnowledgeBase, NarrativeVocabulary)?
    private static let lock = NSLock()

    /// The knowledge base in `Protocols/` of this package.
    public static var base: KnowledgeBase { loaded().0 }

    /// Its vocabulary, compiled for the importer.
    public static var vocabulary: NarrativeVocabulary { loaded().1 }

    /// Import options with the built-in vocabulary.
    public static func options(referenceDate: CalendarDate? = nil) -> ImportOptions {
        ImportOptions(vocabulary: vocabulary, referenceDate: referenceDate)
    }

    private static func loaded() -> (KnowledgeBase, NarrativeVocabulary) {
        lock.lock()
        defer { lock.unlock() }
        if let cached { return cached }
        do {
            let base = try KnowledgeBase.load(from: TestPaths.packageRoot.appendingPathComponent("Protocols"))
            let result = (base, NarrativeVocabulary(base.vocabulary))
            cached = result
            return result
        } catch {
            fatalError("the built-in knowledge base does not load: \(error)")
        }
    }
}
