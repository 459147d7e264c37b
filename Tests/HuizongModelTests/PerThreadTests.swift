import Foundation
import Synchronization
import Testing
@testable import HuizongModel

/// ``PerThread`` gives each thread one object of its own, made once, and releases it when
/// the thread ends.
@Suite struct PerThreadTests {
    final class Box { let id = UUID() }
    final class Counted {
        static let released = Mutex<Int>(0)
        deinit { Counted.released.withLock { $0 += 1 } }
    }

    @Test func oneObjectPerThreadMadeOnce() {
        let slot = PerThread<Box>()
        let first = slot.value { Box() }
        let again = slot.value { Box() }
        #expect(first === again)
        let ids = Mutex<[UUID]>([])
        let threads = (0..<2).map { _ in
            Thread {
                let box = slot.value { Box() }
                #expect(box === slot.value { Box() })
                ids.withLock { $0.append(box.id) }
            }
        }
        threads.forEach { $0.start() }
        while ids.withLock({ $0.count }) < 2 { usleep(1_000) }
        let seen = ids.withLock { $0 }
        #expect(Set(seen).count == 2)
        #expect(!seen.contains(first.id))
    }

    @Test func releasedWhenTheThreadEnds() {
        let slot = PerThread<Counted>()
        let before = Counted.released.withLock { $0 }
        let done = Mutex(false)
        let thread = Thread {
            _ = slot.value { Counted() }
            done.withLock { $0 = true }
        }
        thread.start()
        while !done.withLock({ $0 }) { usleep(1_000) }
        // The slot's destructor runs as the thread exits.
        var waited = 0
        while Counted.released.withLock({ $0 }) == before && waited < 2_000 { usleep(1_000); waited += 1 }
        #expect(Counted.released.withLock { $0 } == before + 1)
    }
}
