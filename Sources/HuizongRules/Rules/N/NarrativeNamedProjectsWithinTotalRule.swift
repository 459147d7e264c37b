import HuizongModel

/// N: the projects the narrative names add up to at most 项目支出 (T3 total); a note when
/// they add up to less (“主要为” may list only the main projects).
struct NarrativeNamedProjectsWithinTotalRule: BudgetRule {
    static let description = RuleDescription(
        id: "n_named_projects_within_total", table: .narrative,
        summary: "情况说明所列各项目金额之和不超过项目支出合计（少于时提示）",
        summaryEnglish: "The projects the narrative names add up to at most the project expenditure total (a note when less)",
        rationale: "“项目支出……主要为”后列出的是项目支出的组成部分，合计不能超过支出总表项目支出；可能只列主要项目，少于时仅作提示。",
        rationaleEnglish: "The projects listed after “主要为” are parts of project expenditure, so they cannot exceed T3's total; they may list only the main ones.",
        examples: [
            .passes("种子预算：98 + 30 + 1435.44 + 5 + 3 = 1571.44"),
            .passes("少列一个项目只是提示", RuleExample.adjust(.narrative, "17", "项目", by: -300)),
            .fails("城乡居民社会保险代办员补助资金 改为 5.01", RuleExample.adjust(.narrative, "16", "项目", by: 1)),
        ])

    func check(_ check: inout RuleCheck) {
        guard check.require(.narrative), let claims = check.subject.claims else { return }
        let named = IndexFilter.indices(claims) { $0.subject == .project && $0.change == .level }
        guard !named.isEmpty, check.require(.t3) else { return }
        let source = check.subject
        guard let total = source.figureValue(.projectExpenditure) else {
            check.notChecked(NarrativeFigures.missingReason(.projectExpenditure)); return
        }
        let sum = AmountSums.sum(named) { claims[$0].amount }
        let limit = total.orZero
        // The total's cell and the cells involved, built only for a finding.
        func totalCell() -> CellRef { source.figure(.projectExpenditure)!.cell }
        func involved() -> [CellAddress] { named.dropFirst().map { CellRef.claim($0, claims[$0]).address } + [totalCell().address] }
        if sum > limit {
            check.fail(.claim(named[0], claims[named[0]]),
                       message: "N 情况说明所列 \(named.count) 个项目金额之和 \(sum.text()) 超过 \(totalCell().display) \(limit.text())，超出 \((sum - limit).text())",
                       expected: limit, actual: sum, involved: involved())
        } else if sum < limit {
            check.fail(.claim(named[0], claims[named[0]]),
                       message: "N 情况说明所列 \(named.count) 个项目金额之和 \(sum.text()) 少于 \(totalCell().display) \(limit.text())，相差 \((limit - sum).text())（“主要为”可能只列出部分项目）",
                       expected: limit, actual: sum, severity: .info, involved: involved())
        } else {
            check.passed()
        }
    }
}
