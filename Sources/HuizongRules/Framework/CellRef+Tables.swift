import HuizongModel

/// Building ``CellRef``s for the cells of each table, with the same keys as the facts CSV.
extension CellRef {
    /// Column `column` of a row of classified table `id`.
    public static func classified(_ id: TableID, _ row: ClassifiedRow, _ column: Int) -> CellRef {
        CellRef(id, row.code?.digits ?? String(row.number ?? 0), TableSchema.columns(of: id)[column],
                rowName: row.name, source: row.source)
    }

    /// Income column `column` of a line of T1/T4.
    public static func income(_ id: TableID, _ line: BalanceLine, _ column: Int = 0) -> CellRef {
        let columns = id == .t1 ? TableSchema.t1Income : TableSchema.t4Income
        return CellRef(id, String(line.number), columns[column], rowName: line.incomeItem, source: line.source)
    }

    /// Expenditure column `column` of a line of T1/T4.
    public static func expenditure(_ id: TableID, _ line: BalanceLine, _ column: Int = 0) -> CellRef {
        let columns = id == .t1 ? TableSchema.t1Expenditure : TableSchema.t4Expenditure
        return CellRef(id, String(line.number), columns[column], rowName: line.expenditureItem, source: line.source)
    }

    /// Column `column` of a T9 row.
    public static func threePublic(_ row: LabeledRow, _ column: Int) -> CellRef {
        CellRef(.t9, String(row.number ?? 0), TableSchema.t9[column], rowName: row.label, source: row.source)
    }

    /// A cell of procurement row `position` (1-based); `column` from ``Budget/procurementColumns``.
    public static func procurement(_ position: Int, _ row: ProcurementRow, _ column: String) -> CellRef {
        let name = row.kind == .item ? row.projectName + "/" + row.itemName : row.projectName
        return CellRef(.procurement, String(position), column, rowName: name, source: row.source)
    }

    /// The 价值 of asset row `position` (1-based).
    public static func asset(_ position: Int, _ row: LabeledRow) -> CellRef {
        CellRef(.assets, String(position), TableSchema.assetValue, rowName: row.label, source: row.source)
    }

    /// A cell of a 绩效目标表; `column` from ``Budget/performanceColumns``.
    public static func performance(_ table: PerformanceTable, _ column: String) -> CellRef {
        CellRef(.performance, table.projectCode, column, rowName: table.projectName, source: table.source)
    }

    /// Narrative claim `index` (0-based).
    public static func claim(_ index: Int, _ claim: NarrativeClaim) -> CellRef {
        CellRef(.narrative, String(index + 1), claim.subject.rawValue, rowName: claim.label, source: claim.source)
    }

    /// The whole table `id`, for structure findings.
    public static func table(_ id: TableID, line: Int = 0) -> CellRef {
        CellRef(CellAddress(id, "", ""), rowName: id.titleStem, line: line)
    }
}
