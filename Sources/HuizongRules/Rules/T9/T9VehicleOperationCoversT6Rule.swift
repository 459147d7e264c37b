import HuizongModel

/// T9 ↔ T6: T9 公务用车运行维护费 一般公共预算 ≥ T6 30231 公务用车运行维护费 合计.
struct T9VehicleOperationCoversT6Rule: BudgetRule {
    static let description = RuleDescription(
        id: "t9_vehicle_operation_covers_t6", table: .t9,
        summary: "“三公”经费表公务用车运行维护费一般公共预算财政拨款不小于基本支出表 30231 公务用车运行维护费",
        summaryEnglish: "T9 vehicle operation (general budget) is at least T6 30231 vehicle operation and maintenance",
        rationale: "基本支出中的公务用车运行维护费是一般公共预算财政拨款“三公”经费中该项的一部分。",
        rationaleEnglish: "Vehicle running costs in the basic budget are part of the general-budget figure in T9.",
        examples: [
            .passes("种子预算：T6 无 30231"),
            .passes("T6 加 30231 0.50，T9 运行维护费填 0.50", { budget in
                ThreePublicRows.addT6Row(&budget, "30231", "公务用车运行维护费", "0.50")
                RuleExample.set(.t9, "8", "一般公共预算财政拨款", to: Amount("0.50"))(&budget)
            }),
            .fails("T6 加 30231 0.50，T9 运行维护费为空", { budget in ThreePublicRows.addT6Row(&budget, "30231", "公务用车运行维护费", "0.50") }),
        ])

    static let code = SubjectCode(economic: "30231")

    func check(_ check: inout RuleCheck) { ThreePublicRows.coversT6(.vehicleOperation, economic: Self.code, &check) }
}
