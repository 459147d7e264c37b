import HuizongModel

/// 单位政府采购预算: 合计, the unit's 小计, and one row per purchase, grouped by project
/// (公用经费 first). 单价 is the amount divided by the quantity, rounded to 0.01 万元, so
/// |数量 × 单价 − 金额| ≤ 数量 × 0.005 always holds.
enum ProcurementBuilder {
    /// The project name of purchases paid from 公用经费.
    static let officeProject = "公用经费"
    /// The note printed under the table.
    static let note = "注：同一采购目录序号的物品，其单价会因配置规格不同而变动，均符合资产配置标准。涉密采购事项按照相关规定执行。"

    /// The table of `content`.
    static func table(_ header: TableHeader, _ content: UnitContent) -> ProcurementTable {
        var groups: [(name: String, budget: Hundredths, source: FundSource, purchases: [Purchase])] = []
        let officeBudget = content.basic("30201") + content.basic("31002")
        if !content.officePurchases.isEmpty {
            groups.append((officeProject, officeBudget, .general, content.officePurchases))
        }
        for project in content.projects where !project.purchases.isEmpty {
            groups.append((project.name, project.total, project.purchaseSource!.source, project.purchases))
        }
        var items: [ProcurementRow] = []
        var sums = [Hundredths](repeating: 0, count: TableSchema.procurementAmounts.count)
        var sme: Hundredths? = nil
        for group in groups {
            for purchase in group.purchases {
                var amounts = [Amount?](repeating: nil, count: TableSchema.procurementAmounts.count)
                amounts[0] = purchase.amount.amount
                amounts[group.source.procurementColumn] = purchase.amount.amount
                sums[0] += purchase.amount
                sums[group.source.procurementColumn] += purchase.amount
                let share = purchase.smePerMille.map { purchase.amount * Hundredths($0) / 1000 }
                if let share { sme = (sme ?? 0) + share }
                let item = purchase.item
                items.append(ProcurementRow(
                    kind: .item, projectName: group.name, projectBudget: group.budget.amount, itemName: item.name,
                    catalogCode: item.code, measureUnit: item.measure, quantity: Quantity(purchase.quantity),
                    unitPrice: unitPrice(purchase), amounts: amounts, smeShare: share?.amount))
            }
        }
        let totals = sums.map(\.cell)
        let total = ProcurementRow(kind: .total, projectName: "合计", amounts: totals, smeShare: sme?.amount)
        let subtotal = ProcurementRow(kind: .subtotal, projectName: content.spec.name + "小计", amounts: totals, smeShare: sme?.amount)
        return ProcurementTable(header: header, rows: [total, subtotal] + items, note: note)
    }

    /// 单价: amount ÷ quantity rounded half up to 0.01 万元.
    static func unitPrice(_ purchase: Purchase) -> Amount {
        let q = purchase.quantity
        return Amount(wanHundredths: (purchase.amount * 2 + q) / (2 * q))
    }

    /// 拟购置固定资产总额: purchases of fixed-asset catalogue classes.
    static func plannedAssets(_ content: UnitContent) -> Hundredths {
        (content.officePurchases + content.projects.flatMap(\.purchases)).filter { $0.item.isFixedAsset }.map(\.amount).reduce(0, +)
    }
}
