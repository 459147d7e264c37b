import HuizongModel

/// T8: an empty table carries its 空表列示 note; a filled one does not.
struct T8EmptyTableNoteRule: BudgetRule {
    static let description = RuleDescription(
        id: "t8_empty_table_note", table: .t8, severity: .warning,
        summary: "国有资本经营预算财政拨款支出表为空时须注明空表列示，有数据时不应有此注释",
        summaryEnglish: "An empty T8 carries its “empty table” note; a filled T8 does not",
        rationale: "公开规程要求没有国有资本经营预算财政拨款的单位保留空表并注明“注：无国有资本经营预算财政拨款预算，空表列示。”；有数据的表带此注释说明表或注释有误。",
        rationaleEnglish: "Disclosure rules keep an empty table with an explicit note; a filled table with that note is contradictory.",
        isAmountRule: false,
        examples: [
            .passes("种子预算：有数据，无注释"),
            .fails("有数据却注明空表列示", { budget in budget.t8?.note = "注：无国有资本经营预算财政拨款预算，空表列示。" }),
            .fails("清空 T8 而不加注释", { budget in
                guard var t8 = budget.t8 else { return }
                for index in t8.rows.indices { t8.rows[index].amounts = [nil, nil, nil] }
                budget.t8 = t8
            }),
        ])

    func check(_ check: inout RuleCheck) { FiscalTableChecks.emptyTableNote(.t8, fund: "国有资本经营", &check) }
}
