import Foundation

/// One object per thread: made on the thread's first request, kept in a POSIX
/// thread-specific slot, and released when the thread ends.
///
/// Caches that one thread fills and reads (the reader's string vocabulary, the checker's
/// T1/T4 line-index memo) live here so that they need no lock and no object in them is
/// reference-counted by two threads at once. Looking the slot up costs a few instructions;
/// the thread dictionary cost a bridged dictionary look-up and a dynamic cast per call.
public final class PerThread<Value: AnyObject>: Sendable {
    /// The slot; its destructor releases the thread's object (one retained reference).
    private let key: pthread_key_t

    /// A new slot (made once per kind of object, usually as a `static let`).
    public init() {
        var key = pthread_key_t()
        let status = pthread_key_create(&key) { stored in
            guard let stored else { return }
            Unmanaged<AnyObject>.fromOpaque(stored).release()
        }
        precondition(status == 0, "pthread_key_create failed")
        self.key = key
    }

    /// The calling thread's object, made by `make` on the thread's first call.
    @inlinable public func value(_ make: () -> Value) -> Value {
        if let stored = storedValue() { return Unmanaged<Value>.fromOpaque(stored).takeUnretainedValue() }
        let value = make()
        store(Unmanaged.passRetained(value).toOpaque())
        return value
    }

    /// The raw pointer kept for the calling thread, nil before its first call.
    @usableFromInline func storedValue() -> UnsafeMutableRawPointer? { pthread_getspecific(key) }

    /// Keeps `pointer` (one retained reference) for the calling thread.
    @usableFromInline func store(_ pointer: UnsafeMutableRawPointer) {
        precondition(pthread_setspecific(key, pointer) == 0, "pthread_setspecific failed")
    }
}
