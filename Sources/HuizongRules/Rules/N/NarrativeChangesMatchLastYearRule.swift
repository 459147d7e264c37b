import HuizongModel

/// N: each 比上年 change the narrative states equals this year's figure minus last
/// year's. Without last year's budget the changes are recorded as not checked (never as
/// passed); what can be checked alone is that last year's implied figure (this year's
/// figure − the increase) is not negative.
struct NarrativeChangesMatchLastYearRule: BudgetRule {
    static let description = RuleDescription(
        id: "n_changes_match_last_year", table: .narrative,
        summary: "情况说明所述比上年增减数等于本年数减上年数（无上年数据时记为未检查）",
        summaryEnglish: "Each stated change against last year equals this year's figure minus last year's (not checked without last year's budget)",
        rationale: "比上年增减 = 本年预算数 − 上年预算数；需要上年预算才能核对。无上年数据时仍可核对隐含的上年数不为负（增加数不超过本年数）。",
        rationaleEnglish: "A change is this year's figure minus last year's and needs last year's budget; alone, the implied last-year figure must at least not be negative.",
        examples: [
            .passes("种子预算：无上年数据，各增减数记为未检查"),
            .fails("基本支出增加 改为 1000.00（超过本年基本支出 916.65，上年数将为负）",
                   RuleExample.set(.narrative, "20", "基本支出", to: Amount("1000.00"))),
        ])

    func check(_ check: inout RuleCheck) {
        guard check.require(.narrative), let claims = check.subject.claims else { return }
        let changes = IndexFilter.indices(claims) { $0.change != .level }
        guard !changes.isEmpty else { return }
        // Claims are read in place and this year's figure's cell is fetched only for a finding.
        let source = check.subject
        let lastYear = source.lastYear
        for index in changes {
            let subject = claims[index].subject
            guard let value = source.figureValue(subject) else {
                check.notChecked(.quoted(ClaimQuote(claims, index, .noFigureThisYear))); continue
            }
            func cell() -> CellRef { source.figure(subject)!.cell }
            func terms() -> [RelationTerm] {
                [RelationTerm(.claim(index, claims[index]), claims[index].change == .decrease ? -1 : 1), RelationTerm(cell(), -1)]
            }
            // Last year's implied figure, this year's minus the change, cannot be negative.
            check.atMost(claims[index].signedAmount, value.orZero, termCount: 1,
                         cell: { .claim(index, claims[index]) }, limitLabel: { "本年 \(cell().display)（上年数不能为负）" }, terms: terms)
            // Without last year's budget (as in most roll-ups) the reason is written only if shown.
            guard let lastYear else { check.notChecked(.quoted(ClaimQuote(claims, index, .noLastYearBudget))); continue }
            guard let before = NarrativeFigures.figure(subject, in: lastYear, lines: nil) else {
                check.notChecked(ClaimQuote(claims, index, .noFigureLastYear).text); continue
            }
            let expected = value.orZero - before.value.orZero
            check.equal(claims[index].signedAmount, expected, termCount: 2,
                        cell: { .claim(index, claims[index]) },
                        expectedLabel: { "本年 \(cell().display) \(value.orZero.text()) − 上年 \(before.value.orZero.text())" },
                        terms: terms)
        }
    }
}
