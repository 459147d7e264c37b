import HuizongModel

/// The table figure a narrative claim quotes: its value and its cell.
struct NarrativeFigure {
    /// The value (nil: empty cell, which a claim of 0.00 matches).
    var value: Amount?
    /// The cell, for findings.
    var cell: CellRef
}

/// Where each kind of narrative figure lives in the tables (情况说明 ↔ T1, T3, T6, T9, A).
enum NarrativeFigures {
    /// The table a claim of `subject` is checked against; nil for subjects with a rule of
    /// their own (projects, planned purchases) or none (unrecognised).
    static func table(of subject: ClaimSubject) -> TableID? {
        switch subject {
        case .totalIncome, .generalBudgetIncome, .fundBudgetIncome, .stateCapitalIncome, .specialAccountIncome,
             .unitFundsIncome, .carriedForward, .totalExpenditure, .totalBudget: .t1
        case .basicExpenditure, .projectExpenditure: .t3
        case .personnelExpenditure, .publicExpenditure, .operatingCosts: .t6
        case .threePublic, .travelAbroad, .officialVehicles, .vehiclePurchase, .vehicleOperation, .reception: .t9
        case .fixedAssets: .assets
        case .project, .plannedAssetPurchases, .unrecognised: nil
        }
    }

    /// The figure of `subject` in `budget`, nil when its table or row is missing. `lines`,
    /// when given, is where `budget`'s T1 lines are (the unit's ``CheckSubject/t1Index``):
    /// named lines are then not searched for.
    static func figure(_ subject: ClaimSubject, in budget: Budget, lines: BalanceLineIndex? = nil) -> NarrativeFigure? {
        switch subject {
        case .totalIncome, .totalBudget:
            return t1Income(budget) { t1 in lines.map { $0.income(.grandTotal) } ?? t1.lineIndex(income: "收入总计") }
        case .carriedForward:
            return t1Income(budget) { t1 in lines.map { $0.income(.carriedIn) } ?? t1.lineIndex(income: "上年结转结余") }
        case .generalBudgetIncome: return t1Item(budget, 0, lines)
        case .fundBudgetIncome: return t1Item(budget, 1, lines)
        case .stateCapitalIncome: return t1Item(budget, 2, lines)
        case .specialAccountIncome: return t1Item(budget, 3, lines)
        case .unitFundsIncome: return t1Item(budget, 4, lines)
        case .totalExpenditure:
            guard let t1 = budget.t1,
                  let line = lines.map({ $0.expenditure(.grandTotal) }) ?? t1.lineIndex(expenditure: "支出总计") else { return nil }
            return NarrativeFigure(value: t1.lines[line].expenditure.first ?? nil, cell: .expenditure(.t1, t1.lines[line]))
        case .basicExpenditure: return total(budget, .t3, TableSchema.T3.basic.rawValue)
        case .projectExpenditure: return total(budget, .t3, TableSchema.T3.project.rawValue)
        case .personnelExpenditure: return total(budget, .t6, TableSchema.T6.personnel.rawValue)
        case .publicExpenditure, .operatingCosts: return total(budget, .t6, TableSchema.T6.publicFunds.rawValue)
        case .threePublic:
            guard let rows = budget.t9?.rows else { return nil }
            let row = ThreePublicLabels.rowIndex(rows, "“三公”经费小计")
                ?? rows.indices.first { rows[$0].label.containsBytes("三公") && rows[$0].label.containsBytes("小计") }
                ?? ThreePublicLabels.rowIndex(rows, "合计")
            return row.map { NarrativeFigure(value: rows[$0].amounts.first ?? nil, cell: .threePublic(rows[$0], 0)) }
        case .travelAbroad: return t9(budget, "因公出国（境）费")
        case .officialVehicles: return t9(budget, "公务用车购置及运维费")
        case .vehiclePurchase: return t9(budget, "公务用车购置费")
        case .vehicleOperation: return t9(budget, "公务用车运行维护费")
        case .reception: return t9(budget, "公务接待费")
        case .fixedAssets:
            guard let table = budget.assets.map({ TableRows(rows: $0.rows) }), let index = AssetRows.totalIndex(table) else { return nil }
            return NarrativeFigure(value: AssetRows.value(table, index), cell: AssetRows.cell(table, index))
        case .project, .plannedAssetPurchases, .unrecognised: return nil
        }
    }

    /// Why `subject`'s figure could not be found in `budget`.
    static func missingReason(_ subject: ClaimSubject) -> String {
        "\(table(of: subject)?.label ?? "表格")中找不到与情况说明“\(subject.rawValue)”对应的行"
    }

    /// The income figure of the T1 line `find` picks (an index into T1's lines).
    private static func t1Income(_ budget: Budget, _ find: (BalanceTable) -> Int?) -> NarrativeFigure? {
        guard let t1 = budget.t1, let line = find(t1) else { return nil }
        return NarrativeFigure(value: t1.lines[line].income.first ?? nil, cell: .income(.t1, t1.lines[line]))
    }

    /// The keywords of the T1 income items 一…五 a claim may quote.
    static let itemKeywords = ["一般公共预算", "政府性基金", "国有资本经营", "财政专户", "单位资金"]

    /// The line of `t1` holding income item ``itemKeywords``[`item`]: the first line whose
    /// label contains the keyword, else the first income item whose label does once
    /// whitespace is removed.
    static func itemLine(_ t1: BalanceTable, _ item: Int) -> Int? {
        let keyword = itemKeywords[item]
        return t1.lines.indices.first { t1.lines[$0].incomeItem.containsBytes(keyword) }
            ?? t1.incomeItemIndices.first { t1.lines[$0].incomeItem.removingWhitespace.containsBytes(keyword) }
    }

    /// The T1 income item ``itemKeywords``[`item`] (looked up once per set of labels when
    /// `lines`, the T1 index, is given).
    private static func t1Item(_ budget: Budget, _ item: Int, _ lines: BalanceLineIndex?) -> NarrativeFigure? {
        t1Income(budget) { t1 in lines.map { $0.narrativeItems[item] } ?? itemLine(t1, item) }
    }

    private static func total(_ budget: Budget, _ id: TableID, _ column: Int) -> NarrativeFigure? {
        guard let row = budget.classified(id)?.totalRow, column < row.amounts.count else { return nil }
        return NarrativeFigure(value: row.amounts[column], cell: .classified(id, row, column))
    }

    /// The T9 row labelled `label` (ordinal, 其中： and whitespace aside; compared as bytes).
    private static func t9(_ budget: Budget, _ label: String) -> NarrativeFigure? {
        guard let rows = budget.t9?.rows, let row = ThreePublicLabels.rowIndex(rows, label) else { return nil }
        return NarrativeFigure(value: rows[row].amounts.first ?? nil, cell: .threePublic(rows[row], 0))
    }
}

extension CheckSubject {
    /// ``NarrativeFigures/figure(_:in:lines:)`` of `subject` in this year's budget, looked up
    /// once per unit for every rule (and claim) that quotes it.
    func figure(_ subject: ClaimSubject) -> NarrativeFigure? {
        let slot = Int(subject.caseTag), bit: UInt32 = 1 << UInt32(subject.caseTag)
        if figureLooked & bit != 0 { return figureCache[slot] }
        if figureCache.isEmpty { figureCache = Array(repeating: nil, count: ClaimSubject.allCases.count) }
        let figure = NarrativeFigures.figure(subject, in: budget, lines: t1Index)
        figureCache[slot] = figure
        figureLooked |= bit
        return figure
    }

    /// The value of ``figure(_:)`` (`.some(nil)`: an empty cell), nil when there is no
    /// figure: read in place, without copying the figure's cell.
    func figureValue(_ subject: ClaimSubject) -> Amount?? {
        let slot = Int(subject.caseTag)
        if figureLooked & (1 << UInt32(subject.caseTag)) == 0 { _ = figure(subject) }
        guard figureCache[slot] != nil else { return nil }
        return .some(figureCache[slot]!.value)
    }
}
