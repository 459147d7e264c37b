import HuizongModel

/// One injected error: which cell of which unit, and its value before and after.
public struct FaultRecord: Sendable, Hashable, Codable {
    /// The file's name (`323005-2025.txt`).
    public var file: String
    public var unitCode: String
    /// The cell, addressed as in `Budget+Cells.swift` (`T2,2080199,财政拨款收入`).
    public var address: CellAddress
    public var original: Amount
    public var faulty: Amount
}

/// Injects single-cell errors — a few hundredths more or less in one non-empty amount
/// cell of T1…T9, P, A or G — that the rule catalogue must catch.
///
/// Only cells that take part in an equality of the template are chosen (every cell of
/// T1…T9; in P every amount, 单价 and 中小微 share, and 预算资金 where it must equal a
/// 绩效目标表 or another row of its project; in A the total and the four classes; in G
/// 预算数, 财政资金, 其他资金 and 12月底): a cell bound only by an inequality (办公用房 ≤
/// 房屋, 3月底 ≤ 6月底) can move a little without breaking any relation.
public enum FaultInjector {
    /// The cells of `budget` a fault may be put in.
    public static func candidates(_ budget: Budget) -> [CellAddress] {
        var out: [CellAddress] = []
        let procurement = budget.procurement?.rows ?? []
        var rowsPerProject: [String: Int] = [:]
        for row in procurement where row.kind == .item { rowsPerProject[row.projectName, default: 0] += 1 }
        let performanceNames = budget.performance.map(\.projectName)
        budget.forEachAmountCell { cell in
            let address = cell.address
            switch address.table {
            case .procurement:
                guard address.column == "预算资金", let position = Int(address.row) else { break }
                let name = procurement[position - 1].projectName
                let inG = performanceNames.filter { $0 == name }.count == 1
                if !inG && rowsPerProject[name, default: 0] < 2 { return }
            case .assets:
                if cell.rowName.removingWhitespace.hasPrefix("其中") { return }
            case .performance:
                if ["3月底", "6月底", "10月底"].contains(address.column) { return }
            case .narrative:
                return
            default:
                break
            }
            out.append(address)
        }
        return out
    }

    /// Puts one fault into `budget` at a cell chosen with `rng`; nil when it has no candidate.
    public static func inject(into budget: inout Budget, file: String, rng: inout SplitMix64) -> FaultRecord? {
        let cells = candidates(budget)
        guard !cells.isEmpty else { return nil }
        let address = rng.pick(cells)
        let original = budget.amount(at: address) ?? .zero
        let step = Int64(address.column == "单价" ? rng.int(2...5) : rng.int(1...5))
        let down = rng.percent(50) && original.fen >= Amount(wanHundredths: step).fen
        let faulty = original + Amount(wanHundredths: down ? -step : step)
        budget.setAmount(faulty, at: address)
        return FaultRecord(file: file, unitCode: budget.code, address: address, original: original, faulty: faulty)
    }

    /// `faults.csv`: `file,unit_code,table,row,column,original,faulty`.
    public static func csv(_ records: [FaultRecord]) -> String {
        var text = "file,unit_code,table,row,column,original,faulty\n"
        for record in records {
            let fields = [record.file, record.unitCode, record.address.table.rawValue, record.address.row,
                          record.address.column, record.original.text(), record.faulty.text()]
            text += fields.map(DistrictWriter.csvField).joined(separator: ",") + "\n"
        }
        return text
    }
}
