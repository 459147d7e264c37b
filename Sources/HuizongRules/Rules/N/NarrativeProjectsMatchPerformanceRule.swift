import HuizongModel

/// N ↔ G: each project the narrative names (“主要为改制企业人员费用(RY)98万元 …”) equals
/// the 预算数 of the 绩效目标表 it refers to (see ``NarrativeProjectMatch``).
struct NarrativeProjectsMatchPerformanceRule: BudgetRule {
    static let description = RuleDescription(
        id: "n_projects_match_performance", table: .narrative,
        summary: "情况说明所列各项目金额等于对应项目绩效目标表预算数之和",
        summaryEnglish: "Each project the narrative names equals the budget of the performance table(s) it refers to",
        rationale: "项目支出说明按项目列示金额；项目名称可能是简称，指向名称包含该简称的绩效目标表，或与之共有最长名称片段（至少 4 字）的一组表（如 4 张“国有企业退休人员社会化管理…补助资金”表合计 1435.44）。",
        rationaleEnglish: "The narrative names projects, often shortened; a name refers to the tables whose name contains it, or else to the group sharing its longest common substring (≥ 4 characters).",
        examples: [
            .passes("种子预算：国有企业退休人员社会化管理上级财政补助资金 1435.44 = 568.04 + 109.40 + 648.60 + 109.40"),
            .fails("改制企业人员费用(RY) 改为 98.01", RuleExample.adjust(.narrative, "13", "项目", by: 1)),
            .fails("绩效目标表 秦财企[2024]632号… 预算数 改为 648.59",
                   RuleExample.adjust(.performance, "13030225P00021710001T", "预算数", by: -1)),
        ])

    func check(_ check: inout RuleCheck) {
        guard check.require(.narrative), let claims = check.subject.claims else { return }
        let named = IndexFilter.indices(claims) { $0.subject == .project && $0.change == .level }
        guard !named.isEmpty else { return }
        let projects = PerformanceTables.read(&check)
        guard check.context.unreadTables[.performance] == nil else { return }
        let names = projects.indices.map { NarrativeProjectMatch.normalized(projects[$0].projectName) }
        // Claims are read in place (a copy would retain each of their texts); one list of
        // matches serves every claim.
        var matches: [Int] = []
        matches.reserveCapacity(names.count)
        for index in named {
            NarrativeProjectMatch.projects(named: claims[index].name, inNames: names, into: &matches)
            guard !matches.isEmpty else {
                check.notChecked("情况说明项目“\(claims[index].name)”找不到对应的绩效目标表"); continue
            }
            let sum = AmountSums.sum(matches) { projects[$0].budget }
            check.equal(claims[index].amount, sum, termCount: matches.count,
                        cell: { .claim(index, claims[index]) },
                        expectedLabel: {
                            matches.count == 1 ? "G 绩效目标表“\(projects[matches[0]].projectName)”预算数"
                                : "G 绩效目标表 " + matches.map { "“\(projects[$0].projectName)”" }.joined(separator: "、") + " 预算数之和"
                        },
                        terms: { [RelationTerm(.claim(index, claims[index]), 1)] + matches.map { RelationTerm(.performance(projects[$0], "预算数"), -1) } })
        }
    }
}
