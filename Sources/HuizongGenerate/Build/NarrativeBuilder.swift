import HuizongModel

/// The figures the narrative quotes, taken from the assembled tables.
struct NarrativeFacts: Sendable {
    var year: Int
    /// T1 items 一…五.
    var income: [Hundredths]
    var carried: Hundredths
    var totalIncome: Hundredths
    var totalExpenditure: Hundredths
    /// T3 基本支出 total, T6 人员经费 / 公用经费, T3 项目支出 total.
    var basic: Hundredths, personnel: Hundredths, publicFunds: Hundredths, projectTotal: Hundredths
    /// Each project's name and 预算数, in 绩效目标表 order.
    var projects: [(name: String, budget: Hundredths)]
    var threePublic: ThreePublicBuilder.Figures
    var assets: Hundredths
    var plannedAssets: Hundredths
    var lastYear: LastYearFigures
}

/// Writes the narrative 情况说明 in the seed's sentence templates, so that the claim
/// extractor reads every figure back into the subject it was written for; records each
/// figure as an ``IntendedClaim``.
struct NarrativeBuilder {
    private(set) var blocks: [NarrativeBlock] = []
    private(set) var claims: [IntendedClaim] = []
    let content: UnitContent
    let facts: NarrativeFacts
    private var rng: SplitMix64

    init(_ content: UnitContent, _ facts: NarrativeFacts) {
        self.content = content
        self.facts = facts
        self.rng = SplitMix64(seed: content.narrativeSeed)
    }

    /// The narrative and the claims it was written to make.
    static func narrative(_ content: UnitContent, _ facts: NarrativeFacts) -> (Narrative, [IntendedClaim]) {
        var builder = NarrativeBuilder(content, facts)
        builder.writeAll()
        let title = "\(content.spec.name)\(facts.year)年单位预算信息公开情况说明"
        return (Narrative(title: title, blocks: builder.blocks, claims: []), builder.claims)
    }

    mutating func paragraph(_ text: String) { blocks.append(.paragraph(text)) }

    /// `text` followed by a figure: appends both to `sentence` and records the claim.
    mutating func figure(_ sentence: inout String, _ text: String, _ value: Hundredths, _ subject: ClaimSubject,
                         change: ClaimChange = .level, name: String = "", trimmed: Bool = false) {
        sentence += text + (trimmed ? PerformanceBuilder.trimmed(value) : value.amount.text()) + "万元"
        claims.append(IntendedClaim(subject: subject, change: change, amount: value.amount, name: name))
    }

    /// A change against last year: `增加12.30万元` / `减少5.65万元`.
    mutating func change(_ sentence: inout String, _ text: String, _ delta: Hundredths, _ subject: ClaimSubject) {
        figure(&sentence, text + (delta > 0 ? "增加" : "减少"), abs(delta), subject,
               change: delta > 0 ? .increase : .decrease)
    }

    mutating func writeAll() {
        let spec = content.spec
        let name = spec.name, year = facts.year
        paragraph(NarrativeText.opening.replacingAll("{name}", name).replacingAll("{year}", String(year)))
        paragraph("一、单位职责及机构设置情况")
        paragraph("单位职责：")
        paragraph(spec.template.tasks.joined(separator: "；") + "；完成上级交办的其他工作任务。")
        paragraph("机构设置：")
        paragraph("单位机构设置情况")
        let funding = spec.template.businessIncome || spec.template.operating ? "财政性资金部分保证" : "财政性资金基本保证"
        blocks.append(NarrativeBlock(kind: .textTable, rows: [["单位名称", "单位性质", "单位规格", "经费保障形式"],
                                                              [name, spec.template.nature.rawValue, spec.template.rank, funding]]))
        paragraph("二、单位预算安排的总体情况")
        paragraph(NarrativeText.overall)
        writeIncomeAndSpending()
        writeChanges()
        writeRunningAndThreePublic()
        writeProjectsProcurementAssets()
        paragraph("八、名词解释")
        for text in NarrativeText.glossary { paragraph(text) }
        paragraph("九、其他需要说明的事项")
        paragraph("我单位无其他需要说明的事项。")
    }

    mutating func writeIncomeAndSpending() {
        let year = facts.year
        paragraph("1、收入说明")
        var text = "反映本单位当年全部收入。"
        figure(&text, "\(year)年预算收入", facts.totalIncome, .totalIncome)
        figure(&text, "，其中：一般公共预算收入", facts.income[0], .generalBudgetIncome)
        figure(&text, "，基金预算收入", facts.income[1], .fundBudgetIncome)
        figure(&text, "，国有资本经营预算收入", facts.income[2], .stateCapitalIncome)
        figure(&text, "，财政专户核拨收入", facts.income[3], .specialAccountIncome)
        figure(&text, "，单位资金收入", facts.income[4], .unitFundsIncome)
        figure(&text, "，上年结转结余", facts.carried, .carriedForward)
        paragraph(text + "。")
        paragraph("2、支出说明")
        text = "收支预算总表支出栏、基本支出表、项目支出表按经济分类和支出功能分类科目编制，反映\(content.spec.name)年度单位预算中支出预算的总体情况。"
        figure(&text, "\(year)年支出预算", facts.totalExpenditure, .totalExpenditure)
        figure(&text, "，其中基本支出", facts.basic, .basicExpenditure)
        figure(&text, "，包括人员经费", facts.personnel, .personnelExpenditure)
        figure(&text, "和日常公用经费", facts.publicFunds, .publicExpenditure)
        figure(&text, "；项目支出", facts.projectTotal, .projectExpenditure)
        for (position, project) in facts.projects.enumerated() {
            figure(&text, (position == 0 ? "，主要为" : "，") + project.name, project.budget, .project, name: project.name, trimmed: true)
        }
        paragraph(text + "。")
    }

    mutating func writeChanges() {
        let year = facts.year
        var last = facts.lastYear
        func deltas() -> (Hundredths, Hundredths, Hundredths) {
            (facts.personnel - last.personnel, facts.publicFunds - last.publicFunds, facts.projectTotal - last.projects)
        }
        // Every stated change is non-zero and the sums are too (a zero would be 持平, not a figure).
        var (personnel, publicFunds, projects) = deltas()
        while personnel == 0 || publicFunds == 0 || personnel + publicFunds == 0 {
            if personnel == 0 { last.personnel += 1 } else { last.publicFunds += 1 }
            (personnel, publicFunds, projects) = deltas()
        }
        while projects == 0 || personnel + publicFunds + projects == 0 {
            last.projects += 1
            (personnel, publicFunds, projects) = deltas()
        }
        paragraph("3、比上年增减情况")
        var text = ""
        figure(&text, "\(year)年预算收支安排", facts.totalIncome, .totalBudget)
        change(&text, "，较\(year - 1)年预算", personnel + publicFunds + projects, .totalBudget)
        change(&text, "，其中：基本支出", personnel + publicFunds, .basicExpenditure)
        change(&text, "，主要为人员经费", personnel, .personnelExpenditure)
        change(&text, "，日常公用经费", publicFunds, .publicExpenditure)
        change(&text, "。项目支出", projects, .projectExpenditure)
        let reason = projects > 0
            ? rng.pick(["新增部分业务工作项目", "部分项目资金需求增长", "新增重点工作任务"])
            : rng.pick(["部分项目到期结束", "压减一般性项目支出", "部分项目资金需求下降"])
        paragraph(text + "，主要为" + reason + "。")
    }

    mutating func writeRunningAndThreePublic() {
        let year = facts.year
        paragraph("三、机关运行经费安排情况")
        var text = ""
        figure(&text, "\(year)年，我单位机关运行经费共计安排", facts.publicFunds, .operatingCosts)
        paragraph(text + "，" + NarrativeText.operatingUses)
        paragraph("四、财政拨款“三公”经费预算情况及增减变化原因")
        let figures = facts.threePublic
        text = ""
        figure(&text, "\(year)年，我单位财政拨款“三公”经费预算安排", figures.subtotal, .threePublic)
        figure(&text, "，其中因公出国（境）费", figures.abroad, .travelAbroad)
        figure(&text, "； 公务用车购置及运维费", figures.vehicles, .officialVehicles)
        figure(&text, "（其中：公务用车购置费为", figures.vehiclePurchase, .vehiclePurchase)
        figure(&text, "，公务用车运维费", figures.vehicleOperation, .vehicleOperation)
        figure(&text, ")； 公务接待费", figures.reception, .reception)
        text += "。"
        let delta = figures.subtotal - facts.lastYear.threePublic
        if delta == 0 {
            text += "与\(year - 1)年相比持平。"
        } else {
            change(&text, "与\(year - 1)年相比", delta, .threePublic)
            text += "， 增减变化的主要原因是："
            text += delta > 0 ? rng.pick(["公务用车运行维护费有所增长。", "公务接待任务增多。"])
                : rng.pick(["公务接待费减少。", "严格落实过紧日子要求，压减“三公”经费支出。"])
        }
        paragraph(text)
    }

    mutating func writeProjectsProcurementAssets() {
        let name = content.spec.name, year = facts.year
        paragraph("五、单位项目预算安排情况及绩效目标")
        if facts.projects.isEmpty {
            paragraph("\(name)\(year)年无项目支出绩效目标预算。")
        } else {
            paragraph("\(name)\(year)年安排项目\(facts.projects.count)个，各项目绩效目标如下：")
            for index in facts.projects.indices { blocks.append(NarrativeBlock(kind: .performanceTable, index: index)) }
        }
        paragraph("六、政府采购预算情况")
        blocks.append(NarrativeBlock(kind: .procurementTable))
        paragraph("七、国有资产信息")
        var text = ""
        figure(&text, "\(name)上年末固定资产金额为", facts.assets, .fixedAssets)
        figure(&text, "（详见下表）。本年度拟购置固定资产总额为", facts.plannedAssets, .plannedAssetPurchases)
        paragraph(text + "，已按要求列入政府采购预算，详见政府采购预算表。")
        blocks.append(NarrativeBlock(kind: .assetTable))
    }
}

extension String {
    /// Every occurrence of `target` replaced by `replacement` (no Foundation).
    func replacingAll(_ target: String, _ replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
