import Foundation

/// A fixed number of threads taking jobs from a bounded queue.
///
/// Conversions are synchronous, CPU-bound work with blocking file I/O, so they run on their own
/// threads rather than on Swift's cooperative pool; the bound keeps memory flat however many
/// files are waiting (the producer blocks in ``submit(_:)`` while the queue is full).
public final class WorkerPool<Job: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var queue: [Job] = []
    private var closed = false
    private var running = 0
    private let capacity: Int
    private let group = DispatchGroup()

    /// Starts `workers` threads, each calling `work` for every job it takes.
    public init(workers: Int, capacity: Int? = nil, work: @escaping @Sendable (Job) -> Void) {
        self.capacity = capacity ?? max(2, workers * 2)
        for index in 0..<max(1, workers) {
            group.enter()
            let thread = Thread { [self] in
                while let job = take() {
                    work(job)
                    condition.lock()
                    running -= 1
                    condition.broadcast()
                    condition.unlock()
                }
                group.leave()
            }
            thread.name = "liaison-worker-\(index)"
            thread.stackSize = 4 << 20
            thread.start()
        }
    }

    /// Queues `job`, waiting while the queue is full.
    public func submit(_ job: Job) {
        condition.lock()
        while queue.count >= capacity, !closed { condition.wait() }
        queue.append(job)
        condition.broadcast()
        condition.unlock()
    }

    /// Jobs queued or being worked on.
    public var pending: Int {
        condition.lock()
        defer { condition.unlock() }
        return queue.count + running
    }

    private func take() -> Job? {
        condition.lock()
        defer { condition.unlock() }
        while queue.isEmpty, !closed { condition.wait() }
        guard !queue.isEmpty else { return nil }
        running += 1
        condition.broadcast()
        return queue.removeFirst()
    }

    /// Lets the queued jobs finish, then stops the threads and waits for them.
    public func finish() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
        group.wait()
    }
}
