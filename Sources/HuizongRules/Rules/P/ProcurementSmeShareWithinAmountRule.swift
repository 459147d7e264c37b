import HuizongModel

/// P: 中小微企业预留份额 ≤ 采购金额合计, row by row.
struct ProcurementSmeShareWithinAmountRule: BudgetRule {
    static let description = RuleDescription(
        id: "p_sme_share_within_amount", table: .procurement,
        summary: "政府采购预算预留中小微企业份额不超过同行采购金额合计",
        summaryEnglish: "The share reserved for small and micro enterprises is at most the row's procurement amount",
        rationale: "预留份额是采购金额中专门面向中小微企业的部分，不能大于采购金额本身。",
        rationaleEnglish: "The reserved share is part of the procurement amount and cannot exceed it.",
        examples: [
            .passes("种子预算：各行预留份额等于采购金额"),
            .fails("复印纸 预留中小微企业份额 改为 3.41", RuleExample.adjust(.procurement, "3", "预留中小微企业份额", by: 1)),
        ])

    func check(_ check: inout RuleCheck) {
        guard check.require(.procurement), let table = check.subject.procurement else { return }
        let allRows = table.rows
        let sme = ProcurementRows.summedColumns.count - 1, total = ProcurementRows.total
        for index in table.rows.indices where table.rows[index].smeShare != nil {
            let amount = ProcurementRows.value(allRows, index, total).orZero
            check.atMost(table.rows[index].smeShare, amount, termCount: 1,
                         cell: { ProcurementRows.cell(table, index, sme) }, limitLabel: { "同行采购金额合计" },
                         terms: { [RelationTerm(ProcurementRows.cell(table, index, sme), 1),
                                   RelationTerm(ProcurementRows.cell(table, index, total), -1)] })
        }
    }
}
