import HuizongModel

extension String {
    /// True when the two texts have the same UTF-8 bytes, as ``Swift/String/bytesEqual(_:)``
    /// tells, read with `withCString` (a native text's own bytes; the counts come from
    /// `utf8.count`, so a NUL inside a text is compared too). Neither text is copied, so
    /// neither is retained: the reader shares label and name texts between units, and the
    /// roll-up's workers compare them at once; a retain per comparison bounced their counts
    /// between the cores.
    @inline(__always)
    func sameBytesBorrowed(_ other: String) -> Bool {
        let count = utf8.count
        guard count == other.utf8.count else { return false }
        return withCString { a in
            other.withCString { b in
                a.withMemoryRebound(to: UInt8.self, capacity: count) { x in
                    b.withMemoryRebound(to: UInt8.self, capacity: count) { y in
                        UTF8Bytes.equal(UnsafeBufferPointer(start: x, count: count)[...],
                                        UnsafeBufferPointer(start: y, count: count)[...])
                    }
                }
            }
        }
    }
}
