import HuizongModel

/// A direct-mapped cache of subject codes (科目编码), keyed by their digits and scheme.
///
/// The same codes appear in T2, T3, T5, T7 and T8 of a budget and in every budget of a
/// batch; a cached code is returned without making and validating its `String` again.
/// A code's digits (at most seven) are packed into one word, so finding one costs a few
/// instructions. A slot holds the last code that mapped to it.
struct SubjectCodes {
    private static let slotBits = 10
    private var keys = [UInt64](repeating: 0, count: 1 << slotBits)
    private var codes = [SubjectCode?](repeating: nil, count: 1 << slotBits)

    /// The code printed as `text[range]` when those bytes are 3 or 5 ASCII digits (7 too
    /// for function codes), as `SubjectCode(_:scheme:)` accepts them; nil for anything else.
    mutating func code(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, scheme: SubjectCode.Scheme) -> SubjectCode? {
        let count = range.count
        guard count == 3 || count == 5 || (count == 7 && scheme == .function) else { return nil }
        var key: UInt64
        if range.lowerBound &+ 8 <= text.count {
            // The digits in one load, the bytes beyond them masked off; each is a digit
            // when adding 0x46 leaves it below 0x80 and subtracting 0x30 does not borrow.
            key = UnsafeRawPointer(text.baseAddress! + range.lowerBound).loadUnaligned(as: UInt64.self).littleEndian
                & ((1 &<< UInt64(truncatingIfNeeded: 8 &* count)) &- 1)
            let high: UInt64 = 0x8080_8080_8080_8080 & ((1 &<< UInt64(truncatingIfNeeded: 8 &* count)) &- 1)
            guard ((key &+ 0x4646_4646_4646_4646) | (key &- 0x3030_3030_3030_3030)) & high == 0 else { return nil }
        } else {
            key = 0
            for index in range {
                let b = text[index]
                guard b &- 0x30 < 10 else { return nil }
                key = key | UInt64(b) << UInt64(8 &* (index &- range.lowerBound))
            }
        }
        if scheme == .economic { key |= 1 << 63 }
        let slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - SubjectCodes.slotBits))
        let cached: SubjectCode? = keys.withUnsafeBufferPointer { keys in
            keys[slot] == key ? codes.withUnsafeBufferPointer { $0[slot] } : nil
        }
        if let cached { return cached }
        guard let code = SubjectCode(String(decoding: UnsafeBufferPointer(rebasing: text[range]), as: UTF8.self), scheme: scheme)
        else { return nil }
        keys[slot] = key
        codes[slot] = code
        return code
    }
}
