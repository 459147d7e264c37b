import HuizongModel

/// Finding the lines of T1/T4 by their role.
extension BalanceTable {
    /// Labels of the total lines of the income side.
    static let incomeTotalLabels: Set<String> = ["本年收入合计", "上年结转结余", "收入总计", "年初财政拨款结转和结余"]
    /// Labels of the total lines of the expenditure side.
    static let expenditureTotalLabels: Set<String> = ["本年支出合计", "年终结转结余", "支出总计", "年末财政拨款结转和结余"]

    /// The income items printed before 本年收入合计 (T1 一…五; T4 the three funds).
    public var incomeItemLines: [BalanceLine] {
        var out: [BalanceLine] = []
        for line in lines {
            let key = line.incomeItem.removingWhitespace
            if key == "本年收入合计" { break }
            if !key.isEmpty { out.append(line) }
        }
        return out
    }

    /// The expenditure categories printed before 本年支出合计 (the 31 categories).
    public var expenditureCategoryLines: [BalanceLine] {
        var out: [BalanceLine] = []
        for line in lines {
            let key = line.expenditureItem.removingWhitespace
            if key == "本年支出合计" { break }
            if !key.isEmpty { out.append(line) }
        }
        return out
    }

    /// The income lines after `label` up to the next total line (T4 lines 34–36 after
    /// 年初财政拨款结转和结余).
    public func incomeLines(after label: String) -> [BalanceLine] {
        guard let start = lines.firstIndex(where: { $0.incomeItem.removingWhitespace == label }) else { return [] }
        var out: [BalanceLine] = []
        for line in lines[(start + 1)...] {
            let key = line.incomeItem.removingWhitespace
            if BalanceTable.incomeTotalLabels.contains(key) { break }
            if !key.isEmpty { out.append(line) }
        }
        return out
    }
}

extension String {
    /// The category name without its ordinal: `八、社会保障和就业支出` → `社会保障和就业支出`.
    public var droppingOrdinal: String {
        let key = removingWhitespace
        if let mark = key.firstIndex(of: "、"), key.distance(from: key.startIndex, to: mark) <= 4 {
            return String(key[key.index(after: mark)...])
        }
        return key
    }
}
