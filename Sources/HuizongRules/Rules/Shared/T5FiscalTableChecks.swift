import HuizongModel

/// Checks shared by the three fiscal appropriation tables T5 (一般公共预算), T7 (政府性基金)
/// and T8 (国有资本经营): their ties to T4's fund columns and to T3.
enum FiscalTableChecks {
    /// The T4 expenditure column of the fund shown by table `id` (T5 → 一般公共预算, T7 → 政府性基金,
    /// T8 → 国有资本经营).
    static func fundColumn(of id: TableID) -> Int {
        switch id {
        case .t7: TableSchema.T4Expenditure.fund.rawValue
        case .t8: TableSchema.T4Expenditure.stateCapital.rawValue
        default: TableSchema.T4Expenditure.general.rawValue
        }
    }

    /// The table's 合计 合计 = T4 本年支出合计 in the table's fund column. When the table
    /// prints no 合计 row the T4 figure must be zero. Both empty: nothing to check.
    static func totalMatchesT4(_ id: TableID, _ check: inout RuleCheck) {
        guard check.require(id, .t4), let table = check.subject.classified(id), let t4 = check.subject.t4Index else { return }
        guard let line = t4.firstYearSpend else { check.notChecked("T4 无“本年支出合计”行"); return }
        let lines = check.subject.t4Lines
        let column = fundColumn(of: id)
        let expected = lines[line].expenditure[column]
        let rows = table.rows
        if let total = rows.firstIndex(where: { $0.code == nil }) {
            if expected == nil && rows[total].amounts[0] == nil { return }
            check.equal(rows[total].amounts[0], expected.orZero, termCount: 1,
                        cell: { .classified(id, rows[total], 0) },
                        expectedLabel: { CellRef.expenditure(.t4, lines[line], column).display },
                        terms: { [RelationTerm(.classified(id, rows[total], 0), 1), RelationTerm(.expenditure(.t4, lines[line], column), -1)] })
        } else {
            guard let value = expected else { return }
            check.equal(value, .zero, termCount: 1,
                        cell: { .expenditure(.t4, lines[line], column) },
                        expectedLabel: { "\(id.label) 合计（未列示，按 0 计）" },
                        terms: { [RelationTerm(.expenditure(.t4, lines[line], column), 1)] })
        }
    }

    /// Each 类 row's 合计 = the T4 expenditure line of the same category (matched by name, the
    /// ordinal dropped) in the table's fund column; and a T4 category with an amount in that
    /// column needs a 类 row. Lines are looked up at the category's usual position first, so a
    /// clean budget is checked without allocating.
    static func categoryMatchesT4(_ id: TableID, _ check: inout RuleCheck) {
        guard check.require(id, .t4), let table = check.subject.classified(id), let t4 = check.subject.t4Index else { return }
        let lines = check.subject.t4Lines, rows = table.rows
        let column = fundColumn(of: id)
        // 类 rows told by their code keys (a three-digit code's key ends in 3): no code copied.
        let codeKeys = check.subject.codeKeys(id)
        // Bit `line` set for each of the first 64 lines a 类 row was matched with: such a line
        // is listed (the row's name is its label) without comparing it with every row again.
        var matched: UInt64 = 0
        for row in rows.indices {
            let key = codeKeys.key(row)
            guard key >= 0, key % 10 == 3 else { continue }
            guard let line = categoryLine(lines, category: key / 10, name: rows[row].name) else {
                let cell = CellRef.classified(id, rows[row], 0)
                check.fail(cell,
                           message: "\(cell.display) \(rows[row].amounts[0]?.text() ?? "（空）")：T4 财政拨款收支总表支出栏没有同名的“\(rows[row].name)”")
                continue
            }
            if line < 64 { matched |= 1 << UInt64(line) }
            // A relation that holds is counted before the closures' contexts are laid out
            // (`equal`'s own first test; see ``ClassifiedChecks/rowSum(_:total:parts:label:_:)``).
            if rows[row].amounts[0].orZero.fen - lines[line].expenditure[column].orZero.fen == 0 { check.evaluated += 1; continue }
            check.equal(rows[row].amounts[0], lines[line].expenditure[column].orZero, termCount: 1,
                        cell: { .classified(id, rows[row], 0) },
                        expectedLabel: { CellRef.expenditure(.t4, lines[line], column).display },
                        terms: { [RelationTerm(.classified(id, rows[row], 0), 1), RelationTerm(.expenditure(.t4, lines[line], column), -1)] })
        }
        // T4 categories with an amount in the fund column but no 类 row (lines before 本年支出合计).
        for line in 0..<(t4.firstYearSpend ?? lines.count) {
            guard column < lines[line].expenditure.count, let value = lines[line].expenditure[column], value != .zero else { continue }
            if line < 64 && matched & (1 << UInt64(line)) != 0 { continue }
            let listed = rows.indices.contains { row in
                let key = codeKeys.key(row)
                guard key >= 0, key % 10 == 3 else { return false }
                return StructureFunctionCategories.label(lines[line].expenditureItem, names: StructureText.key(rows[row].name))
            }
            if listed { continue }
            check.equal(value, .zero, termCount: 1,
                        cell: { .expenditure(.t4, lines[line], column) },
                        expectedLabel: { "\(id.label) 无此类（应为 0）" },
                        terms: { [RelationTerm(.expenditure(.t4, lines[line], column), 1)] })
        }
    }

    /// The T4 expenditure category line (its index in `lines`) naming `name` (the 类 whose
    /// code reads `category`): tried at the category's usual position, then among all
    /// category lines.
    static func categoryLine(_ lines: [BalanceLine], category: Int, name: String) -> Int? {
        let key = StructureText.key(name)
        if let position = StructureFunctionCategories.position(ofCategory: category), position < lines.count,
           StructureFunctionCategories.label(lines[position].expenditureItem, names: key) {
            return position
        }
        for line in lines.indices {
            if StructureText.same(lines[line].expenditureItem, "本年支出合计") { break }
            if !lines[line].expenditureItem.isEmpty && StructureFunctionCategories.label(lines[line].expenditureItem, names: key) { return line }
        }
        return nil
    }

    /// Each row (合计 included) ≤ the T3 row with the same code, for 合计, 基本支出 and 项目支出
    /// (the first three columns of both tables). A code missing from T3 is a failure.
    static func withinT3(_ id: TableID, _ check: inout RuleCheck) {
        guard check.require(id, .t3), let table = check.subject.classified(id), let t3 = check.subject.t3 else { return }
        let rows = table.rows, limits = t3.rows
        let keys = check.subject.codeKeys(id), limitKeys = check.subject.codeKeys(.t3)
        var cursor = 0
        for row in rows.indices {
            guard let limit = ClassifiedChecks.rowIndex(limits, keys: limitKeys, key: keys.key(row), scheme: rows[row].code?.scheme,
                                                        cursor: &cursor) else {
                guard rows[row].amounts.contains(where: { $0 != nil && $0 != .zero }) else { continue }
                let what = rows[row].code.map { "\($0.digits) \(rows[row].name)" } ?? "合计行"
                check.fail(.classified(id, rows[row], 0),
                           message: "\(id.label) 列有 \(what)，T3 支出总表 却没有这一行：财政拨款支出是支出总表的一部分，T3 应列出同一科目")
                continue
            }
            // The three columns compared in one sweep (`atMost`'s own first test, the same
            // differences): when all hold, each counts as evaluated and nothing else is needed.
            let allHold = rows[row].amounts.withUnsafeBufferPointer { amounts in
                limits[limit].amounts.withUnsafeBufferPointer { caps in
                    precondition(amounts.count >= 3 && caps.count >= 3, "a row has every column of its table")
                    return amounts[0].orZero.fen - caps[0].orZero.fen <= 0 && amounts[1].orZero.fen - caps[1].orZero.fen <= 0
                        && amounts[2].orZero.fen - caps[2].orZero.fen <= 0
                }
            }
            if allHold { check.evaluated += 3; continue }
            for column in 0..<3 {
                // (`atMost`'s own first test, before the closures' contexts are laid out.)
                if rows[row].amounts[column].orZero.fen - limits[limit].amounts[column].orZero.fen <= 0 { check.evaluated += 1; continue }
                check.atMost(rows[row].amounts[column], limits[limit].amounts[column].orZero, termCount: 1,
                             cell: { .classified(id, rows[row], column) },
                             limitLabel: { CellRef.classified(.t3, limits[limit], column).display },
                             terms: { [RelationTerm(.classified(id, rows[row], column), 1), RelationTerm(.classified(.t3, limits[limit], column), -1)] })
            }
        }
    }

    /// An empty table carries its 空表列示 note; a table with amounts does not.
    static func emptyTableNote(_ id: TableID, fund: String, _ check: inout RuleCheck) {
        // The rows and the note are read, not the table (``Budget/classified(_:)`` copied
        // it, header fields and all); the header is read only for a finding.
        guard check.require(id), let rows = check.subject.classified(id)?.rows else { return }
        let note = Self.note(of: id, check.budget)
        let saysEmpty = note.map { LabelBytes.contains($0, "空表") || LabelBytes.contains(StructureText.key($0), "空表") } ?? false
        check.passed()
        // ``ClassifiedTable/isEmpty``, on the rows.
        let isEmpty = rows.allSatisfy { row in row.amounts.allSatisfy { $0 == nil } }
        if isEmpty && !saysEmpty {
            check.fail(.table(id, line: check.budget.classified(id)?.header.source.line ?? 0),
                       message: "\(id.label) 为空表，但表后未注明“注：无\(fund)预算财政拨款预算，空表列示。”")
        } else if !isEmpty && saysEmpty {
            check.fail(.table(id, line: check.budget.classified(id)?.header.source.line ?? 0),
                       message: "\(id.label) 列有金额，表后却注明“\(note ?? "")”：有数据的表不应标注空表列示")
        }
    }

    /// The note of classified table `id` of `budget` (nil without the table or a note),
    /// read from the table in place.
    static func note(of id: TableID, _ budget: Budget) -> String? {
        switch id {
        case .t2: budget.t2?.note
        case .t3: budget.t3?.note
        case .t5: budget.t5?.note
        case .t6: budget.t6?.note
        case .t7: budget.t7?.note
        case .t8: budget.t8?.note
        default: nil
        }
    }
}
