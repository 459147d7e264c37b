/// A direct-mapped cache of short strings (1 to 15 bytes), keyed by their bytes.
///
/// Short texts (`万元`, `产出指标`, `2080109`, `0.00`) live inside the `String` value, so a
/// cached copy costs no allocation and no reference count; finding one costs two 64-bit
/// loads and compares instead of validating the UTF-8 again. A slot holds the last text
/// that mapped to it.
struct ShortStrings {
    /// One slot: the text's bytes packed into two words (its length in the top byte of
    /// the second, which no byte of a text of at most 15 bytes reaches) and its string.
    private struct Entry {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var string = ""
    }

    private static let slotBits = 12
    private var entries = [Entry](repeating: Entry(), count: 1 << slotBits)

    /// The longest text cached.
    static let longest = 15

    /// The string of `text[range]` (valid UTF-8, 1 to 15 bytes).
    mutating func string(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        let (low, high) = ShortStrings.words(text, range)
        let mixed = (low ^ (high &* 0x9E37_79B9_7F4A_7C15)) &* 0xFF51_AFD7_ED55_8CCD
        let slot = Int(truncatingIfNeeded: mixed >> UInt64(64 - ShortStrings.slotBits))
        // Looked up through a pointer: reading needs no uniqueness check; an empty slot
        // (both words 0) never equals a text, whose length byte is not 0.
        let found: String? = entries.withUnsafeBufferPointer { entries in
            let entry = entries.baseAddress! + slot
            return entry.pointee.low == low && entry.pointee.high == high ? entry.pointee.string : nil
        }
        if let found { return found }
        let string = ValidUTF8.string(UnsafeBufferPointer(rebasing: text[range]))
        entries[slot] = Entry(low: low, high: high, string: string)
        return string
    }

    /// The bytes of `text[range]` (1 to 15) packed little-endian into two words, zero
    /// beyond the range, with the length in the top byte of the second.
    @inline(__always)
    private static func words(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (UInt64, UInt64) {
        let count = range.count
        let length = UInt64(truncatingIfNeeded: count) &<< 56
        if range.lowerBound &+ 16 <= text.count {
            let base = UnsafeRawPointer(text.baseAddress! + range.lowerBound)
            let w0 = base.loadUnaligned(as: UInt64.self).littleEndian
            if count < 8 {
                return (w0 & ((1 &<< UInt64(truncatingIfNeeded: 8 &* count)) &- 1), length)
            }
            let w1 = base.loadUnaligned(fromByteOffset: 8, as: UInt64.self).littleEndian
            return (w0, (w1 & ((1 &<< UInt64(truncatingIfNeeded: 8 &* (count &- 8))) &- 1)) | length)
        }
        // Near the end of the buffer (a cell lent on its own): the bytes past the first
        // word read in pieces, never past the range.
        let base = UnsafeRawPointer(text.baseAddress! + range.lowerBound)
        if count < 8 { return (partialWord(base, count), length) }
        return (base.loadUnaligned(as: UInt64.self).littleEndian, partialWord(base + 8, count &- 8) | length)
    }

    /// The `count` (0 to 7) bytes at `at` packed little-endian into a word, read as four,
    /// two and one bytes as `count` holds them.
    @inline(__always)
    private static func partialWord(_ at: UnsafeRawPointer, _ count: Int) -> UInt64 {
        var word: UInt64 = 0
        var offset = 0
        if count & 4 != 0 {
            word = UInt64(at.loadUnaligned(as: UInt32.self).littleEndian)
            offset = 4
        }
        if count & 2 != 0 {
            word |= UInt64(at.loadUnaligned(fromByteOffset: offset, as: UInt16.self).littleEndian) &<< UInt64(truncatingIfNeeded: 8 &* offset)
            offset &+= 2
        }
        if count & 1 != 0 {
            word |= UInt64(at.load(fromByteOffset: offset, as: UInt8.self)) &<< UInt64(truncatingIfNeeded: 8 &* offset)
        }
        return word
    }
}
