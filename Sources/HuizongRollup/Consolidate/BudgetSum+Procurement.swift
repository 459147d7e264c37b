import HuizongModel

/// The consolidated procurement table: 合计, then each unit's 小计 and items, copied once,
/// straight into place. A district's table holds every unit's items (100,000 rows for
/// 10,000 units), so the copy is split in two parts that two threads write at the same
/// time into the one array, each into its own range.
extension BudgetSum {
    /// The consolidated procurement table of `budgets`, on one thread.
    static func procurement(_ budgets: [Budget], header: TableHeader) -> ProcurementTable? {
        let tables = budgets.compactMap { $0.procurement?.rows }
        guard !tables.isEmpty else { return nil }
        let copy = ProcurementCopy(tables: tables, parts: 1)
        let rows = copy.rows { copyPart in [.procurementPart(copyPart(0))] }.rows
        return procurementTable(budgets, rows: rows, header: header)
    }

    /// The table of `rows` (row 0 its 合计), headed as a consolidated procurement table.
    static func procurementTable(_ budgets: [Budget], rows: [ProcurementRow], header: TableHeader) -> ProcurementTable {
        var procurementHeader = header
        procurementHeader.budgetYear = nil
        return ProcurementTable(header: procurementHeader, rows: rows, note: budgets.lazy.compactMap { $0.procurement?.note }.first)
    }

    /// What one part of the copy adds to the 合计, and how many rows it wrote.
    struct ProcurementPart: Sendable {
        /// The sum of the part's tables' 合计 amounts (empty where all are).
        var amounts: [Amount?]
        /// The sum of their 预留中小微企业份额 (nil when none has one).
        var smeShare: Amount?
        /// Rows written (every row of the part's tables but their 合计 rows).
        var rowCount = 0
    }

    /// The copy of every table's rows but their 合计 into one array, in `parts` parts of
    /// consecutive tables. Part `p` writes its rows from where part `p - 1`'s end, so it
    /// first counts the 合计 rows of the tables before its own (reading one field a row).
    ///
    /// The array's storage is written through a pointer (``target``) by the parts' threads:
    /// each writes only its own range of it, every row once, and ``rows(_:)`` returns only
    /// after all the parts are done.
    struct ProcurementCopy: @unchecked Sendable {
        let tables: [[ProcurementRow]]
        /// Index of the first table of each part, then `tables.count`.
        let starts: [Int]
        /// Row 1 of the array being filled (row 0 is the 合计), set while ``rows(_:)`` runs.
        private(set) var target: UnsafeMutablePointer<ProcurementRow>?

        init(tables: [[ProcurementRow]], parts: Int) {
            self.tables = tables
            // Parts of about the same number of rows.
            let total = tables.reduce(0) { $0 + $1.count }
            var starts = [0], seen = 0
            for index in tables.indices where starts.count < parts {
                seen += tables[index].count
                if seen * parts >= total * starts.count, index + 1 < tables.count { starts.append(index + 1) }
            }
            starts.append(tables.count)
            self.starts = starts
        }

        /// The number of parts.
        var parts: Int { starts.count - 1 }

        /// The rows, 合计 first, filled by the parts `run` runs (it calls the function it is
        /// given once with each part's index, on any threads, returns when all have returned,
        /// and returns their results among the other tables it summed); with what `run` returned.
        func rows(_ run: (@Sendable (Int) -> ProcurementPart) -> [SummedTable]) -> (rows: [ProcurementRow], summed: [SummedTable]) {
            var summed: [SummedTable] = []
            let capacity = 1 + tables.reduce(0) { $0 + $1.count }
            let rows = [ProcurementRow](unsafeUninitializedCapacity: capacity) { buffer, initialized in
                var copy = self
                copy.target = buffer.baseAddress! + 1
                summed = run { [copy] part in copy.copy(part: part) }
                var total = ProcurementPart(amounts: Array(repeating: nil, count: TableSchema.procurementAmounts.count))
                for case .procurementPart(let part) in summed {
                    BudgetSum.add(part.amounts, into: &total.amounts)
                    if let share = part.smeShare { total.smeShare = (total.smeShare ?? .zero) + share }
                    total.rowCount += part.rowCount
                }
                (buffer.baseAddress!).initialize(to: ProcurementRow(kind: .total, projectName: "合计", amounts: total.amounts, smeShare: total.smeShare))
                initialized = 1 + total.rowCount
            }
            return (rows, summed)
        }

        /// Copies part `part`'s rows into place; the part's 合计 sums.
        func copy(part: Int) -> ProcurementPart {
            // Where the part starts: after every row of the tables before it but their 合计.
            var offset = 0
            for table in tables[..<starts[part]] {
                offset += table.count
                for row in table where row.kind == .total { offset -= 1 }
            }
            var out = target! + offset
            var sum = ProcurementPart(amounts: Array(repeating: nil, count: TableSchema.procurementAmounts.count))
            for source in tables[starts[part]..<starts[part + 1]] {
                var counted = false
                for index in source.indices {
                    guard source[index].kind == .total else {
                        out.initialize(to: source[index])
                        out.pointee.source = .none
                        out += 1
                        sum.rowCount += 1
                        continue
                    }
                    // The table's first 合计 row is its total (as `totalRow`).
                    guard !counted else { continue }
                    counted = true
                    BudgetSum.add(source[index].amounts, into: &sum.amounts)
                    if let share = source[index].smeShare { sum.smeShare = (sum.smeShare ?? .zero) + share }
                }
            }
            return sum
        }
    }
}
