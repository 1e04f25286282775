import Foundation
import LiaisonModel

/// The clinical knowledge base: sources, conditions, protocols, the exercise library and the
/// plan defaults, read from the YAML files of a `Protocols/` folder.
///
/// Loaded once per process; lookups the planner makes per diagnosis go through indexes built at
/// load time.
public struct KnowledgeBase: Sendable {
    /// Source key (`G5`) to citation.
    public let sources: [String: String]
    public let conditions: [Condition]
    public let protocols: [ClinicalProtocol]
    /// In file order (the order the library lists them).
    public let exercises: [Exercise]
    public let defaults: PlanDefaults
    /// The narrative reader's words and rules and the coded red flags (`Protocols/vocabulary/`).
    public let vocabulary: ClinicalVocabulary
    /// How a change on each outcome measure is judged (`Protocols/measures.yaml`); a measure
    /// without a rule is not judged by a threshold.
    public let measureRules: [OutcomeMeasure: ChangeRule]

    let citations: VocabularyCitations
    let exerciseIndex: [String: Int]
    let protocolIndex: [String: Int]
    let codeIndex: CodeIndex
    let keywordIndex: KeywordIndex

    init(
        sources: [String: String], conditions: [Condition], protocols: [ClinicalProtocol], exercises: [Exercise],
        defaults: PlanDefaults, vocabulary: ClinicalVocabulary = .init(),
        measureRules: [OutcomeMeasure: ChangeRule] = [:], citations: VocabularyCitations = .init()
    ) {
        self.sources = sources
        self.conditions = conditions
        self.protocols = protocols
        self.exercises = exercises
        self.defaults = defaults
        self.vocabulary = vocabulary
        self.measureRules = measureRules
        self.citations = citations
        exerciseIndex = Dictionary(exercises.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        protocolIndex = Dictionary(protocols.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        codeIndex = CodeIndex(conditions)
        keywordIndex = KeywordIndex(conditions)
    }

    public func exercise(_ id: String) -> Exercise? { exerciseIndex[id].map { exercises[$0] } }
    public func clinicalProtocol(_ id: String) -> ClinicalProtocol? { protocolIndex[id].map { protocols[$0] } }

    /// Reads every problem in the knowledge base in `folder`, without stopping at the first.
    public static func check(folder: URL) -> [Diagnostic] {
        readAndCheck(folder).diagnostics
    }

    private static func readAndCheck(_ folder: URL) -> (base: KnowledgeBase, diagnostics: [Diagnostic]) {
        let (base, read) = KnowledgeBaseReader.read(folder: folder)
        return (base, sorted(read + KnowledgeBaseChecker(base).check()))
    }

    /// Loads and validates the knowledge base in `folder`; any error is fatal (configuration).
    public static func load(from folder: URL) throws -> KnowledgeBase {
        let (base, all) = readAndCheck(folder)
        if let first = all.first(where: { $0.severity == .error }) {
            let count = all.filter { $0.severity == .error }.count
            let more = count > 1 ? " (and \(count - 1) more)" : ""
            throw LiaisonError(
                .configuration, "invalid knowledge base: \(first.message)\(more)", at: first.location,
                hint: "run 'liaison protocols check \(folder.path)' to list every problem")
        }
        return base
    }

    /// Diagnostics in file, line, column order, so output is stable.
    static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.sorted {
            let a = $0.location
            let b = $1.location
            return (a?.file ?? "", a?.line ?? 0, a?.column ?? 0, $0.message)
                < (b?.file ?? "", b?.line ?? 0, b?.column ?? 0, $1.message)
        }
    }
}

/// What every plan uses whatever protocols match.
public struct PlanDefaults: Hashable, Sendable {
    /// The protocol a diagnosis that matches no condition falls back to.
    public var fallbackProtocol: Located<String>?
    /// The protocol a client profile with pregnancy weeks adds.
    public var pregnancyProtocol: Located<String>?
    /// ACSM figures per component, which protocols may override.
    public var fitt: [FITTRule]
    /// Whole-body goals every phase covers (hip and trunk strength, aerobic endurance).
    public var wholeBody: [WholeBodyGoal]
}

/// A whole-body goal and the exercises that serve it in each phase.
public struct WholeBodyGoal: Hashable, Sendable {
    public var goal: String
    public var source: Located<String>?
    /// One list per phase; a plan with more phases uses the last list.
    public var byPhase: [[Pick]]
}
