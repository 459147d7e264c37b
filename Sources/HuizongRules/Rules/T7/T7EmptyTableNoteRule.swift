import HuizongModel

/// T7: an empty table carries its 空表列示 note; a filled one does not.
struct T7EmptyTableNoteRule: BudgetRule {
    static let description = RuleDescription(
        id: "t7_empty_table_note", table: .t7, severity: .warning,
        summary: "政府性基金预算财政拨款支出表为空时须注明空表列示，有数据时不应有此注释",
        summaryEnglish: "An empty T7 carries its “empty table” note; a filled T7 does not",
        rationale: "公开规程要求没有政府性基金预算财政拨款的单位保留空表并注明“注：无政府性基金预算财政拨款预算，空表列示。”；有数据的表带此注释说明表或注释有误。",
        rationaleEnglish: "Disclosure rules keep an empty table with an explicit note; a filled table with that note is contradictory.",
        isAmountRule: false,
        examples: [
            .passes("种子预算：空表，注明空表列示"),
            .passes("填入政府性基金 12.00 并去掉注释", T7SampleFund.filled()),
            .fails("空表但去掉注释", { budget in budget.t7?.note = nil }),
            .fails("填入政府性基金 12.00 却保留空表列示注释", T7SampleFund.filled { budget in budget.t7?.note = "注：无政府性基金预算财政拨款预算，空表列示。" }),
        ])

    func check(_ check: inout RuleCheck) { FiscalTableChecks.emptyTableNote(.t7, fund: "政府性基金", &check) }
}
