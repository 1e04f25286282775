import Foundation
import LiaisonKit
import LiaisonModel
import Logging

@testable import LiaisonPipeline

/// Runs a batch over `inputs` into `output` through a fake converter.
func runBatch(
    _ inputs: [URL], _ output: URL, _ converter: FakeConverter = FakeConverter(), jobs: Int = 2,
    artifacts: [Artifact] = Artifact.perDocument
) throws -> BatchSummary {
    let options = BatchOptions(inputs: inputs, output: output, jobs: jobs, artifacts: artifacts)
    return try BatchRunner(options: options, converter: converter).run()
}

/// The `batch-report.json` a batch left in `output`.
func batchReport(in output: URL) throws -> BatchReport {
    try JSONDecoder().decode(
        BatchReport.self, from: Data(contentsOf: output.appendingPathComponent(BatchReport.fileName)))
}

/// A logger that keeps the watcher quiet in tests.
var quietLogger: Logger {
    var logger = Logger(label: "test")
    logger.logLevel = .critical
    return logger
}

/// Runs a watcher until the inbox is empty and everything taken is done.
func drain(_ root: URL, _ converter: FakeConverter, reprocess: Bool = false) async throws {
    let options = WatchOptions(root: root, jobs: 2, settle: 0, rescan: 0.2, reprocess: reprocess, once: true)
    try await WatchService(options: options, converter: converter, logger: quietLogger).run()
}

/// An `--on-alert` command that appends the folder it is given to the file `marker`.
func alertRecorder(in root: URL) throws -> (command: AlertCommand, marker: URL) {
    let marker = root.appendingPathComponent("alerted")
    let script = root.appendingPathComponent("alert.sh")
    try write("#!/bin/sh\necho \"$1\" >> \(marker.path)\n", to: script)
    chmod(script.path, 0o700)
    return (try AlertCommand(script.path), marker)
}
