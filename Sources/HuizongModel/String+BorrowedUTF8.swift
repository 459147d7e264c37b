extension String {
    /// Calls `body` with the text's UTF-8 bytes, borrowed, not copied.
    ///
    /// `withUTF8` is mutating, so reading a text through it needs a copy (`var text = self`),
    /// and the copy of a text of more than 15 bytes retains and releases its storage: two
    /// atomic operations per comparison, on texts the reader shares between units and
    /// the workers compare at once. `withCString` lends a native text's own bytes (a short
    /// text is copied to the stack, which costs no count); the length comes from
    /// `utf8.count`, so a NUL inside a text is part of the bytes as well.
    @inlinable @inline(__always)
    public func withBorrowedUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let count = utf8.count
        return withCString { pointer in
            pointer.withMemoryRebound(to: UInt8.self, capacity: count + 1) { bytes in
                body(UnsafeBufferPointer(start: bytes, count: count))
            }
        }
    }
}
