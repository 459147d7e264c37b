import HuizongModel

/// N: figures the narrative quotes that Huizong cannot attribute to a table cell are
/// listed and recorded as not checked: a note when the figure occurs somewhere in the
/// tables, a warning when it occurs nowhere (probably a wrong figure).
struct NarrativeUnrecognisedFiguresRule: BudgetRule {
    static let description = RuleDescription(
        id: "n_unrecognised_figures", table: .narrative, severity: .warning,
        summary: "情况说明中无法归属的金额：列出并记为未检查；表中找不到该数时警告",
        summaryEnglish: "Narrative figures that cannot be attributed are listed and recorded as not checked; a warning when no table holds the figure",
        rationale: "情况说明引用的每个金额都应能在表中找到；未能识别含义的金额无法核对，需人工查看，表中任何单元格都没有该数时更可能有误。",
        rationaleEnglish: "Every figure the narrative quotes should be in a table; one whose meaning is not recognised cannot be checked and is shown for a person to look at, with a warning when no cell holds it.",
        isAmountRule: false,
        examples: [
            .passes("种子预算：所有金额均已识别"),
            .passes("未识别的金额 916.65 在表中存在：仅提示", { budget in
                budget.narrative!.claims.append(NarrativeClaim(subject: .unrecognised, amount: Amount("916.65"), printed: "916.65", label: "其中"))
            }),
            .fails("未识别的金额 123.45 在表中不存在", { budget in
                budget.narrative!.claims.append(NarrativeClaim(subject: .unrecognised, amount: Amount("123.45"), printed: "123.45", label: "其他"))
            }),
        ])

    func check(_ check: inout RuleCheck) {
        guard check.require(.narrative), let claims = check.subject.claims else { return }
        let unrecognised = IndexFilter.indices(claims) { $0.subject == .unrecognised }
        guard !unrecognised.isEmpty else { return }
        var values: Set<Amount> = [.zero]
        check.budget.forEachAmountCell { values.insert($0.value.orZero) }
        for index in unrecognised {
            let claim = claims[index]
            let quoted = "第\(index + 1)项\(NarrativeClaimChecks.quote(claim))"
            check.notChecked("无法归属的金额\(quoted)未核对")
            let found = values.contains(claim.amount.magnitude)
            check.fail(.claim(index, claim),
                       message: "N 情况说明\(quoted)无法确定所指的表格数字，未核对"
                           + (found ? "" : "；各表中均无此数，请核实"),
                       actual: claim.amount, severity: found ? .info : nil)
        }
    }
}
