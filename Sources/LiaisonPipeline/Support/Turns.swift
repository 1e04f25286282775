import Foundation

/// Lets numbered steps run one at a time in number order, whichever thread reaches them first.
///
/// Batch workers read and hash their inputs in parallel but claim them in the ledger in walk
/// order, so which of two identical files is "the original" and which "the duplicate" does not
/// depend on thread timing.
final class Turns: @unchecked Sendable {
    private let condition = NSCondition()
    private var next = 0

    /// Runs `body` once every step before `number` has run; steps must be numbered 0, 1, 2...
    /// and each must be taken exactly once, or later ones wait for ever.
    func take<T>(_ number: Int, _ body: () throws -> T) rethrows -> T {
        condition.lock()
        while next != number { condition.wait() }
        condition.unlock()
        defer {
            condition.lock()
            next += 1
            condition.broadcast()
            condition.unlock()
        }
        return try body()
    }
}
