import HuizongModel

/// The table figure a narrative claim quotes: its value and its cell.
struct NarrativeFigure {
    /// The value (nil: empty cell, which a claim of 0.00 matches).
    var value: Amount?
    /// The cell, for findings.
    var cell: CellRef
}

/// Where a narrative figure is in its table: found once per unit, its value read in place
/// and its cell built only for a finding.
enum NarrativeFigureLocation {
    /// The income side of T1 line `line`.
    case t1Income(line: Int)
    /// The expenditure side of T1 line `line`.
    case t1Expenditure(line: Int)
    /// Column `column` of row `row` of classified table `id` (T3, T6).
    case classified(TableID, row: Int, column: Int)
    /// The first amount of T9 row `row`.
    case threePublic(row: Int)
    /// The first amount of asset-table row `row`.
    case asset(row: Int)
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

    /// Where the figure of `subject` is in `tables` (a unit's tables taken out of its
    /// budget), nil when its table or row is missing. `lines`, when given, is where T1's
    /// lines are (the unit's ``CheckSubject/t1Index``): named lines are then not searched for.
    static func location(_ subject: ClaimSubject, in tables: CheckSubject, lines: BalanceLineIndex?) -> NarrativeFigureLocation? {
        switch subject {
        case .totalIncome, .totalBudget:
            return t1Income(tables) { t1 in lines.map { $0.income(.grandTotal) } ?? t1.lineIndex(income: "收入总计") }
        case .carriedForward:
            return t1Income(tables) { t1 in lines.map { $0.income(.carriedIn) } ?? t1.lineIndex(income: "上年结转结余") }
        case .generalBudgetIncome: return t1Item(tables, 0, lines)
        case .fundBudgetIncome: return t1Item(tables, 1, lines)
        case .stateCapitalIncome: return t1Item(tables, 2, lines)
        case .specialAccountIncome: return t1Item(tables, 3, lines)
        case .unitFundsIncome: return t1Item(tables, 4, lines)
        case .totalExpenditure:
            guard let t1 = tables.t1,
                  let line = lines.map({ $0.expenditure(.grandTotal) }) ?? t1.lineIndex(expenditure: "支出总计") else { return nil }
            return .t1Expenditure(line: line)
        case .basicExpenditure: return total(tables, .t3, TableSchema.T3.basic.rawValue)
        case .projectExpenditure: return total(tables, .t3, TableSchema.T3.project.rawValue)
        case .personnelExpenditure: return total(tables, .t6, TableSchema.T6.personnel.rawValue)
        case .publicExpenditure, .operatingCosts: return total(tables, .t6, TableSchema.T6.publicFunds.rawValue)
        case .threePublic:
            guard let rows = tables.t9?.rows else { return nil }
            let keys = tables.t9LabelKeys
            let row = ThreePublicLabels.rowIndex(keys: keys, "“三公”经费小计")
                ?? rows.indices.first { LabelBytes.contains(rows[$0].label, "三公") && LabelBytes.contains(rows[$0].label, "小计") }
                ?? ThreePublicLabels.rowIndex(keys: keys, "合计")
            return row.map { .threePublic(row: $0) }
        case .travelAbroad: return t9(tables, "因公出国（境）费")
        case .officialVehicles: return t9(tables, "公务用车购置及运维费")
        case .vehiclePurchase: return t9(tables, "公务用车购置费")
        case .vehicleOperation: return t9(tables, "公务用车运行维护费")
        case .reception: return t9(tables, "公务接待费")
        case .fixedAssets:
            guard let table = tables.assets, let index = AssetRows.totalIndex(table) else { return nil }
            return .asset(row: index)
        case .project, .plannedAssetPurchases, .unrecognised: return nil
        }
    }

    /// The figure of `subject` in `tables` (value and cell), nil when its table or row is
    /// missing; `lines` as for ``location(_:in:lines:)`` (nil: T1's lines are searched by label).
    static func figure(_ subject: ClaimSubject, in tables: CheckSubject, lines: BalanceLineIndex?) -> NarrativeFigure? {
        location(subject, in: tables, lines: lines).map { NarrativeFigure(value: value(at: $0, in: tables), cell: cell(at: $0, in: tables)) }
    }

    /// The value at `location` of `tables` (nil: an empty cell), read in place.
    static func value(at location: NarrativeFigureLocation, in tables: CheckSubject) -> Amount? {
        switch location {
        case .t1Income(let line): tables.t1Lines[line].income.first ?? nil
        case .t1Expenditure(let line): tables.t1Lines[line].expenditure.first ?? nil
        case .classified(let id, let row, let column): tables.classified(id)!.rows[row].amounts[column]
        case .threePublic(let row): tables.t9!.rows[row].amounts.first ?? nil
        case .asset(let row): AssetRows.value(tables.assets!, row)
        }
    }

    /// The cell at `location` of `tables`, for findings.
    static func cell(at location: NarrativeFigureLocation, in tables: CheckSubject) -> CellRef {
        switch location {
        case .t1Income(let line): .income(.t1, tables.t1Lines[line])
        case .t1Expenditure(let line): .expenditure(.t1, tables.t1Lines[line])
        case .classified(let id, let row, let column): .classified(id, tables.classified(id)!.rows[row], column)
        case .threePublic(let row): .threePublic(tables.t9!.rows[row], 0)
        case .asset(let row): AssetRows.cell(tables.assets!, row)
        }
    }

    /// Why `subject`'s figure could not be found in `budget`.
    static func missingReason(_ subject: ClaimSubject) -> String {
        "\(table(of: subject)?.label ?? "表格")中找不到与情况说明“\(subject.rawValue)”对应的行"
    }

    /// The T1 income line `find` picks (an index into T1's lines).
    private static func t1Income(_ tables: CheckSubject, _ find: (BalanceTable) -> Int?) -> NarrativeFigureLocation? {
        guard let t1 = tables.t1, let line = find(t1) else { return nil }
        return .t1Income(line: line)
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
    private static func t1Item(_ tables: CheckSubject, _ item: Int, _ lines: BalanceLineIndex?) -> NarrativeFigureLocation? {
        t1Income(tables) { t1 in lines.map { $0.narrativeItems[item] } ?? itemLine(t1, item) }
    }

    /// Column `column` of the 合计 row (the first without a code) of classified table `id`.
    private static func total(_ tables: CheckSubject, _ id: TableID, _ column: Int) -> NarrativeFigureLocation? {
        guard let rows = tables.classified(id)?.rows, let row = rows.indices.first(where: { rows[$0].code == nil }),
              column < rows[row].amounts.count else { return nil }
        return .classified(id, row: row, column: column)
    }

    /// The T9 row labelled `label` (ordinal, 其中： and whitespace aside; compared as bytes).
    private static func t9(_ tables: CheckSubject, _ label: String) -> NarrativeFigureLocation? {
        guard tables.t9 != nil, let row = ThreePublicLabels.rowIndex(keys: tables.t9LabelKeys, label) else { return nil }
        return .threePublic(row: row)
    }
}

extension CheckSubject {
    /// Where the figure of `subject` is in this year's budget
    /// (``NarrativeFigures/location(_:in:lines:)``), looked up once per unit for every rule
    /// (and claim) that quotes it.
    func figureLocation(_ subject: ClaimSubject) -> NarrativeFigureLocation? {
        let slot = Int(subject.caseTag), bit: UInt32 = 1 << UInt32(subject.caseTag)
        if figureLooked & bit != 0 { return figureLocations[slot] }
        if figureLocations.isEmpty {
            // Reserved and filled (`Array(repeating:count:)` allocates through the unspecialised path).
            figureLocations.reserveCapacity(ClaimSubject.allCases.count)
            figureLocations.append(contentsOf: repeatElement(nil, count: ClaimSubject.allCases.count))
        }
        // T1's index is asked for only by T1 figures (other tables never use it).
        let location = NarrativeFigures.location(subject, in: self, lines: NarrativeFigures.table(of: subject) == .t1 ? t1Index : nil)
        figureLocations[slot] = location
        figureLooked |= bit
        return location
    }

    /// The figure of `subject` in this year's budget: its value and its cell.
    func figure(_ subject: ClaimSubject) -> NarrativeFigure? {
        figureLocation(subject).map { NarrativeFigure(value: NarrativeFigures.value(at: $0, in: self), cell: NarrativeFigures.cell(at: $0, in: self)) }
    }

    /// The value of ``figure(_:)`` (`.some(nil)`: an empty cell), nil when there is no
    /// figure: read in place, without building the figure's cell.
    func figureValue(_ subject: ClaimSubject) -> Amount?? {
        guard let location = figureLocation(subject) else { return nil }
        return .some(NarrativeFigures.value(at: location, in: self))
    }
}
