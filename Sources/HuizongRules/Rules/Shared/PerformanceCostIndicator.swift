import HuizongModel

/// The money ceilings stated by a 绩效目标表's 成本指标 (`≤98万元`, `≤5680394.36元`).
enum PerformanceCostIndicator {
    /// Comparators a ceiling may start with (`≤`, `<=`, full-width forms, `=`), longest first.
    static let comparators = ["<=", "＜＝", "＜=", "≤", "≦", "<", "＜", "=", "＝"]
    /// ``comparators`` as UTF-8 bytes.
    static let comparatorBytes = comparators.map { Array($0.utf8) }
    /// `万元` and `元` as UTF-8 bytes.
    static let wanYuan = Array("万元".utf8), yuan = Array("元".utf8)

    /// True when `bytes` hold `part` at `offset` (which leaves room for it or not).
    @inline(__always)
    static func has(_ bytes: UnsafeBufferPointer<UInt8>, _ part: [UInt8], at offset: Int) -> Bool {
        guard offset >= 0, offset + part.count <= bytes.count else { return false }
        for k in part.indices where bytes[offset + k] != part[k] { return false }
        return true
    }

    /// The ceiling of indicator value `text` in 万元, rounded half-up to 0.01 万元, or nil
    /// when the value is not a plain money amount (`100%`, `≤20元/人`, `较上年有所提升`).
    /// `≤5680394.36元` → 568.04; `≤109.4万元` → 109.40. No regular expressions: the text is
    /// cut by its known prefix and suffix and the rest must parse as a decimal number.
    static func ceiling(_ text: String) -> Amount? {
        // Work on the UTF-8 bytes, in a temporary buffer: no Character iteration, no
        // Unicode normalisation, no allocation. One pass drops whitespace, commas and
        // full-width commas (as removingWhitespace, then the commas: in valid UTF-8 neither
        // removal can join the bytes of another scalar).
        StructureText.withBytes(text) { bytes -> Amount? in
            // Only a text ending in 元 or in whitespace can be an amount (told on the bytes
            // read in place: the text is not copied).
            guard endsWithYuan(bytes) || endsWithWhitespace(bytes) else { return nil }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { key -> Amount? in
                var count = 0
                var i = 0
                while i < bytes.count {
                    let space = UTF8Whitespace.whitespaceLength(in: bytes, at: i)
                    if space > 0 { i += space; continue }
                    let b = bytes[i]
                    if b == UInt8(ascii: ",") { i += 1; continue }
                    if b == 0xEF && i + 2 < bytes.count && bytes[i + 1] == 0xBC && bytes[i + 2] == 0x8C { i += 3; continue }
                    key[count] = b; count += 1; i += 1
                }
                let kept = UnsafeBufferPointer(rebasing: key[0..<count])
                var start = 0
                for comparator in comparatorBytes where Self.has(kept, comparator, at: 0) {
                    start = comparator.count
                    break
                }
                let unit: Amount.Unit
                var end = count
                if end - start >= 6 && Self.has(kept, wanYuan, at: end - 6) { unit = .wanYuan; end -= 6 }
                else if end - start >= 3 && Self.has(kept, yuan, at: end - 3) { unit = .yuan; end -= 3 }
                else { return nil }
                let number = UnsafeBufferPointer(rebasing: kept[start..<end])
                guard case .success(let amount) = Amount.parse(utf8: number, unit: unit, maxDecimals: unit.maxExactDecimals),
                      amount >= .zero else { return nil }
                return Amount(wanHundredths: amount.roundedWanHundredths)
            }
        }
    }

    /// The cost indicators among a 绩效目标表's `indicators` whose value is a money ceiling:
    /// their positions, with the ceiling. Indicators are read in place, not copied.
    static func ceilings(_ indicators: [PerformanceIndicator]) -> [(indicator: Int, ceiling: Amount)] {
        var out: [(indicator: Int, ceiling: Amount)] = []
        forEachCeiling(indicators) { out.append(($0, $1)) }
        return out
    }

    /// Calls `body` with the position and ceiling of each indicator ``ceilings(_:)`` lists,
    /// in order, without building the list.
    static func forEachCeiling(_ indicators: [PerformanceIndicator], _ body: (_ indicator: Int, _ ceiling: Amount) -> Void) {
        var inCostGroup = false
        for index in indicators.indices {
            // 成本指标 starts the cost group; any other printed 二级指标 ends it.
            StructureText.withBytes(indicators[index].level2) { level2 in
                if LabelBytes.contains(level2, "成本") { inCostGroup = true }
                else if Self.isPrinted(level2) { inCostGroup = false }
            }
            guard inCostGroup, let ceiling = ceiling(indicators[index].value) else { continue }
            body(index, ceiling)
        }
    }

    /// True when `bytes` hold something besides whitespace (``UTF8Whitespace/trimmedRange(_:)``
    /// not empty): told at the first scalar when it is not whitespace (the usual 二级指标).
    @inline(__always)
    static func isPrinted(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if !bytes.isEmpty && UTF8Whitespace.whitespaceLength(in: bytes, at: 0) == 0 { return true }
        return !UTF8Whitespace.trimmedRange(bytes).isEmpty
    }

    /// True when the text's last scalar is whitespace (checked on its UTF-8 bytes).
    static func endsWithWhitespace(_ text: String) -> Bool { StructureText.withBytes(text, endsWithWhitespace) }

    /// True when `bytes` (a text's) end in a whitespace scalar.
    @inline(__always)
    static func endsWithWhitespace(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        !bytes.isEmpty && UTF8Whitespace.whitespaceLength(in: bytes, before: bytes.endIndex) > 0
    }

    /// True when `bytes` end in 元 (U+5143: E5 85 83), as `hasSuffixBytes("元")` tells.
    @inline(__always)
    static func endsWithYuan(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = bytes.count
        return n >= 3 && bytes[n - 3] == 0xE5 && bytes[n - 2] == 0x85 && bytes[n - 1] == 0x83
    }
}
