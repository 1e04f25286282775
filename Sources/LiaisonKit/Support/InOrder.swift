import Foundation

/// Work on many items at once, results taken in the items' order: what `inspect` and `plan` do
/// with several files.
public enum InOrder {
    /// Calls `work` for every item on `jobs` threads (a ``WorkerPool``) and `deliver` with each
    /// result on the calling thread, in item order. At most `window` results wait to be
    /// delivered, so memory stays flat however many items there are.
    public static func forEach<Item: Sendable, Result: Sendable>(
        _ items: [Item], jobs: Int, window: Int = 32, work: @escaping @Sendable (Item) -> Result,
        deliver: (Result) -> Void
    ) {
        let slots = Slots<Result>()
        let pool = WorkerPool<(Int, Item)>(workers: min(max(1, jobs), max(1, items.count))) { index, item in
            slots.put(index, work(item))
        }
        var submitted = 0
        for next in items.indices {
            while submitted < items.count, submitted < next + window {
                pool.submit((submitted, items[submitted]))
                submitted += 1
            }
            deliver(slots.take(next))
        }
        pool.finish()
    }
}

/// Results by index, filled by workers and taken once each by the delivering thread.
private final class Slots<Result>: @unchecked Sendable {
    private let condition = NSCondition()
    private var results: [Int: Result] = [:]

    func put(_ index: Int, _ result: Result) {
        condition.lock()
        results[index] = result
        condition.broadcast()
        condition.unlock()
    }

    func take(_ index: Int) -> Result {
        condition.lock()
        defer { condition.unlock() }
        while results[index] == nil { condition.wait() }
        return results.removeValue(forKey: index)!
    }
}
