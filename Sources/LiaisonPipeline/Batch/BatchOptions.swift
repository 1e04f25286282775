import Foundation
import LiaisonKit
import LiaisonModel

/// What `liaison batch` was asked to do.
public struct BatchOptions: Sendable {
    public var inputs: [URL]
    public var output: URL
    public var jobs: Int
    public var artifacts: [Artifact]
    /// Flush every output file as it is written; otherwise one flush of the file system at the
    /// end, before the report is written (a restart verifies outputs, see ``BatchRunner``).
    public var flushEachFile: Bool
    /// Run for every refer-back (red-flag alert) letter.
    public var alert: AlertCommand?

    public init(
        inputs: [URL], output: URL, jobs: Int, artifacts: [Artifact], flushEachFile: Bool = false,
        alert: AlertCommand? = nil
    ) {
        self.inputs = inputs
        self.output = output
        self.jobs = JobLimit.capped(jobs)
        self.artifacts = artifacts
        self.flushEachFile = flushEachFile
        self.alert = alert
    }
}

/// Counts of a finished batch: by document status, and the converted ones by plan status.
public struct BatchSummary: Sendable, Equatable, Codable {
    public var total = 0
    public var ok = 0
    public var failed = 0
    public var duplicate = 0
    /// Of the `ok` documents: plans that can start as written.
    public var ready = 0
    /// Of the `ok` documents: plans waiting for the provider's answers.
    public var needsReview = 0
    /// Of the `ok` documents: red-flag alerts, the client goes back to the provider.
    public var referBack = 0

    public init() {}

    mutating func count(_ status: DocumentStatus, plan: Plan.Status? = nil) {
        total += 1
        switch status {
        case .ok: ok += 1
        case .failed, .processing: failed += 1
        case .duplicate: duplicate += 1
        }
        guard status == .ok else { return }
        switch plan {
        case .ready: ready += 1
        case .needsReview: needsReview += 1
        case .referBack: referBack += 1
        case nil: break
        }
    }
}

/// What a batch tells its caller as it goes: the command line draws a progress bar on a
/// terminal, plain lines otherwise.
public protocol BatchObserver: Sendable {
    /// Called once the inputs are counted.
    func started(total: Int)
    /// Called when one input is done (or found already done by an earlier run).
    func finished(_ entry: BatchRecord)
}
