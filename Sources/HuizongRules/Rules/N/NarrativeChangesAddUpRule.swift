import HuizongModel

/// N: the 比上年 changes the narrative states add up: Δ预算收支安排 = Δ基本支出 + Δ项目支出,
/// Δ基本支出 = Δ人员经费 + Δ日常公用经费 (increases +, decreases −).
struct NarrativeChangesAddUpRule: BudgetRule {
    static let description = RuleDescription(
        id: "n_changes_add_up", table: .narrative,
        summary: "情况说明所述比上年增减数自洽：收支总额增减 = 基本支出增减 + 项目支出增减，基本支出增减 = 人员经费增减 + 日常公用经费增减",
        summaryEnglish: "The stated changes against last year add up: Δtotal = Δbasic + Δproject, Δbasic = Δpersonnel + Δpublic funds",
        rationale: "预算总额由基本支出和项目支出构成，基本支出由人员经费和日常公用经费构成，其比上年增减数也按此相加（增加为正、减少为负：−185.23 = +166.33 − 351.56）。",
        rationaleEnglish: "The total is basic plus project expenditure and basic is personnel plus public funds, so their changes add up the same way (increase +, decrease −).",
        examples: [
            .passes("种子预算：−185.23 = +166.33 − 351.56；+166.33 = +171.98 − 5.65"),
            .fails("预算收支安排减少 改为 185.24", RuleExample.adjust(.narrative, "19", "预算收支安排", by: 1)),
            .fails("日常公用经费减少 改为 5.66", RuleExample.adjust(.narrative, "22", "日常公用经费", by: 1)),
        ])

    /// The relations: a total and its two parts.
    static let relations: [(ClaimSubject, (ClaimSubject, ClaimSubject), String)] = [
        (.totalBudget, (.basicExpenditure, .projectExpenditure), "基本支出与项目支出增减之和"),
        (.basicExpenditure, (.personnelExpenditure, .publicExpenditure), "人员经费与日常公用经费增减之和"),
    ]

    func check(_ check: inout RuleCheck) {
        guard check.require(.narrative), let claims = check.subject.claims else { return }
        func change(_ subject: ClaimSubject) -> Int? {
            claims.indices.first { claims[$0].subject == subject && claims[$0].change != .level }
        }
        for (whole, parts, label) in Self.relations {
            guard let total = change(whole) ?? (whole == .totalBudget ? change(.totalExpenditure) ?? change(.totalIncome) : nil)
            else { continue }
            // The two parts' claims kept in a pair (a list of them was allocated per relation).
            guard let first = change(parts.0), let second = change(parts.1) else { continue }
            // Σ in order, as AmountSums.sum adds them (an overflow traps alike).
            var sum = Amount.zero
            sum += claims[first].signedAmount
            sum += claims[second].signedAmount
            func sign(_ index: Int) -> Int { claims[index].change == .decrease ? -1 : 1 }
            check.equal(claims[total].signedAmount, sum, termCount: 2,
                        cell: { .claim(total, claims[total]) }, expectedLabel: { label },
                        terms: { [RelationTerm(.claim(total, claims[total]), sign(total)),
                                  RelationTerm(.claim(first, claims[first]), -sign(first)),
                                  RelationTerm(.claim(second, claims[second]), -sign(second))] })
        }
    }
}
