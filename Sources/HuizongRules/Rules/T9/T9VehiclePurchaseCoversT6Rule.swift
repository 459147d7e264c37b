import HuizongModel

/// T9 ↔ T6: T9 公务用车购置费 一般公共预算 ≥ T6 31013 公务用车购置 合计.
struct T9VehiclePurchaseCoversT6Rule: BudgetRule {
    static let description = RuleDescription(
        id: "t9_vehicle_purchase_covers_t6", table: .t9,
        summary: "“三公”经费表公务用车购置费一般公共预算财政拨款不小于基本支出表 31013 公务用车购置",
        summaryEnglish: "T9 vehicle purchase (general budget) is at least T6 31013 official vehicle purchase",
        rationale: "基本支出中的公务用车购置是一般公共预算财政拨款“三公”经费中公务用车购置费的一部分。",
        rationaleEnglish: "Vehicle purchases in the basic budget are part of the general-budget purchase figure in T9.",
        examples: [
            .passes("种子预算：T6 无 31013"),
            .passes("T6 加 31013 18.00，T9 公务用车购置费填 18.00", { budget in
                ThreePublicRows.addT6Row(&budget, "31013", "公务用车购置", "18.00")
                RuleExample.set(.t9, "7", "一般公共预算财政拨款", to: Amount("18.00"))(&budget)
            }),
            .fails("T6 加 31013 18.00，T9 公务用车购置费为空", { budget in ThreePublicRows.addT6Row(&budget, "31013", "公务用车购置", "18.00") }),
        ])

    static let code = SubjectCode(economic: "31013")

    func check(_ check: inout RuleCheck) { ThreePublicRows.coversT6(.vehiclePurchase, economic: Self.code, &check) }
}
