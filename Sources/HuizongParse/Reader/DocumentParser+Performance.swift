import HuizongModel

/// 绩效目标表: a fixed sequence of label cells and values, then indicator rows.
extension DocumentParser {
    mutating func readPerformance(title: String, titleLine: Int) {
        let id = TableID.performance
        let start = budget.performance.count
        do {
            let table = try readPerformanceTable(title: title, titleLine: titleLine)
            budget.performance.append(table)
            blocks.append(NarrativeBlock(kind: .performanceTable, index: start, source: SourceLocation(line: titleLine + 1)))
            lastNoteTarget = nil
        } catch {
            record(error, table: id)
            skipCells()
        }
    }

    private mutating func readPerformanceTable(title: String, titleLine: Int) throws(TableAbort) -> PerformanceTable {
        let id = TableID.performance
        let currencyCell = try requireCell(table: id, expecting: "单位：万元")
        guard let (key, currency) = fieldEntry(currencyCell),
              key == Self.currencyKey || key == Self.amountCurrencyKey else {
            throw abort(.expectedLabel(expected: "单位：万元", found: string(currencyCell)), line: currencyCell.line, table: id, row: title)
        }
        _ = try expectLabel(TemplateLabels.performance.projectCode, table: id)
        let code = try readText(table: id, expecting: "项目编码")
        _ = try expectLabel(TemplateLabels.performance.projectName, table: id)
        let name = try readText(table: id, expecting: "项目名称", multiline: true)
        _ = try expectLabel(TemplateLabels.performance.budgetScale, table: id)
        _ = try expectLabel(TemplateLabels.performance.budgetAmount, table: id)
        let budgetAmount = try readAmount(table: id, expecting: "预算数", row: "\(code) \(name)", column: "预算数")
        _ = try expectLabel(TemplateLabels.performance.fiscalFunds, table: id)
        let fiscal = try readAmount(table: id, expecting: "财政资金", row: "\(code) \(name)", column: "其中：财政资金")
        _ = try expectLabel(TemplateLabels.performance.otherFunds, table: id)
        let other = try readAmount(table: id, expecting: "其他资金", row: "\(code) \(name)", column: "其他资金")
        _ = try requireCell(table: id, expecting: "资金用途前的空单元格")
        let purpose = try readText(table: id, expecting: "资金用途", multiline: true)
        _ = try expectLabel(TemplateLabels.performance.spendingPlan, table: id)
        try expectLabels(TemplateLabels.performance.plan, table: id)
        _ = try requireCell(table: id, expecting: "资金支出计划前的空单元格")
        // The quarters counted by the labels read above (``PerformanceTable/planLabels``,
        // a global of another module, cost a `swift_once` check each time it was read).
        var plan = NewAmountRow.nils(TemplateLabels.performance.plan.count)
        for index in TemplateLabels.performance.plan.indices {
            plan[index] = try readAmount(table: id, expecting: TemplateLabels.performance.plan[index].text, row: "\(code) \(name)",
                                         column: TemplateLabels.performance.plan[index].text)
        }
        _ = try expectLabel(TemplateLabels.performance.goal, table: id)
        let goal = try readText(table: id, expecting: "绩效目标", multiline: true)
        try expectLabels(TemplateLabels.performance.indicatorHeader, table: id)
        let indicators = try readRows(id, width: 6) { (parser: inout DocumentParser, cells: RowView, _: Int) throws(TableAbort) in
            let base = cells.startIndex
            return PerformanceIndicator(level1: parser.content(cells[base]), level2: parser.content(cells[base + 1]),
                                        level3: parser.content(cells[base + 2]), description: parser.content(cells[base + 3]),
                                        value: parser.content(cells[base + 4]), basis: parser.content(cells[base + 5]),
                                        source: SourceLocation(line: cells[base].line))
        }
        return PerformanceTable(title: title, currency: currency, projectCode: code, projectName: name,
                                budget: budgetAmount, fiscalFunds: fiscal, otherFunds: other, purpose: purpose,
                                plan: plan, goal: goal, indicators: indicators, source: SourceLocation(line: titleLine + 1))
    }

    /// Reads the next cell as text (see ``requireCell(table:expecting:multiline:)``).
    private mutating func readText(table: TableID, expecting what: @autoclosure () -> String,
                                   multiline: Bool = false) throws(TableAbort) -> String {
        let cell = try requireCell(table: table, expecting: what(), multiline: multiline)
        return content(cell)
    }

    /// Reads the next cell as an amount (see ``amount(_:table:row:column:maxDecimals:)``).
    private mutating func readAmount(table: TableID, expecting what: @autoclosure () -> String, row: @autoclosure () -> String,
                                     column: @autoclosure () -> String) throws(TableAbort) -> Amount? {
        let cell = try requireCell(table: table, expecting: what())
        return try amount(cell, table: table, row: row(), column: column())
    }
}
