import HuizongModel

/// T9: 公务用车购置及运维费 = 公务用车购置费 + 公务用车运行维护费.
struct T9VehiclePartsRule: BudgetRule {
    static let description = RuleDescription(
        id: "t9_vehicle_parts", table: .t9,
        summary: "公务用车购置及运维费等于公务用车购置费与公务用车运行维护费之和",
        summaryEnglish: "Official vehicles equals vehicle purchase plus vehicle operation and maintenance",
        rationale: "公务用车购置及运维费由购置费和运行维护费两部分构成，两个“其中”行相加等于该项。",
        rationaleEnglish: "Official vehicle costs are purchase plus operation; the two parts add up to the item.",
        examples: [
            .passes("种子预算：均为空"),
            .fails("公务用车运行维护费 一般公共预算财政拨款 填 0.10", RuleExample.set(.t9, "8", "一般公共预算财政拨款", to: Amount("0.10"))),
            .fails("二、公务用车购置及运维费 合计 填 0.10", RuleExample.set(.t9, "6", "合计", to: Amount("0.10"))),
        ])

    /// The rows that add up to the checked row.
    static let parts: [ThreePublicRow] = [.vehiclePurchase, .vehicleOperation]

    func check(_ check: inout RuleCheck) {
        ThreePublicRows.sum(.vehicles, Self.parts, label: "公务用车购置费 + 公务用车运行维护费", &check)
    }
}
