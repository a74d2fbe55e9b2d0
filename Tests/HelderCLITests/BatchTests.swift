import Foundation
import Testing

@testable import HelderCLI

/// Records, from any thread, what a batch did.
private final class BatchLog: @unchecked Sendable {
    private let lock = NSLock()
    private var consumedSoFar = 0
    private var consumedOrder: [Int] = []
    private var furthestAhead = 0

    func started(_ index: Int) {
        lock.withLock { furthestAhead = max(furthestAhead, index - consumedSoFar) }
    }

    func consumed(_ index: Int) {
        lock.withLock {
            consumedOrder.append(index)
            consumedSoFar += 1
        }
    }

    var order: [Int] { lock.withLock { consumedOrder } }
    /// How far beyond the next result to consume a worker ever started.
    var ahead: Int { lock.withLock { furthestAhead } }
}

@Suite("Ordered batch")
struct OrderedBatchTests {
    @Test("Results are consumed in input order whatever order they finish in", arguments: [1, 2, 4])
    func order(jobs: Int) {
        let log = BatchLog()
        var results: [String] = []
        OrderedBatch<String>.run(
            count: 200, jobs: jobs,
            produce: { index in
                // Early indices take longest, so later ones finish first.
                if index % 7 == 0 { usleep(UInt32(200 + (200 - index) * 5)) }
                return "brief \(index)"
            },
            consume: { index, result in
                log.consumed(index)
                results.append(result)
            })
        #expect(log.order == Array(0..<200))
        #expect(results == (0..<200).map { "brief \($0)" })
    }

    @Test("A slow input holds the others back instead of letting finished results pile up")
    func bounded() {
        let log = BatchLog()
        let mostWaiting = OrderedBatch<Int>.run(
            count: 300, jobs: 4, window: 8,
            produce: { index in
                log.started(index)
                // Every 50th letter is slow: without a bound the other workers would run far ahead.
                usleep(index % 50 == 0 ? 20_000 : 100)
                return index
            },
            consume: { index, _ in log.consumed(index) })
        #expect(log.order == Array(0..<300))
        #expect(mostWaiting <= 8)
        #expect(log.ahead < 8)
        // The bound was reached, so the test exercised it.
        #expect(log.ahead >= 4)
    }

    @Test("No inputs, one input, and one worker")
    func edges() {
        var consumed: [Int] = []
        OrderedBatch<Int>.run(count: 0, jobs: 4, produce: { $0 }, consume: { consumed.append($1) })
        #expect(consumed.isEmpty)
        OrderedBatch<Int>.run(count: 1, jobs: 4, produce: { $0 + 10 }, consume: { consumed.append($1) })
        OrderedBatch<Int>.run(count: 3, jobs: 1, produce: { $0 + 20 }, consume: { consumed.append($1) })
        #expect(consumed == [10, 20, 21, 22])
    }
}
