import Dispatch
import Foundation

/// `map` on up to `workers` threads at once, with the results in the order of the items whatever order they
/// finish in. Each worker takes the next unclaimed item until none is left, so one slow item does not hold up
/// the others' workers.
enum OrderedParallelMap {
    static func map<Item: Sendable, Value: Sendable>(
        _ items: [Item], workers: Int, _ transform: @Sendable (Item) -> Value
    ) -> [Value] {
        let workers = min(max(1, workers), items.count)
        guard workers > 1 else { return items.map(transform) }
        let slots = Slots<Value>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let index = slots.claim() {
                slots.store(transform(items[index]), at: index)
            }
        }
        return slots.values()
    }
}

/// The workers' shared state: the next unclaimed index and one slot per item for its result.
///
/// `@unchecked Sendable` because the compiler cannot see that every read and write of `next` and `slots` happens
/// under `lock`; the lock is held only to claim an index or store a result, never while an item is transformed.
/// (`Mutex` from the Synchronization module would say this without `@unchecked`, but it needs macOS 15 and the
/// package supports macOS 13.)
private final class Slots<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private var slots: [Value?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    /// The next item's index for the calling worker, or nil when every item is taken.
    func claim() -> Int? {
        lock.withLock {
            guard next < slots.count else { return nil }
            defer { next += 1 }
            return next
        }
    }

    func store(_ value: Value, at index: Int) {
        lock.withLock { slots[index] = value }
    }

    /// Every result in item order; called after all workers have finished, so every slot is filled.
    func values() -> [Value] {
        lock.withLock { slots.compactMap { $0 } }
    }
}
