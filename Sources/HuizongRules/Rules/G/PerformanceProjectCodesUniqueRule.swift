import HuizongModel

/// G: no two 绩效目标表 carry the same 项目编码.
struct PerformanceProjectCodesUniqueRule: BudgetRule {
    static let description = RuleDescription(
        id: "g_project_codes_unique", table: .performance, severity: .warning,
        summary: "各绩效目标表的项目编码互不相同",
        summaryEnglish: "No two performance tables share a project code",
        rationale: "项目编码唯一标识一个预算项目；重复的编码通常是复制表格后未修改，或同一项目重复列示。",
        rationaleEnglish: "A project code identifies one project; a repeated code usually means a copied table left unchanged or a project listed twice.",
        isAmountRule: false,
        examples: [
            .passes("种子预算：8 个项目编码各不相同"),
            .fails("第 2 张表的项目编码改为与第 1 张相同", { budget in
                budget.performance[1].projectCode = budget.performance[0].projectCode
            }),
        ])

    func check(_ check: inout RuleCheck) {
        let projects = PerformanceTables.read(&check)
        guard !projects.isEmpty else { return }
        // Codes with whitespace removed, compared as `String`s; the first project printing
        // each code is the one a repeat is reported against.
        var seen: [(code: String, project: Int)] = []
        seen.reserveCapacity(projects.count)
        for project in projects.indices {
            let code = StructureText.key(projects[project].projectCode)
            guard !code.isEmpty else { continue }
            check.passed()
            if let first = seen.first(where: { $0.code == code })?.project {
                check.fail(.performance(projects[project], "预算数"),
                           message: "G 绩效目标表“\(projects[project].projectName)”的项目编码 \(code) 与“\(projects[first].projectName)”重复：每个项目应有唯一的项目编码")
            } else {
                seen.append((code, project))
            }
        }
    }
}
