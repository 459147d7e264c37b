/// The hash the reader's caches find byte strings by.
enum ByteHash {
    /// A hash of the `count` bytes at `bytes` (at least eight), eight bytes at a time
    /// (rotate, combine, multiply), then mixed once; the last word read overlaps the one
    /// before it when `count` is not a multiple of eight.
    @inline(__always)
    static func hash(_ bytes: UnsafeRawPointer, _ count: Int) -> UInt64 {
        let k: UInt64 = 0x517C_C1B7_2722_0A95
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: count)
        var offset = 0
        while offset &+ 8 < count {
            h = ((h &<< 5 | h &>> 59) ^ bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* k
            offset &+= 8
        }
        h = ((h &<< 5 | h &>> 59) ^ bytes.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self)) &* k
        h ^= h >> 29
        h = h &* 0xC4CE_B9FE_1A85_EC53
        return h ^ (h >> 32)
    }

    /// Open-addressing slots for entries whose hashes are `hashes`, in order: `count`
    /// slots (a power of two, more than the entries), each holding its entry's index + 1,
    /// 0 when empty; an entry sits at its hash's slot or the next free one after it.
    static func slots(count: Int, hashes: some Sequence<UInt64>) -> [Int32] {
        var slots = [Int32](repeating: 0, count: count)
        let mask = count - 1
        for (index, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index + 1)
        }
        return slots
    }
}
