import HuizongModel

/// N ↔ P: 拟购置固定资产总额 equals the procurement items that buy fixed assets
/// (``ProcurementFixedAssetCodes``).
struct NarrativePlannedPurchasesMatchPRule: BudgetRule {
    static let description = RuleDescription(
        id: "n_planned_purchases_match_p", table: .narrative,
        summary: "情况说明所述本年度拟购置固定资产总额等于政府采购预算中固定资产类品目的采购金额之和",
        summaryEnglish: "The narrative's planned fixed-asset purchases equal the procurement items with fixed-asset catalogue codes",
        rationale: "拟购置的固定资产须列入政府采购预算；按政府采购品目分类目录，房屋和构筑物（A01）、设备（A02）、文物和陈列品（A03）、图书和档案（A04）、家具（A0501）属固定资产，复印纸等办公用品（A0504）和服务（C）不属于。",
        rationaleEnglish: "Planned fixed-asset purchases are listed in the procurement table; by catalogue code, A01–A04 and furniture A0501 are fixed assets, office supplies (A0504) and services (C) are not.",
        examples: [
            .passes("种子预算：拟购置 0.00，采购品目均为办公用品和服务"),
            .passes("复印纸改为台式计算机（A02010105），拟购置改为 3.40", { budget in
                budget.procurement!.rows[2].catalogCode = "A02010105"
                budget.setAmount(Amount("3.40"), at: CellAddress(.narrative, "33", "拟购置固定资产总额"))
            }),
            .fails("拟购置固定资产总额 改为 0.01", RuleExample.adjust(.narrative, "33", "拟购置固定资产总额", by: 1)),
            .fails("鼓粉盒改为家具（A05010101），拟购置仍为 0.00", { budget in budget.procurement!.rows[3].catalogCode = "A05010101" }),
        ])

    func check(_ check: inout RuleCheck) {
        guard check.require(.narrative), let claims = check.subject.claims else { return }
        let planned = claims.indices.filter { claims[$0].subject == .plannedAssetPurchases && claims[$0].change == .level }
        guard !planned.isEmpty else { return }
        // No procurement table at all: nothing may be planned. An unread one: not checked.
        let table = check.subject.procurement
        if table != nil || check.context.unreadTables[.procurement] != nil {
            guard check.require(.procurement) else { return }
        }
        let rows = table?.rows ?? []
        let items = rows.indices.filter { rows[$0].kind == .item && ProcurementFixedAssetCodes.isFixedAsset(rows[$0].catalogCode) }
        let sum = AmountSums.sum(items) { rows[$0].amounts.first ?? nil }
        for index in planned {
            let claim = claims[index]
            check.equal(claim.amount, sum, termCount: items.count,
                        cell: { .claim(index, claim) }, expectedLabel: { "P 政府采购预算固定资产类品目（A01–A04、A0501）采购金额之和" },
                        terms: { [RelationTerm(.claim(index, claim), 1)]
                            + items.map { RelationTerm(CellRef.procurement($0 + 1, rows[$0], "合计"), -1) } })
        }
    }
}
