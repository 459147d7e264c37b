import HuizongModel

/// The money ceilings stated by a 绩效目标表's 成本指标 (`≤98万元`, `≤5680394.36元`).
enum PerformanceCostIndicator {
    /// Comparators a ceiling may start with (`≤`, `<=`, full-width forms, `=`), longest first.
    static let comparators = ["<=", "＜＝", "＜=", "≤", "≦", "<", "＜", "=", "＝"]

    /// The ceiling of indicator value `text` in 万元, rounded half-up to 0.01 万元, or nil
    /// when the value is not a plain money amount (`100%`, `≤20元/人`, `较上年有所提升`).
    /// `≤5680394.36元` → 568.04; `≤109.4万元` → 109.40. No regular expressions: the text is
    /// cut by its known prefix and suffix and the rest must parse as a decimal number.
    static func ceiling(_ text: String) -> Amount? {
        guard text.hasSuffix("元") || text.unicodeScalars.last?.properties.isWhitespace == true else { return nil }
        var key = text.removingWhitespace
        key.removeAll { $0 == "," || $0 == "，" }
        for comparator in comparators where key.hasPrefix(comparator) {
            key.removeFirst(comparator.count)
            break
        }
        let unit: Amount.Unit
        if key.hasSuffix("万元") { unit = .wanYuan; key.removeLast(2) }
        else if key.hasSuffix("元") { unit = .yuan; key.removeLast(1) }
        else { return nil }
        guard case .success(let amount) = Amount.parse(key, unit: unit, maxDecimals: unit.maxExactDecimals),
              amount >= .zero else { return nil }
        return Amount(wanHundredths: amount.roundedWanHundredths)
    }

    /// The cost indicators of `table` whose value is a money ceiling, with the ceiling.
    static func ceilings(_ table: PerformanceTable) -> [(PerformanceIndicator, Amount)] {
        var out: [(PerformanceIndicator, Amount)] = []
        var inCostGroup = false
        for indicator in table.indicators {
            let level2 = indicator.level2
            if level2.containsBytes("成本") { inCostGroup = true }
            else if !level2.unicodeScalars.allSatisfy(\.properties.isWhitespace) { inCostGroup = false }
            guard inCostGroup, let ceiling = ceiling(indicator.value) else { continue }
            out.append((indicator, ceiling))
        }
        return out
    }
}
