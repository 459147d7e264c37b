/// The strings made from one text's bytes, each distinct text made once.
///
/// A budget repeats many labels (the same subject names in T2, T3, T5 and T6, the same
/// indicator texts in every 绩效目标表); reading them through this table makes one
/// `String` per distinct text and shares it, instead of validating, allocating and
/// copying each time. Short texts (at most 15 bytes) are stored inside the `String`
/// value and very long ones are rarely repeated: both are made directly.
struct StringTable {
    private struct Entry {
        var hash: UInt64
        var start: Int
        var count: Int
        var string: String
    }

    /// Entry index + 1 for each slot; 0 is an empty slot. The count is a power of two.
    private var slots = [Int32](repeating: 0, count: 256)
    private var entries: [Entry] = []

    /// Texts between these lengths (in bytes) are shared.
    private static let shared = 16...256

    /// The string of `bytes[range]` (valid UTF-8).
    mutating func string(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        if range.isEmpty { return "" }
        guard StringTable.shared.contains(range.count) else { return String(decoding: bytes[range], as: UTF8.self) }
        return bytes.withUnsafeBufferPointer { buffer in
            let hash = StringTable.hash(buffer, range)
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 {
                let entry = entries[Int(slots[slot]) - 1]
                if entry.hash == hash && entry.count == range.count
                    && StringTable.equal(buffer, entry.start, range.lowerBound, range.count) {
                    return entry.string
                }
                slot = (slot + 1) & mask
            }
            let string = String(decoding: UnsafeBufferPointer(rebasing: buffer[range]), as: UTF8.self)
            entries.append(Entry(hash: hash, start: range.lowerBound, count: range.count, string: string))
            slots[slot] = Int32(entries.count)
            if entries.count * 2 > slots.count { grow() }
            return string
        }
    }

    /// Doubles the slots and places every entry again.
    private mutating func grow() {
        var larger = [Int32](repeating: 0, count: slots.count * 2)
        let mask = larger.count - 1
        for (index, entry) in entries.enumerated() {
            var slot = Int(truncatingIfNeeded: entry.hash) & mask
            while larger[slot] != 0 { slot = (slot + 1) & mask }
            larger[slot] = Int32(index + 1)
        }
        slots = larger
    }

    /// A hash of `bytes[range]`, eight bytes at a time.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        let base = UnsafeRawPointer(bytes.baseAddress!)
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(range.count)
        var index = range.lowerBound
        while index + 8 <= range.upperBound {
            let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            h = (h ^ word) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 29
            index += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while index < range.upperBound {
            tail |= UInt64(bytes[index]) << shift
            shift += 8
            index += 1
        }
        h = (h ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        return h ^ (h >> 32)
    }

    /// Whether the `count` bytes at `a` and at `b` are equal.
    private static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int, _ count: Int) -> Bool {
        if a == b { return true }
        let base = UnsafeRawPointer(bytes.baseAddress!)
        var offset = 0
        while offset + 8 <= count {
            if base.loadUnaligned(fromByteOffset: a + offset, as: UInt64.self)
                != base.loadUnaligned(fromByteOffset: b + offset, as: UInt64.self) { return false }
            offset += 8
        }
        while offset < count {
            if bytes[a + offset] != bytes[b + offset] { return false }
            offset += 1
        }
        return true
    }
}
