import Foundation

/// Runs `produce` for the indices `0..<count` on `jobs` threads and hands every result to `consume`
/// one at a time, in index order, as soon as it and all earlier ones are done.
///
/// Workers take the next index from a shared counter, but never more than `window` ahead of the
/// next result to consume: one slow letter makes the others wait instead of piling up finished
/// reports, so memory stays bounded whatever the number of inputs. `consume` runs on one thread at
/// a time (whichever worker finished the result it was waiting for).
final class OrderedBatch<Result: Sendable>: @unchecked Sendable {
    private let count: Int
    private let window: Int
    private let produce: @Sendable (Int) -> Result
    private let consume: (Int, Result) -> Void
    private let condition = NSCondition()
    private var nextToTake = 0
    private var nextToConsume = 0
    private var finished: [Int: Result] = [:]
    private var consuming = false

    private init(
        count: Int, window: Int, produce: @escaping @Sendable (Int) -> Result,
        consume: @escaping (Int, Result) -> Void
    ) {
        self.count = count
        self.window = window
        self.produce = produce
        self.consume = consume
    }

    /// Runs the batch; returns when every result has been consumed, with the most results that
    /// ever waited for an earlier one (at most `window`).
    @discardableResult
    static func run(
        count: Int, jobs: Int, window: Int? = nil, produce: @escaping @Sendable (Int) -> Result,
        consume: @escaping (Int, Result) -> Void
    ) -> Int {
        guard jobs > 1, count > 1 else {
            for index in 0..<count { consume(index, produce(index)) }
            return count > 0 ? 1 : 0
        }
        let workers = min(jobs, count)
        let batch = OrderedBatch(
            count: count, window: max(window ?? workers * 4, workers), produce: produce, consume: consume)
        // Own threads rather than a shared pool: `--jobs 4` means four letters at once, whatever else runs.
        let done = DispatchSemaphore(value: 0)
        for _ in 1..<workers {
            let thread = Thread {
                batch.work()
                done.signal()
            }
            // As much stack as the main thread has: libxml2 recurses on deeply nested HTML.
            thread.stackSize = 8 << 20
            thread.start()
        }
        batch.work()
        for _ in 1..<workers { done.wait() }
        return batch.mostWaiting
    }

    /// The most results that waited to be consumed at the same time.
    private var mostWaiting = 0

    private func work() {
        while let index = take() {
            let result = produce(index)
            condition.lock()
            finished[index] = result
            mostWaiting = max(mostWaiting, finished.count)
            if !consuming {
                // This worker consumes every result that is now next in line, outside the lock.
                consuming = true
                while let ready = finished.removeValue(forKey: nextToConsume) {
                    let readyIndex = nextToConsume
                    condition.unlock()
                    consume(readyIndex, ready)
                    condition.lock()
                    nextToConsume += 1
                    condition.broadcast()
                }
                consuming = false
            }
            condition.unlock()
        }
    }

    /// The next index to produce, waiting while it would run more than `window` ahead; nil when all are taken.
    private func take() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while nextToTake < count, nextToTake >= nextToConsume + window { condition.wait() }
        guard nextToTake < count else { return nil }
        defer { nextToTake += 1 }
        return nextToTake
    }
}
