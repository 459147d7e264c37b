import Foundation
import Synchronization

/// A value computed on a thread of its own while the caller goes on with other work.
///
/// A command reads what only a later step needs (the hierarchy CSV: 7 ms for 10,000 units)
/// this way while it lists and loads its inputs, instead of before. The work runs on a new
/// POSIX thread, not on a Dispatch queue: the loaders' `concurrentPerform` takes its helpers
/// from Dispatch's pool, which a busy queue thread would leave a worker short.
public final class BackgroundValue<Value: Sendable>: Sendable {
    /// The outcome, set once by the work's thread.
    private let outcome = Mutex<Result<Value, any Error>?>(nil)
    /// Signalled once the outcome is set.
    private let done = DispatchSemaphore(value: 0)
    /// True once the work has thrown (read without waiting).
    private let threw = Atomic<Bool>(false)

    /// Starts `work` on a new thread.
    public init(_ work: @escaping @Sendable () throws -> Value) {
        Self.start { [self] in
            let result = Result { try work() }
            if case .failure = result { threw.store(true, ordering: .releasing) }
            outcome.withLock { $0 = result }
            done.signal()
        }
    }

    /// Runs `body` on a new, detached POSIX thread. Foundation's `Thread` took 4-6 ms to
    /// start the first one (its own start-up, on the command's serial start); `pthread_create`
    /// takes a few microseconds. The closure crosses to the thread as one retained
    /// reference, taken back there.
    private static func start(_ body: @escaping @Sendable () -> Void) {
        let box = Unmanaged.passRetained(ThreadBody(body)).toOpaque()
        var thread = pthread_t()
        let status = pthread_create(&thread, nil, { raw in
            Unmanaged<ThreadBody>.fromOpaque(raw!).takeRetainedValue().run()
            return nil
        }, box)
        precondition(status == 0, "pthread_create failed")
        pthread_detach(thread)
    }

    /// True when the work has finished by throwing; false while it runs or when it
    /// succeeded. Does not wait.
    public var hasFailed: Bool { threw.load(ordering: .acquiring) }

    /// The value, waiting for the work to finish; rethrows the work's error. May be asked
    /// more than once (the later calls do not wait).
    public func value() throws -> Value {
        done.wait()
        done.signal()
        return try outcome.withLock { $0! }.get()
    }
}

/// A thread's work, handed to `pthread_create` as a pointer.
private final class ThreadBody: Sendable {
    let run: @Sendable () -> Void
    init(_ run: @escaping @Sendable () -> Void) { self.run = run }
}
