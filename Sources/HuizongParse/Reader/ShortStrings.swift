/// A direct-mapped cache of short strings (1 to 15 bytes), keyed by their bytes.
///
/// Short texts (`万元`, `产出指标`, `2080109`, `0.00`) live inside the `String` value, so a
/// cached copy costs no allocation and no reference count; finding one costs two 64-bit
/// loads and compares instead of validating the UTF-8 again. A slot holds the last text
/// that mapped to it.
struct ShortStrings {
    private static let slotBits = 12
    private var low = [UInt64](repeating: 0, count: 1 << slotBits)
    private var high = [UInt64](repeating: 0, count: 1 << slotBits)
    private var lengths = [UInt8](repeating: 0, count: 1 << slotBits)
    private var strings = [String](repeating: "", count: 1 << slotBits)

    /// The longest text cached.
    static let longest = 15

    /// The string of `text[range]` (valid UTF-8, 1 to 15 bytes).
    mutating func string(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        let (w0, w1) = ShortStrings.words(text, range)
        let mixed = (w0 ^ (w1 &* 0x9E37_79B9_7F4A_7C15) ^ UInt64(range.count)) &* 0xFF51_AFD7_ED55_8CCD
        let slot = Int(truncatingIfNeeded: mixed >> UInt64(64 - ShortStrings.slotBits))
        if lengths[slot] == UInt8(truncatingIfNeeded: range.count) && low[slot] == w0 && high[slot] == w1 {
            return strings[slot]
        }
        let string = String(decoding: UnsafeBufferPointer(rebasing: text[range]), as: UTF8.self)
        low[slot] = w0
        high[slot] = w1
        lengths[slot] = UInt8(truncatingIfNeeded: range.count)
        strings[slot] = string
        return string
    }

    /// The bytes of `text[range]` (at most 16) packed little-endian into two words,
    /// zero beyond the range.
    @inline(__always)
    private static func words(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (UInt64, UInt64) {
        let count = range.count
        if range.lowerBound + 16 <= text.count {
            let base = UnsafeRawPointer(text.baseAddress!)
            var w0 = base.loadUnaligned(fromByteOffset: range.lowerBound, as: UInt64.self).littleEndian
            var w1 = base.loadUnaligned(fromByteOffset: range.lowerBound + 8, as: UInt64.self).littleEndian
            if count < 8 {
                w0 &= (1 << UInt64(8 * count)) &- 1
                w1 = 0
            } else {
                w1 &= (1 << UInt64(8 * (count - 8))) &- 1
            }
            return (w0, w1)
        }
        var w0: UInt64 = 0, w1: UInt64 = 0
        for offset in 0..<count {
            let b = UInt64(text[range.lowerBound + offset])
            if offset < 8 { w0 |= b << UInt64(8 * offset) } else { w1 |= b << UInt64(8 * (offset - 8)) }
        }
        return (w0, w1)
    }
}
