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
    /// Index of 中小微企业份额 in ``summedColumns`` (`summedColumns.count − 1`: the seven
    /// amount columns, then the share). A literal, so that reading it costs no `swift_once`
    /// call: ``value(_:_:_:)`` reads it for every cell (`ProcurementRowsSchemaTests` holds
    /// it to the list).
    static let smeIndex = 7

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
        let rows = table.rows
        var groups: [Group] = []
        var subtotal: Int? = nil
        var items: [Int] = []
        for index in rows.indices {
            switch rows[index].kind {
            case .total: continue
            case .subtotal:
                if subtotal != nil || !items.isEmpty { groups.append(Group(subtotal: subtotal, items: items)) }
                subtotal = index; items = []
            case .item:
                // One allocation per group, of the group's size (room for every row left
                // would be quadratic in a consolidated table, which has a group per unit).
                if items.isEmpty { items.reserveCapacity(itemCount(rows, from: index)) }
                items.append(index)
            }
        }
        if subtotal != nil || !items.isEmpty { groups.append(Group(subtotal: subtotal, items: items)) }
        return groups
    }

    /// The item rows from `start` up to the next 小计.
    private static func itemCount(_ rows: [ProcurementRow], from start: Int) -> Int {
        var count = 0
        for index in start..<rows.endIndex {
            switch rows[index].kind {
            case .subtotal: return count
            case .item: count += 1
            case .total: continue
            }
        }
        return count
    }

    /// The item rows of each project, project by project within each 小计 group, in
    /// printed order (the same 项目名称 under two 小计 is two projects: two units); `groups`
    /// are the table's ``groups(_:)``. Every project's rows are a range of one array (``ProcurementProjects``).
    ///
    /// Two items belong to one project when their 项目名称 are the same once whitespace is
    /// removed.
    ///
    /// A project's items are usually printed together: then the items in printed order are
    /// already laid out project by project, and are listed as they come (``inPrintedOrder``).
    /// Otherwise (an item printed after another project's) they are laid out project by
    /// project (``laidOut``).
    static func projects(_ table: TableRows<ProcurementRow>, groups: [Group]) -> ProcurementProjects {
        inPrintedOrder(table.rows, groups: groups) ?? laidOut(table.rows, groups: groups)
    }

    /// ``projects(_:groups:)`` when every project's items are printed together (each item
    /// belongs to the previous item's project or to a new one): the items in printed order,
    /// each project's end noted when the next begins. Nil as soon as an item belongs to a
    /// project printed before the previous item's.
    static func inPrintedOrder(_ rows: [ProcurementRow], groups: [Group]) -> ProcurementProjects? {
        var matcher = ProjectMatcher(rows)
        var ordered: [Int] = []
        var ends: [Int] = []
        // Groups and their items read in place (a group copied out retains its items).
        for group in groups.indices {
            matcher.startGroup()
            for position in groups[group].items.indices {
                let index = groups[group].items[position]
                let project = matcher.project(of: index)
                if matcher.isNew {
                    // A new project: the previous one ends here.
                    if project > 0 { ends.append(ordered.count) }
                    // Room for every row at once (each list would otherwise grow a
                    // doubling at a time: an allocation, copy and free per step).
                    if ordered.isEmpty { ordered.reserveCapacity(rows.count); ends.reserveCapacity(rows.count) }
                } else if project != matcher.projectCount - 1 {
                    // A project printed before the previous item's.
                    return nil
                }
                ordered.append(index)
            }
        }
        if matcher.projectCount > 0 { ends.append(ordered.count) }
        return ProcurementProjects(rows: ordered, ends: ends)
    }

    /// ``projects(_:groups:)`` in general: each item (in printed order) with the project it
    /// belongs to, numbered in order of first appearance; then the items laid out project
    /// by project.
    static func laidOut(_ rows: [ProcurementRow], groups: [Group]) -> ProcurementProjects {
        var matcher = ProjectMatcher(rows)
        var items: [(row: Int, project: Int)] = []
        var sizes: [Int] = []
        sizes.reserveCapacity(rows.count)
        for group in groups.indices {
            matcher.startGroup()
            for position in groups[group].items.indices {
                let index = groups[group].items[position]
                let project = matcher.project(of: index)
                if project == sizes.count { sizes.append(0) }
                if items.isEmpty { items.reserveCapacity(rows.count) }
                items.append((index, project))
                sizes[project] += 1
            }
        }
        // Where each project's rows start, then every item at its project's next place.
        // (Lists reserved and appended to: `Array(repeating:count:)` allocates through the
        // unspecialised path, at several times the cost.)
        var next: [Int] = []
        next.reserveCapacity(sizes.count)
        var start = 0
        for project in sizes.indices { next.append(start); start += sizes[project] }
        var laidOut: [Int] = []
        laidOut.reserveCapacity(items.count)
        for _ in items.indices { laidOut.append(0) }
        for item in items { laidOut[next[item.project]] = item.row; next[item.project] += 1 }
        // `next` now holds each project's end.
        return ProcurementProjects(rows: laidOut, ends: next)
    }

    /// Tells which project each item row belongs to, item after item in printed order,
    /// projects numbered in order of first appearance (a 小计 group's projects are its own).
    ///
    /// The projects of the current group are kept with the hash of the name (see `nameHash`)
    /// and the project's first row, in a list: a group holds few projects, so a scan costs
    /// less than a dictionary. Items of one project are usually printed together, so the
    /// previous item's project is tried first, and a name printed exactly as the previous
    /// item's needs no hash.
    struct ProjectMatcher {
        let rows: [ProcurementRow]
        /// The projects numbered so far.
        private(set) var projectCount = 0
        /// True when the last ``project(of:)`` numbered a new project.
        private(set) var isNew = false
        private var known: [(hash: Int, row: Int, project: Int)] = []
        private var previous: (hash: Int, row: Int, project: Int)? = nil
        private var previousRow = -1

        init(_ rows: [ProcurementRow]) {
            self.rows = rows
            known.reserveCapacity(rows.count)
        }

        /// A new 小计 group begins: no project of the groups before continues in it.
        mutating func startGroup() {
            known.removeAll(keepingCapacity: true)
            previous = nil
            previousRow = -1
        }

        /// The project of item row `index` (the rows of a group asked in printed order).
        mutating func project(of index: Int) -> Int {
            defer { previousRow = index }
            isNew = false
            // The very same string (the reader shares repeated text) is tested inline
            // first: the names are then not retained for a call. Names equal in other
            // storage are found by the hash below (most items that are not the previous
            // item's very string begin a new project, whose hash is needed anyway: a byte
            // comparison before it retained both names for a call that nearly always failed).
            if let previous, StructureText.identical(rows[index].projectName, rows[previousRow].projectName) {
                return previous.project
            }
            let hash = nameHash(rows[index].projectName)
            if let previous, previous.hash == hash, sameName(rows[index].projectName, rows[previous.row].projectName) {
                return previous.project
            }
            if let match = known.first(where: { $0.hash == hash && sameName(rows[index].projectName, rows[$0.row].projectName) }) {
                previous = (hash, index, match.project)
                return match.project
            }
            let project = projectCount
            projectCount += 1
            isNew = true
            known.append((hash, index, project)); previous = (hash, index, project)
            return project
        }
    }

    /// A hash (FNV-1a style) of `name` without whitespace: names that are the same once
    /// whitespace is removed have the same hash. A scalar of three bytes led by E4…EF is
    /// mixed in as one 24-bit value, any other byte that is not part of whitespace one by
    /// one (the mix depends only on the scalars left once whitespace is removed).
    @inline(__always)
    static func nameHash(_ name: String) -> Int {
        StructureText.withBytes(name) { bytes in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            var i = 0
            let count = bytes.count
            while i < count {
                // Three-byte scalars led by E4…EF (CJK, full-width forms; most of a name)
                // are never whitespace: hashed without looking for any, in one step.
                let lead = bytes[i]
                if lead >= 0xE4 && lead <= 0xEF && i &+ 2 < count {
                    let scalar = UInt64(lead) &<< 16 | UInt64(bytes[i &+ 1]) &<< 8 | UInt64(bytes[i &+ 2])
                    hash = (hash ^ scalar) &* 0x100_0000_01b3
                    i &+= 3
                    continue
                }
                let space = UTF8Whitespace.whitespaceLength(in: bytes, at: i)
                if space > 0 { i += space; continue }
                hash = (hash ^ UInt64(bytes[i])) &* 0x100_0000_01b3
                i += 1
            }
            return Int(truncatingIfNeeded: hash)
        }
    }

    /// True when `a` and `b` are the same once whitespace is removed from both (compared
    /// as bytes, as `ByteKey`s of ``StructureText/key(_:)`` would be).
    @inline(__always)
    static func sameName(_ a: String, _ b: String) -> Bool {
        StructureText.withBytes(a) { x in StructureText.withBytes(b) { y in UTF8Whitespace.equalSkippingWhitespace(x, y) } }
    }
}

extension CheckSubject {
    /// ``ProcurementRows/groups(_:)`` of the unit's procurement table (empty when it has
    /// none), grouped once for the rules that need it.
    var procurementGroups: [ProcurementRows.Group] {
        if let groups = procurementGroupCache { return groups }
        let groups = procurement.map(ProcurementRows.groups) ?? []
        procurementGroupCache = groups
        return groups
    }

    /// ``ProcurementRows/projects(_:groups:)`` of the unit's procurement table (empty when
    /// it has none), grouped once for the rules that need it.
    var procurementProjects: ProcurementProjects {
        if let projects = procurementProjectCache { return projects }
        let projects = procurement.map { ProcurementRows.projects($0, groups: procurementGroups) } ?? .none
        procurementProjectCache = projects
        return projects
    }
}
