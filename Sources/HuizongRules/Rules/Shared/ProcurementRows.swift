import HuizongModel

/// Reading the procurement table (P 单位政府采购预算) by role: its summed columns, the
/// 小计 groups and the projects inside them.
///
/// Rows are addressed by their 0-based index in ``ProcurementTable/rows``; the cell
/// address uses the 1-based position (`index + 1`), as the facts CSV does.
enum ProcurementRows {
    /// 预留中小微企业份额.
    static let smeColumn = "预留中小微企业份额"
    /// The columns that add up down the table: 合计, the six fund columns, 中小微企业份额.
    static let summedColumns = TableSchema.procurementAmounts + [smeColumn]
    /// Index of 合计 in ``summedColumns``.
    static let total = 0
    /// Indices of the six fund columns in ``summedColumns``.
    static let funds = 1..<TableSchema.procurementAmounts.count

    /// The value of summed column `column` of row `index` of `rows` (nil when empty), read
    /// in place (a row passed by value would be copied, every text field retained).
    @inline(__always)
    static func value(_ rows: [ProcurementRow], _ index: Int, _ column: Int) -> Amount? {
        if column == smeIndex { return rows[index].smeShare }
        return column < rows[index].amounts.count ? rows[index].amounts[column] : nil
    }
    /// Index of 中小微企业份额 in ``summedColumns``.
    static let smeIndex = summedColumns.count - 1

    /// The cell of summed column `column` of row `index`.
    static func cell(_ table: TableRows<ProcurementRow>, _ index: Int, _ column: Int) -> CellRef {
        .procurement(index + 1, table.rows[index], summedColumns[column])
    }

    /// The 预算资金 cell of row `index`.
    static func budgetCell(_ table: TableRows<ProcurementRow>, _ index: Int) -> CellRef {
        .procurement(index + 1, table.rows[index], "预算资金")
    }

    /// The 单价 cell of row `index`.
    static func priceCell(_ table: TableRows<ProcurementRow>, _ index: Int) -> CellRef {
        .procurement(index + 1, table.rows[index], "单价")
    }

    /// How messages name row `index`: `P 政府采购预算 第4行 公用经费一/鼓粉盒`.
    static func rowLabel(_ table: TableRows<ProcurementRow>, _ index: Int) -> String {
        let row = table.rows[index]
        let name = row.kind == .item ? row.projectName + "/" + row.itemName : row.projectName
        return "\(TableID.procurement.label) 第\(index + 1)行 \(name)"
    }

    /// A 小计 row and the items printed after it, up to the next 小计 (subtotal nil: the
    /// items printed before any 小计).
    struct Group {
        var subtotal: Int?
        var items: [Int]
    }

    /// The groups in printed order; a group without items is kept (its 小计 must then be zero).
    static func groups(_ table: TableRows<ProcurementRow>) -> [Group] {
        var groups: [Group] = []
        var current = Group(subtotal: nil, items: [])
        for index in table.rows.indices {
            switch table.rows[index].kind {
            case .total: continue
            case .subtotal:
                if current.subtotal != nil || !current.items.isEmpty { groups.append(current) }
                current = Group(subtotal: index, items: [])
            case .item: current.items.append(index)
            }
        }
        if current.subtotal != nil || !current.items.isEmpty { groups.append(current) }
        return groups
    }

    /// The item rows of each project, project by project within each 小计 group, in
    /// printed order (the same 项目名称 under two 小计 is two projects: two units).
    static func projects(_ table: TableRows<ProcurementRow>) -> [[Int]] {
        var out: [[Int]] = []
        for group in groups(table) {
            // Project names (bytes, whitespace removed) with their position in `out`, in a
            // list: a group holds few projects, so a scan costs less than hashing names.
            // Items of one project are usually printed together, so the previous one is
            // tried first, and a name printed exactly as the previous item's needs no key.
            var keys: [(key: ByteKey, at: Int)] = []
            var previous: (key: ByteKey, at: Int)? = nil
            var previousRow = -1
            for index in group.items {
                defer { previousRow = index }
                if let previous, StructureText.equal(table.rows[index].projectName, table.rows[previousRow].projectName) {
                    out[previous.at].append(index); continue
                }
                let key = ByteKey(StructureText.key(table.rows[index].projectName))
                if let previous, previous.key == key { out[previous.at].append(index); continue }
                if let at = keys.first(where: { $0.key == key })?.at {
                    out[at].append(index); previous = (key, at)
                } else {
                    keys.append((key, out.count)); previous = (key, out.count); out.append([index])
                }
            }
        }
        return out
    }
}

extension CheckSubject {
    /// ``ProcurementRows/projects(_:)`` of the unit's procurement table (empty when it has
    /// none), grouped once for the rules that need it.
    var procurementProjects: [[Int]] {
        if let projects = procurementProjectCache { return projects }
        let projects = procurement.map(ProcurementRows.projects) ?? []
        procurementProjectCache = projects
        return projects
    }
}
