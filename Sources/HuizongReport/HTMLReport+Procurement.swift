import HuizongModel
import HuizongRollup

extension HTMLReport {
    /// Section 六: procurement by fund and by 政府采购目录序号, units over budget, then fixed assets.
    static func procurement(_ input: Input, into page: inout HTMLBuffer) {
        let summary = input.procurement
        page.openSection(id: sections[5].id, title: sections[5].title)
        let total = summary.unitsTotal.first ?? .zero
        page.note("政府采购：\(summary.byCatalog.count) 个目录序号，合计 \(total.text()) 万元；汇总表与各单位采购条目之和\(summary.isReconciled ? "一致" : "不一致")。",
                  class: summary.isReconciled ? "note" : "note bad")
        page.element("h3", "按资金来源")
        page.table([.text("资金来源"), .number("各单位之和"), .number("汇总表"), .code("核对")],
                   rows: summary.byFund.enumerated().map { index, fund in
                       let consolidated = index < summary.consolidatedTotal.count ? summary.consolidatedTotal[index] : nil
                       let agrees = consolidated.orZero == fund.amount
                       return [.text(fund.fund), .amount(fund.amount), .amount(consolidated),
                               .markup(agrees ? "<span class=\"tag ok\">一致</span>" : "<span class=\"tag bad\">不一致</span>")]
                   })
        page.element("h3", "按政府采购目录序号")
        if summary.byCatalog.isEmpty {
            page.note("没有政府采购条目。")
        } else {
            page.table([.code("目录序号"), .text("采购物品"), .number("条目数"), .number("数量"), .number("金额")],
                       rows: summary.byCatalog.map { entry in
                           [.code(entry.catalogCode), .text(itemNames(entry.itemNames)), .count(entry.itemCount),
                            .number(entry.quantity?.description ?? ""), .amount(entry.amount)]
                       },
                       footer: [[.text("合计"), .text(""), .count(summary.byCatalog.reduce(0) { $0 + $1.itemCount }), .text(""),
                                 .amount(summary.byCatalog.map(\.amount).sum())]],
                       class: "procurement")
        }
        let over = summary.units.filter { !$0.exceeded.isEmpty || !$0.projectsOverBudget.isEmpty }
        if !over.isEmpty {
            page.element("h3", "采购超出预算的单位（\(over.count) 个）")
            page.table([.code("单位编码"), .text("单位名称"), .text("超出可用资金的资金栏"), .text("采购超出项目预算资金的项目")],
                       rows: over.map { [.code($0.unitCode), .text($0.unitName), .lines($0.exceeded), .lines($0.projectsOverBudget)] })
        }
        assets(input.assets, into: &page)
        page.closeSection()
    }

    /// Item names, the first few and how many more.
    static func itemNames(_ names: [String]) -> String {
        let shown = names.prefix(4).joined(separator: "、")
        return names.count > 4 ? "\(shown) 等 \(names.count) 种" : shown
    }

    /// Fixed assets: the consolidated categories and the units whose narrative disagrees with their tables.
    static func assets(_ summary: AssetSummary, into page: inout HTMLBuffer) {
        page.element("h3", "固定资产（按类别）")
        if summary.categories.isEmpty {
            page.note("汇总表没有固定资产占用情况表。")
        } else {
            page.table([.text("资产类别"), .number("数量"), .number("价值（万元）")],
                       rows: summary.categories.map { [.text($0.label), .number($0.quantity?.description ?? ""), .amount($0.value)] })
        }
        let unreconciled = summary.units.filter { !$0.isReconciled }
        if unreconciled.isEmpty {
            page.note("各单位情况说明所述的固定资产及拟购置金额与表中一致。", class: "note ok")
        } else {
            page.element("h3", "情况说明与表不一致的单位（\(unreconciled.count) 个）")
            page.table([.code("单位编码"), .text("单位名称"), .number("资产总额"), .number("情况说明：上年末固定资产", wrap: true),
                        .number("采购表：拟购置固定资产", wrap: true), .number("情况说明：拟购置", wrap: true)],
                       rows: unreconciled.map { [.code($0.unitCode), .text($0.unitName), .amount($0.assetTotal), .amount($0.narrativeAssets),
                                                  .amount($0.plannedPurchases), .amount($0.narrativePlanned)] })
        }
    }

    /// Section 七: the elimination ledgers' unmatched pairs.
    static func eliminations(_ input: Input, into page: inout HTMLBuffer) {
        let departments = input.result.departments
        page.openSection(id: sections[6].id, title: sections[6].title)
        let matched = departments.map(\.eliminations.matchedTotal).sum()
        let unmatched = departments.flatMap { department in department.eliminations.unmatchedPairs.map { (department, $0) } }
        page.note("各部门内部往来共抵销 \(matched.text()) 万元；收支双方记录不一致的 \(unmatched.count) 项。")
        guard !unmatched.isEmpty else {
            page.note("所有内部往来收支双方记录一致。", class: "note ok")
            page.closeSection()
            return
        }
        page.table([.text("部门"), .text("往来类型"), .text("功能科目"), .number("收入方记录"), .code("收入方单位"),
                    .number("支出方记录"), .code("支出方单位"), .number("差额")],
                   rows: unmatched.map { department, pair in
                       [.text("\(department.code) \(department.name)"), .text(pair.kind.rawValue),
                        .text("\(pair.functionCode) \(pair.functionName)"), .amount(pair.income), .lines(pair.incomeUnits),
                        .amount(pair.expenditure), .lines(pair.expenditureUnits), .change(pair.unmatched)]
                   },
                   class: "eliminations")
        page.closeSection()
    }
}
