import HuizongModel

/// All nine tables T1…T9 are present (unit and consolidated budgets alike).
struct StructureAllTablesPresentRule: BudgetRule {
    static let description = RuleDescription(
        id: "structure_all_tables_present", table: .t1,
        summary: "预算公开文件包含全部九张表（收支总表至“三公”经费支出表）",
        summaryEnglish: "The disclosure contains all nine tables T1…T9",
        rationale: "河北模板要求单位和部门预算公开九张表；没有数据的表也须空表列示。",
        rationaleEnglish: "The Hebei template requires all nine tables, an empty one shown with its note.",
        isAmountRule: false,
        examples: [
            .passes("种子预算：九张表齐全（T7 为空表）"),
            .fails("缺少 T6 基本支出表", { budget in budget.t6 = nil }),
            .fails("缺少 T9 “三公”经费支出表", { budget in budget.t9 = nil }),
        ])

    func check(_ check: inout RuleCheck) {
        let subject = check.subject
        for id in TableID.nine {
            check.passed()
            let present = subject.isPresent(id)
            // A table present in the file but not read is reported by the reader, not here.
            if present || check.context.unreadTables[id] != nil { continue }
            check.fail(.table(id), message: "缺少 \(id.label)：预算公开须包含全部九张表，没有数据的表也应空表列示")
        }
    }
}
