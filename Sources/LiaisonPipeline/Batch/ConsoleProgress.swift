import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Shows a batch as it runs: a progress bar on standard error when that is a terminal, one
/// plain line per input on standard output otherwise (logs, CI). Failures are always printed.
public final class ConsoleProgress: BatchObserver, @unchecked Sendable {
    private let lock = NSLock()
    private let isTerminal: Bool
    private var total = 0
    private var done = 0
    private var failed = 0

    public init(isTerminal: Bool = isatty(STDERR_FILENO) != 0) {
        self.isTerminal = isTerminal
    }

    public func started(total: Int) {
        lock.withLock { self.total = total }
    }

    public func finished(_ entry: LedgerEntry) {
        lock.withLock {
            done += 1
            let status = entry.status == .processing ? "failed" : entry.status.rawValue
            if entry.status == .failed { failed += 1 }
            if isTerminal {
                if entry.status == .failed {
                    emit(to: .standardError, "\r\u{1B}[2Kfailed  \(entry.error ?? entry.originalName)\n")
                }
                drawBar()
            } else {
                let detail = entry.status == .failed ? ": \(entry.error ?? "")" : ""
                emit(
                    to: .standardOutput,
                    "[\(done)/\(total)] \(status.padding(toLength: 9, withPad: " ", startingAt: 0)) \(entry.originalName)\(detail)\n"
                )
            }
        }
    }

    /// Clears the bar and prints the summary table on standard output.
    public func summarize(_ summary: BatchSummary, report: URL) {
        lock.withLock {
            if isTerminal { emit(to: .standardError, "\r\u{1B}[2K") }
            var table = "status      count\n"
            for (name, count) in [
                ("ok", summary.ok), ("duplicate", summary.duplicate), ("failed", summary.failed),
                ("total", summary.total),
            ] {
                table += name.padding(toLength: 10, withPad: " ", startingAt: 0) + String(format: "%7d", count) + "\n"
            }
            table += "report: \(report.path)\n"
            emit(to: .standardOutput, table)
        }
    }

    private func drawBar() {
        let width = 30
        let filled = total > 0 ? min(width, done * width / total) : 0
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        emit(to: .standardError, "\r[\(bar)] \(done)/\(total)" + (failed > 0 ? ", \(failed) failed" : ""))
    }

    private func emit(to handle: FileHandle, _ text: String) {
        handle.write(Data(text.utf8))
    }
}
