import Dispatch
import Testing
import HuizongModel

/// A value computed on its own thread: the caller goes on, then gets the value or the error.
@Suite struct BackgroundValueTests {
    struct Failure: Error, Equatable { var reason: String }

    @Test func theCallerGoesOnWhileTheWorkRuns() throws {
        let release = DispatchSemaphore(value: 0)
        let pending = BackgroundValue { () -> [Int] in
            release.wait()
            return [1, 2, 3]
        }
        // The work waits for the caller: a constructor that ran it in turn would never return.
        #expect(!pending.hasFailed)
        release.signal()
        #expect(try pending.value() == [1, 2, 3])
        #expect(try pending.value() == [1, 2, 3])
        #expect(!pending.hasFailed)
    }

    @Test func theWorksErrorIsRethrownToEveryCaller() {
        let pending = BackgroundValue { () throws -> Int in throw Failure(reason: "坏") }
        #expect(throws: Failure(reason: "坏")) { try pending.value() }
        #expect(throws: Failure(reason: "坏")) { try pending.value() }
        #expect(pending.hasFailed)
    }
}
