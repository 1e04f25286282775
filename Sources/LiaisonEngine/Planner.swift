import Foundation
import LiaisonModel

/// The clinical knowledge base: conditions, protocols and the exercise library (`Protocols/`).
public struct KnowledgeBase: Sendable {
    /// Loads and validates the knowledge base in `folder`.
    public static func load(from folder: URL) throws -> KnowledgeBase {
        throw LiaisonError(
            .configuration, "the knowledge base reader is not built yet", at: SourceLocation(file: folder.path))
    }

    /// The knowledge base shipped with Liaison (see ``BuiltInResources``).
    public static func builtIn() throws -> KnowledgeBase {
        guard let folder = BuiltInResources.folder(named: "Protocols") else {
            throw LiaisonError(
                .configuration, "cannot find the built-in Protocols folder",
                hint: "set LIAISON_RESOURCES to the folder that holds Protocols/ and Templates/")
        }
        return try load(from: folder)
    }
}

/// Turns a referral into an explainable plan. Deterministic: same input, same plan.
public struct Planner: Sendable {
    public let knowledgeBase: KnowledgeBase

    public init(knowledgeBase: KnowledgeBase) {
        self.knowledgeBase = knowledgeBase
    }

    /// Plans for `referral` on `date`, with what the trainer knows of the client.
    public func plan(for referral: Referral, client: ClientProfile? = nil, on date: CalendarDate) -> Plan {
        Plan(status: .needsReview, referenceDate: date, questions: ["The planner is not built yet."])
    }
}
