import HuizongModel
import HuizongRules
import HuizongRollup

extension HTMLReport {
    /// Section 一: inputs, findings by severity, the district's headline totals.
    static func keyFigures(_ input: Input, into page: inout HTMLBuffer) {
        let result = input.result
        page.openSection(id: sections[0].id, title: sections[0].title)
        let included = result.departments.reduce(0) { $0 + $1.unitCodes.count }
        let counts = FindingCounts.units(result)
        page.markup("<h3>输入与审核</h3>\n<div class=\"kpis\">")
        figure("读入文件", count: result.units.count, into: &page)
        figure("汇总单位", count: included, into: &page)
        figure("部门", count: result.departments.count, into: &page)
        figure("隔离", count: result.quarantined.count, alert: "bad", into: &page)
        figure("错误", count: counts.errors, alert: "bad", into: &page)
        figure("警告", count: counts.warnings, alert: "warn", into: &page)
        figure("提示", count: counts.infos, into: &page)
        figure("有错误的单位", count: counts.unitsWithErrors, alert: "bad", into: &page)
        page.markup("</div>\n")

        let district = result.district
        let t1 = district.t1
        let t3 = district.t3?.totalRow
        let procurementTotal = input.procurement.unitsTotal.first
        let assetTotal = input.assets.categories.first { $0.label.contains("资产总额") }?.value
        page.markup("<h3>\(esc(input.districtName))（万元）</h3>\n<div class=\"kpis amounts\">")
        figure("收入总计", amount: t1?.line(income: "收入总计")?.income.first ?? nil, into: &page)
        figure("支出总计", amount: t1?.line(expenditure: "支出总计")?.expenditure.first ?? nil, into: &page)
        figure("基本支出", amount: t3?.amounts[TableSchema.T3.basic.rawValue], into: &page)
        figure("项目支出", amount: t3?.amounts[TableSchema.T3.project.rawValue], into: &page)
        figure("政府采购 合计", amount: procurementTotal, into: &page)
        figure("资产总额", amount: assetTotal, into: &page)
        page.markup("</div>\n")
        if !input.procurement.isReconciled {
            let consolidated = input.procurement.consolidatedTotal.first ?? nil
            page.note("注意：汇总后的政府采购表合计 \(consolidated?.text() ?? "空") 与各单位采购条目之和 \(procurementTotal?.text() ?? "空") 不一致。",
                      class: "note bad")
        }
        page.closeSection()
    }

    /// A count figure; `alert` is the colour of a non-zero count.
    static func figure(_ label: String, count: Int, alert: String? = nil, into page: inout HTMLBuffer) {
        let cls = count > 0 ? alert.map { " \($0)" } ?? "" : ""
        page.markup("<div class=\"kpi\(cls)\"><span class=\"k\">\(esc(label))</span><span class=\"v\">\(count)</span></div>")
    }

    /// An amount figure in 万元.
    static func figure(_ label: String, amount: Amount?, into page: inout HTMLBuffer) {
        page.markup("<div class=\"kpi\"><span class=\"k\">\(esc(label))</span><span class=\"v\">\(Cell.amountText(amount))</span></div>")
    }

    /// Section 二: the district's T3 类 rows, 合计 column.
    static func functionChart(_ input: Input, into page: inout HTMLBuffer) {
        page.openSection(id: sections[1].id, title: sections[1].title)
        let rows = (input.result.district.t3?.codedRows ?? []).filter { $0.code?.level == .category }
        let bars = rows.map { SVGBarChart.Bar(label: "\($0.code!.digits) \($0.name.trimmingAllWhitespace)", amount: $0.amounts.first ?? nil) }
        page.note("T3 支出总表 各类（功能分类）“合计”栏，单位：万元。")
        page.markup(SVGBarChart(title: "\(input.districtName) 支出按功能分类", bars: bars).render())
        page.closeSection()
    }

    /// Section 三: each department's T1 支出总计 (T3 合计 when T1 is missing), largest first.
    static func departmentChart(_ input: Input, into page: inout HTMLBuffer) {
        page.openSection(id: sections[2].id, title: sections[2].title)
        let bars = input.result.departments.map { department in
            SVGBarChart.Bar(label: "\(department.code) \(department.name)", amount: departmentSpending(department.budget))
        }.enumerated().sorted { a, b in
            let x = a.element.amount?.fen ?? .min, y = b.element.amount?.fen ?? .min
            return x != y ? x > y : a.offset < b.offset
        }.map(\.element)
        page.note("各部门 T1 收支总表“支出总计”（无 T1 时取 T3 支出总表“合计”），由大到小，单位：万元。")
        page.markup(SVGBarChart(title: "各部门支出", bars: bars).render())
        page.closeSection()
    }

    /// T1 支出总计, or T3 合计 when T1 lacks it.
    static func departmentSpending(_ budget: Budget) -> Amount? {
        if let total = budget.t1?.line(expenditure: "支出总计")?.expenditure.first ?? nil { return total }
        return budget.t3?.totalRow?.amounts.first ?? nil
    }
}
