import Foundation

/// What `liaison batch` was asked to do.
public struct BatchOptions: Sendable {
    public var inputs: [URL]
    public var output: URL
    public var jobs: Int
    public var artifacts: [Artifact]
    /// Flush every output file as it is written; otherwise one flush of the file system at the
    /// end, before the report is written (a restart verifies outputs, see ``BatchRunner``).
    public var flushEachFile: Bool

    public init(inputs: [URL], output: URL, jobs: Int, artifacts: [Artifact], flushEachFile: Bool = false) {
        self.inputs = inputs
        self.output = output
        self.jobs = jobs
        self.artifacts = artifacts
        self.flushEachFile = flushEachFile
    }
}

/// Counts of a finished batch, and the report's location.
public struct BatchSummary: Sendable, Equatable, Codable {
    public var total = 0
    public var ok = 0
    public var failed = 0
    public var duplicate = 0

    public init() {}

    mutating func count(_ status: LedgerEntry.Status) {
        total += 1
        switch status {
        case .ok: ok += 1
        case .failed, .processing: failed += 1
        case .duplicate: duplicate += 1
        }
    }
}

/// What a batch tells its caller as it goes: the command line draws a progress bar on a
/// terminal, plain lines otherwise.
public protocol BatchObserver: Sendable {
    /// Called once the inputs are counted.
    func started(total: Int)
    /// Called when one input is done (or found already done by an earlier run).
    func finished(_ entry: LedgerEntry)
}
