import Foundation
import LiaisonKit
import LiaisonModel

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

    public func finished(_ entry: BatchRecord) {
        lock.withLock {
            done += 1
            let status = entry.status == .processing ? "failed" : entry.status.rawValue
            if entry.status == .failed { failed += 1 }
            let name = FileName.printable(entry.originalName)
            let plan = entry.status == .ok ? entry.plan : nil
            let loud = plan.flatMap(Self.alarm)
            if isTerminal {
                if entry.status == .failed {
                    emit(to: .standardError, "\r\u{1B}[2Kfailed  \(entry.error ?? name)\n")
                } else if let loud {
                    emit(to: .standardError, "\r\u{1B}[2K\(loud)  \(name)\n")
                }
                drawBar()
            } else {
                let detail =
                    entry.status == .failed ? ": \(entry.error ?? "")" : loud.map { "  \($0)" } ?? ""
                emit(
                    to: .standardOutput,
                    "[\(done)/\(total)] \(status.padding(toLength: 9, withPad: " ", startingAt: 0)) \(name)\(detail)\n"
                )
            }
        }
    }

    /// The words that flag a plan the trainer must not start as written.
    static func alarm(_ plan: Plan.Status) -> String? {
        switch plan {
        case .referBack: "REFER-BACK (red flag: alert letter)"
        case .needsReview: "NEEDS-REVIEW"
        case .ready: nil
        }
    }

    /// Clears the bar and prints the summary table on standard output.
    public func summarize(_ summary: BatchSummary, report: URL) {
        lock.withLock {
            if isTerminal { emit(to: .standardError, "\r\u{1B}[2K") }
            var table = "status      count\n"
            for (name, count) in [
                ("ok", summary.ok), ("  ready", summary.ready), ("  needs-review", summary.needsReview),
                ("  refer-back", summary.referBack), ("duplicate", summary.duplicate), ("failed", summary.failed),
                ("total", summary.total),
            ] {
                table += name.padding(toLength: 14, withPad: " ", startingAt: 0) + String(format: "%7d", count) + "\n"
            }
            if summary.referBack > 0 {
                table += "\(summary.referBack) red-flag alert letter(s): those clients must see the provider first\n"
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
