import HuizongModel

/// One 绩效目标表 per project: code, name, 预算数 = 财政资金 + 其他资金, the cumulative
/// spending plan ending at 预算数 in 12月底, the goal, and six to nine indicator rows, one
/// of them the 成本指标 `≤X万元` (or `≤X元`) equal to 预算数.
enum PerformanceBuilder {
    /// The table of project number `index` (0-based) of a budget for `year`.
    static func table(_ project: Project, index: Int, year: Int) -> PerformanceTable {
        let budget = project.total
        var plan: [Amount?] = project.planPerMille.map { perMille in
            perMille.map { Amount(wanHundredths: (budget * Int64($0) * 2 + 1000) / 2000) }
        }
        plan.append(budget.amount)
        let theme = project.theme
        return PerformanceTable(
            title: "\(index + 1)、\(project.name)绩效目标表", currency: "万元", projectCode: project.code,
            projectName: project.name, budget: budget.amount, fiscalFunds: project.fiscal.cell,
            otherFunds: project.otherFunds.cell, purpose: "用于" + theme.action,
            plan: plan, goal: "1.\(theme.action)，确保项目按计划实施。\n2.\(theme.benefit)。\n3.规范项目资金管理，确保资金使用安全高效。",
            indicators: indicators(project, year: year))
    }

    /// The cost ceiling as printed: `≤98万元`, `≤109.4万元`, `≤5680400元`.
    static func costText(_ budget: Hundredths, inYuan: Bool) -> String {
        inYuan ? "≤\(budget * 100)元" : "≤\(trimmed(budget))万元"
    }

    /// An amount with trailing zero decimals dropped: 98.00 → `98`, 109.40 → `109.4`.
    static func trimmed(_ value: Hundredths) -> String {
        let whole = value / 100, cents = value % 100
        if cents == 0 { return String(whole) }
        if cents % 10 == 0 { return "\(whole).\(cents / 10)" }
        return "\(whole).\(cents < 10 ? "0" : "")\(cents)"
    }

    /// The indicator rows.
    static func indicators(_ project: Project, year: Int) -> [PerformanceIndicator] {
        var rng = SplitMix64(seed: project.detailSeed)
        let theme = project.theme
        let plan = "年度工作计划"
        let quantity = rng.int(theme.quantity)
        var rows: [(String, String, String, String, String, String)] = []
        rows.append(("产出指标", "数量指标", theme.object + "数量", "按照年度工作计划，" + theme.action + "涉及的" + theme.object + "数量",
                     (rng.percent(50) ? "≥" : "") + "\(quantity)\(theme.measure)", plan))
        rows.append(("", "质量指标", "项目验收合格率", theme.action + "完成后经验收达到相关标准和要求的比例", rng.pick(["100%", "≥98%", "≥95%"]), plan))
        if rng.percent(40) {
            rows.append(("", "质量指标", "资金使用合规率", "项目资金严格按照规定用途和预算执行、无截留挪用情况的比例", "100%", plan))
        }
        rows.append(("", "时效指标", "项目完成时间", "按照年度工作计划" + theme.action + "的完成时限",
                     rng.pick(["\(year)年12月底前", "\(year)年12月底", "\(year)年12月底完成"]), plan))
        rows.append(("", "成本指标", "项目成本控制数", project.name + "年度预算支出总额，严格控制在预算范围内", costText(project.total, inYuan: project.costInYuan), plan))
        rows.append(("效益指标", "社会效益指标", theme.benefit, "通过" + theme.action + "，" + theme.benefit,
                     rng.pick(["较上年有所提升", "有效提升", "持续改善", "稳步提高"]), plan))
        if rng.percent(50) {
            rows.append(("", "可持续影响指标", "长效工作机制", theme.action + "形成长效工作机制，持续发挥项目效益", rng.pick(["逐步完善", "持续发挥作用"]), plan))
        }
        if rng.percent(30) {
            rows.append(("", "经济效益指标", "资金使用效益", "项目资金使用效益", "较上年有所提高", plan))
        }
        let people = ["人", "人次", "户"].contains(theme.measure) ? theme.object : "服务对象"
        rows.append(("满意度指标", "服务对象满意度指标", people + "满意度", people + "对" + theme.action + "工作的满意程度",
                     rng.pick(["≥90%", "≥95%", "≥98%"]), "满意度调查"))
        return rows.map { PerformanceIndicator(level1: $0.0, level2: $0.1, level3: $0.2, description: $0.3, value: $0.4, basis: $0.5) }
    }
}
