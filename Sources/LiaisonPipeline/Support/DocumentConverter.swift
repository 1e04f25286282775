import Foundation
import LiaisonKit
import LiaisonModel

/// Turns the bytes of one referral document into its output files.
///
/// The pipeline (claiming, ledger, archiving, recovery) only sees this protocol, so its logic is
/// tested with a fake; `liaison batch` and `liaison watch` use the ``Workspace``.
public protocol DocumentConverter: Sendable {
    /// Converts `data`, read from the file named `path` (used in errors only), into `artifacts`;
    /// `sha256` is the content hash the pipeline already computed for its ledger.
    /// Throws a ``LiaisonError`` that says what is wrong with the document.
    func convert(_ data: Data, sha256: String, path: String, artifacts: [Artifact]) throws -> Conversion
}

/// One document converted: its output files and the status of its plan, which `batch`,
/// `watch` and `status` show, so a refer-back or needs-review plan is never passed over.
public struct Conversion: Sendable, Equatable {
    public var files: [RenderedFile]
    public var plan: Plan.Status

    public init(files: [RenderedFile], plan: Plan.Status) {
        self.files = files
        self.plan = plan
    }
}

/// The real conversion is the workspace's one entry point (``Workspace/convert(_:)``): import,
/// plan against the knowledge base, render.
extension Workspace: DocumentConverter {
    public func convert(_ data: Data, sha256: String, path: String, artifacts: [Artifact]) throws -> Conversion {
        let result = try convert(ConversionRequest(data: data, path: path, sha256: sha256, outputs: artifacts))
        return Conversion(files: result.files, plan: result.plan.status)
    }
}
