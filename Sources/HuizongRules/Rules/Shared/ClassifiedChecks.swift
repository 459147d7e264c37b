import HuizongModel

/// Checks shared by the classified tables (T2, T3, T5…T8): row sums and the hierarchy.
enum ClassifiedChecks {
    /// The index of the row with `code` (the 合计 row when nil), as
    /// ``ClassifiedTable/row(_:)`` and ``ClassifiedTable/totalRow`` find it, without copying rows.
    static func rowIndex(_ rows: [ClassifiedRow], _ code: SubjectCode?) -> Int? {
        rows.indices.first { rows[$0].code == code }
    }

    /// ``rowIndex(_:_:)`` of a code given by its key (−1 for nil) and `scheme` (nil for
    /// nil), where `keys` are the rows' ``ClassifiedCodeKeys``: codes of one scheme are
    /// equal when their keys are (a key holds every digit and their count), so the code
    /// itself is neither copied nor compared.
    static func rowIndex(_ rows: [ClassifiedRow], keys: ClassifiedCodeKeys, key: Int, scheme: SubjectCode.Scheme?) -> Int? {
        (0..<keys.count).first { keys.key($0) == key && rows[$0].code?.scheme == scheme }
    }

    /// ``rowIndex(_:keys:key:scheme:)`` for rows looked up in printed order: `cursor` is
    /// where to start looking (the row after the previous match; updated). When the table's
    /// codes are in text order (``ClassifiedCodeKeys/codesIncrease``) no code is printed
    /// twice, so the one row with the key is found from anywhere: the scan starts at the
    /// cursor and wraps around, and a table matched in order is walked once. Otherwise, and
    /// for the 合计 row (key −1), the scan starts at the first row.
    static func rowIndex(_ rows: [ClassifiedRow], keys: ClassifiedCodeKeys, key: Int, scheme: SubjectCode.Scheme?,
                         cursor: inout Int) -> Int? {
        guard key >= 0, keys.codesIncrease, keys.count > 0 else { return rowIndex(rows, keys: keys, key: key, scheme: scheme) }
        var index = cursor < keys.count && cursor >= 0 ? cursor : 0
        for _ in 0..<keys.count {
            if keys.key(index) == key && rows[index].code?.scheme == scheme {
                cursor = index + 1
                return index
            }
            index += 1
            if index == keys.count { index = 0 }
        }
        return nil
    }

    /// Per row: column `total` = Σ columns `parts` (empty counts as zero).
    static func rowSum(_ id: TableID, total: Int, parts: [Int], label: String, _ check: inout RuleCheck) {
        guard check.require(id), let table = check.subject.classified(id) else { return }
        let rows = table.rows
        for row in rows.indices {
            // The row's amounts read in one sweep.
            // The sum is kept in 分 (an overflow traps as `Amount`'s `+` does); an `Amount`
            // is made only for a row that does not hold.
            let (actual, sum) = rows[row].amounts.withUnsafeBufferPointer { amounts -> (Amount?, Int64) in
                var sum: Int64 = 0
                for part in parts {
                    precondition(part >= 0 && part < amounts.count, "a row has every column of its table")
                    if let value = amounts[part] { sum += value.fen }
                }
                precondition(total >= 0 && total < amounts.count, "a row has every column of its table")
                return (amounts[total], sum)
            }
            // The row that holds (``RuleCheck/equal(_:_:termCount:cell:expectedLabel:terms:)``'s
            // own first test, the same difference) is counted before the closures' contexts
            // are laid out: they were written for every row, held or not.
            if actual.orZero.fen - sum == 0 { check.evaluated += 1; continue }
            check.equal(actual, Amount(fen: sum), termCount: parts.count,
                        cell: { CellRef.classified(id, rows[row], total) },
                        expectedLabel: { label },
                        terms: { [RelationTerm(.classified(id, rows[row], total), 1)] + parts.map { RelationTerm(.classified(id, rows[row], $0), -1) } })
        }
    }

    /// Hierarchy: 合计 = Σ 类, each 类 = Σ its 款, each 款 = Σ its 项, column by column.
    /// A parent without printed children is not checked against them.
    static func hierarchy(_ id: TableID, _ check: inout RuleCheck) {
        guard check.require(id), let table = check.subject.classified(id) else { return }
        let columns = TableSchema.columns(of: id).count
        let rows = table.rows
        // Each row's code key and its parent's (0 for a 类: its parent is 合计); −1 without
        // a code. Children are found by scanning these keys: cheaper than a dictionary of
        // child lists for tables of tens of rows. A parent's children are listed in a
        // buffer on the stack, reused from parent to parent, and so are the column sums (in 分).
        let codeKeys = check.subject.codeKeys(id)
        withUnsafeTemporaryAllocation(of: Int.self, capacity: rows.count) { buffer in
            withUnsafeTemporaryAllocation(of: Int64.self, capacity: columns) { sums in
                func visit(_ parent: Int, _ key: Int) {
                    var count = 0
                    if codeKeys.codesIncrease && key != 0 {
                        // Codes in text order (the usual table): a 类's or 款's descendants
                        // are the coded rows printed right after it, so its children are
                        // looked for there only, up to the first coded row that is not one.
                        var index = parent + 1
                        while index < rows.count {
                            let rowKey = codeKeys.key(index)
                            if rowKey >= 0 {
                                guard ClassifiedCodeKeys.isDescendant(rowKey, of: key) else { break }
                                if codeKeys.parentKey(index) == key { buffer[count] = index; count += 1 }
                            }
                            index += 1
                        }
                    } else {
                        for index in rows.indices where codeKeys.parentKey(index) == key { buffer[count] = index; count += 1 }
                    }
                    guard count > 0 else { return }
                    let kids = UnsafeBufferPointer(rebasing: buffer[0..<count])
                    // A 类's key ends in 3 (three digits), a 款's in 5.
                    let what = key == 0 ? "各类之和" : (key % 10 == 3 ? "所属各款之和" : "所属各项之和")
                    // Column sums kid by kid, in 分 (an overflow traps as `Amount`'s `+` does):
                    // each kid's amounts are read in one sweep. Each column still adds its
                    // kids in printed order.
                    sums.initialize(repeating: 0)
                    for kid in kids {
                        rows[kid].amounts.withUnsafeBufferPointer { amounts in
                            precondition(amounts.count >= columns, "a row has every column of its table")
                            for column in 0..<columns { if let value = amounts[column] { sums[column] += value.fen } }
                        }
                    }
                    // The parent's amounts compared with the sums in one sweep (the same
                    // differences `equal` works out, column by column): when every column
                    // holds, each counts as evaluated and nothing else is needed.
                    let allHold = rows[parent].amounts.withUnsafeBufferPointer { amounts in
                        precondition(amounts.count >= columns, "a row has every column of its table")
                        for column in 0..<columns where amounts[column].orZero.fen - sums[column] != 0 { return false }
                        return true
                    }
                    if allHold { check.evaluated += columns; return }
                    for column in 0..<columns {
                        let sum = Amount(fen: sums[column])
                        check.equal(rows[parent].amounts[column], sum, termCount: kids.count,
                                    cell: { CellRef.classified(id, rows[parent], column) },
                                    expectedLabel: { what },
                                    terms: { [RelationTerm(.classified(id, rows[parent], column), 1)] + kids.map { RelationTerm(.classified(id, rows[$0], column), -1) } })
                    }
                }
                // Parents in printed order, 合计 first. A 项 (seven digits, key ending in 7) has
                // no children: parent keys name 类 and 款 only.
                if let total = codeKeys.keys.firstIndex(of: -1) { visit(total, 0) }
                for index in rows.indices {
                    let key = codeKeys.key(index)
                    if key >= 0 && key % 10 != 7 { visit(index, key) }
                }
            }
        }
    }

    /// Every coded row's parent is printed too (a 项 needs its 款 and 类).
    static func parentsPresent(_ id: TableID, _ check: inout RuleCheck) {
        guard check.require(id), let table = check.subject.classified(id) else { return }
        let rows = table.rows
        // The printed codes' keys, scanned (tables hold tens of rows): no set to build.
        let codeKeys = check.subject.codeKeys(id)
        // When the codes increase in text order, a printed parent comes before its child
        // with only its own descendants in between, none of the parent's length: the parent
        // is printed exactly when the last coded row of its length before the child is it.
        // The keys of the last 类 and 款 seen are kept (a key ends in its digit count).
        var lastCategory = -1, lastSection = -1
        for index in rows.indices {
            // −1: a row without a code; 0: a 类.
            let parentKey = codeKeys.parentKey(index)
            guard parentKey >= 0 else { continue }
            check.passed()
            let printed: Bool
            if parentKey == 0 {
                printed = true
            } else if codeKeys.codesIncrease {
                printed = parentKey % 10 == 3 ? lastCategory == parentKey : lastSection == parentKey
            } else {
                printed = codeKeys.keys.contains(parentKey)
            }
            switch codeKeys.key(index) % 10 {
            case 3: lastCategory = codeKeys.key(index)
            case 5: lastSection = codeKeys.key(index)
            default: break
            }
            if !printed, let code = rows[index].code, let parent = code.parent {
                let row = rows[index]
                check.fail(.classified(id, row, 0),
                           message: "\(id.label) \(code.digits) \(row.name) 的上级科目 \(parent.digits)（\(parent.level.chineseName)）未列示：汇总表须逐级列出类、款、项")
            }
        }
    }
}
