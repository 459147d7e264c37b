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
        // Claims read in place, from the first planned-purchases claim (no list of them made).
        func isPlanned(_ index: Int) -> Bool { claims[index].subject == .plannedAssetPurchases && claims[index].change == .level }
        guard let first = claims.indices.first(where: isPlanned) else { return }
        // No procurement table at all: nothing may be planned. An unread one: not checked.
        let table = check.subject.procurement
        if table != nil || check.context.unreadTables[.procurement] != nil {
            guard check.require(.procurement) else { return }
        }
        let rows = table?.rows ?? []
        func isFixedAssetItem(_ index: Int) -> Bool {
            rows[index].kind == .item && ProcurementFixedAssetCodes.isFixedAsset(rows[index].catalogCode)
        }
        // The items summed in one pass; their list is made only for a finding.
        var sum = Amount.zero, itemCount = 0
        for index in rows.indices where isFixedAssetItem(index) {
            itemCount += 1
            if let amount = rows[index].amounts.first ?? nil { sum += amount }
        }
        for index in first..<claims.count where isPlanned(index) {
            check.equal(claims[index].amount, sum, termCount: itemCount,
                        cell: { .claim(index, claims[index]) }, expectedLabel: { "P 政府采购预算固定资产类品目（A01–A04、A0501）采购金额之和" },
                        terms: { [RelationTerm(.claim(index, claims[index]), 1)]
                            + rows.indices.filter(isFixedAssetItem).map { RelationTerm(CellRef.procurement($0 + 1, rows[$0], "合计"), -1) } })
        }
    }
}
