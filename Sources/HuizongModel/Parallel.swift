import Dispatch
import Foundation
import Synchronization

/// The one helper for parallel work: maps over items on a fixed number of threads,
/// writing each result into its own preallocated slot, so the output order is the input
/// order whatever the thread count or timing.
public enum Parallel {
    /// The number of cores.
    public static var coreCount: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// `items.map(transform)`, computed on `threads` threads (default: one per core).
    public static func map<T: Sendable, R: Sendable>(_ items: [T], threads: Int? = nil,
                                                     _ transform: @Sendable (T) -> R) -> [R] {
        let count = items.count
        let workers = min(max(1, threads ?? coreCount), max(count, 1))
        if workers == 1 || count < 2 { return items.map(transform) }
        let slots = Slots<R>(count: count)
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                if index >= count { break }
                slots.store(transform(items[index]), at: index)
            }
        }
        return slots.collect()
    }
}

/// Preallocated result slots; each index is written by exactly one worker.
private final class Slots<R>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<R?>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    func store(_ value: R, at index: Int) { buffer[index] = value }

    /// The results, in index order, each moved out of its slot (no copy, no reference
    /// count per result); the slots are left empty.
    func collect() -> [R] {
        var results: [R] = []
        results.reserveCapacity(buffer.count)
        for index in buffer.indices { results.append(buffer[index].take()!) }
        return results
    }

    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }
}

