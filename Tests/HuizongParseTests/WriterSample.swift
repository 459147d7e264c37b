@testable import HuizongParse
import HuizongModel

/// A small budget built by hand for the writer tests: T1 with three lines, T2 with
/// 合计/208/20801/2080109, an empty T7 with its note, T9, P (合计/小计/two items), A,
/// one 绩效目标表, and optionally a narrative placing G, P, A.
enum WriterSample {
    static let header = TableHeader(scope: .unit, unitCode: "323003", unitName: "测试单位", budgetYear: 2025, currency: "万元")

    static func a(_ text: String) -> Amount { Amount(text) }

    static func budget(withNarrative: Bool = true) -> Budget {
        var budget = Budget(scope: .unit, code: "323003", name: "测试单位", year: 2025)
        budget.t1 = BalanceTable(header: header, lines: [
            BalanceLine(number: 1, incomeItem: "一、一般公共预算拨款收入", income: [a("1047.65")],
                        expenditureItem: "一、一般公共服务支出", expenditure: [nil]),
            BalanceLine(number: 2, incomeItem: "二、政府性基金预算拨款收入", income: [nil],
                        expenditureItem: "二、外交支出", expenditure: [.zero]),
            BalanceLine(number: 32, incomeItem: "本年收入合计", income: [a("1805.65")],
                        expenditureItem: "本年支出合计", expenditure: [a("2488.09")]),
        ])
        let empty6: [Amount?] = Array(repeating: nil, count: 6)
        budget.t2 = ClassifiedTable(header: header, rows: [
            ClassifiedRow(number: 1, code: nil, name: "合计",
                          amounts: [a("991.74"), a("986.74"), a("986.74")] + empty6 + [a("5.00")]),
            ClassifiedRow(number: 2, code: SubjectCode(function: "208"), name: "社会保障和就业支出",
                          amounts: [a("991.74"), a("986.74"), a("986.74")] + empty6 + [a("5.00")]),
            ClassifiedRow(number: 3, code: SubjectCode(function: "20801"), name: "人力资源和社会保障管理事务",
                          amounts: [a("991.74"), a("986.74"), a("986.74")] + empty6 + [a("5.00")]),
            ClassifiedRow(number: 4, code: SubjectCode(function: "2080109"), name: "社会保险经办机构",
                          amounts: [a("991.74"), a("986.74"), a("986.74")] + empty6 + [a("5.00")]),
        ])
        budget.t7 = ClassifiedTable(header: header, rows: [], note: "注：无政府性基金预算财政拨款预算，空表列示。")
        let fourEmpty: [Amount?] = [nil, nil, nil, nil]
        let reception: [Amount?] = [a("0.15"), a("0.15"), nil, nil]
        budget.t9 = ThreePublicTable(header: header, rows: [
            LabeledRow(number: 1, label: "合计", amounts: reception),
            LabeledRow(number: 2, label: "“三公”经费小计", amounts: reception),
            LabeledRow(number: 3, label: "一、因公出国（境）费", amounts: fourEmpty),
            LabeledRow(number: 4, label: "其中：教学科研人员因公出国（境）费", amounts: fourEmpty),
            LabeledRow(number: 5, label: "其他因公出国（境）费", amounts: fourEmpty),
            LabeledRow(number: 6, label: "二、公务用车购置及运维费", amounts: fourEmpty),
            LabeledRow(number: 7, label: "其中：公务用车购置费", amounts: fourEmpty),
            LabeledRow(number: 8, label: "公务用车运行维护费", amounts: fourEmpty),
            LabeledRow(number: 9, label: "三、公务接待费", amounts: reception),
        ])
        let fundsTail: [Amount?] = [nil, nil, nil, nil, nil, nil]
        budget.procurement = ProcurementTable(
            header: TableHeader(scope: .unit, unitCode: "323003", unitName: "测试单位", currency: "万元"),
            rows: [
                ProcurementRow(kind: .total, projectName: "合计", amounts: [a("7.60"), a("7.60")] + fundsTail.dropFirst(),
                               smeShare: a("7.60")),
                ProcurementRow(kind: .subtotal, projectName: "测试单位小计", amounts: [a("7.60"), a("7.60")] + fundsTail.dropFirst(),
                               smeShare: a("7.60")),
                ProcurementRow(kind: .item, projectName: "公用经费一", projectBudget: a("7.60"), itemName: "复印纸,A4",
                               catalogCode: "A05040101", measureUnit: "包", quantity: Quantity(2000), unitPrice: .zero,
                               amounts: [a("3.40"), a("3.40")] + fundsTail.dropFirst(), smeShare: a("3.40")),
                ProcurementRow(kind: .item, projectName: "公用经费一", projectBudget: a("7.60"), itemName: "鼓粉盒\"大\"",
                               catalogCode: "A05040201", measureUnit: "个", quantity: Quantity(210), unitPrice: a("0.02"),
                               amounts: [a("4.20"), a("4.20")] + fundsTail.dropFirst(), smeShare: a("4.20")),
            ],
            note: "注：涉密采购事项按照相关规定执行。")
        budget.assets = AssetTable(
            header: TableHeader(scope: .unit, unitCode: "323003", unitName: "测试单位", asOf: "2024-12-31"),
            rows: [
                LabeledRow(number: nil, label: "资产总额", amounts: [a("83.46")], quantities: [nil]),
                LabeledRow(number: nil, label: "1、房屋（平方米）", amounts: [nil], quantities: [nil]),
                LabeledRow(number: nil, label: "\u{3000}\u{3000}其中：办公用房（平方米）", amounts: [nil], quantities: [nil]),
                LabeledRow(number: nil, label: "4、其他固定资产", amounts: [a("83.46")], quantities: [Quantity(265)]),
            ])
        budget.performance = [
            PerformanceTable(
                title: "1、养老保险各险种经办业务费绩效目标表", projectCode: "13030225P00456010004K",
                projectName: "养老保险各险种经办业务费", budget: a("3.00"), fiscalFunds: a("3.00"), otherFunds: nil,
                purpose: "用于保障养老保险各险种经办业务费用", plan: [nil, a("1.50"), a("2.25"), a("3.00")],
                goal: "1.保障转移接续业务\n2.确保业务经办合理有序进行",
                indicators: [
                    PerformanceIndicator(level1: "产出指标", level2: "数量指标", level3: "全区参保人员数量",
                                         description: "全区企业及事业参保人员数量", value: "≥141976人", basis: "年度工作计划"),
                    PerformanceIndicator(level1: "", level2: "成本指标", level3: "业务费用控制数",
                                         description: "养老保险各险种经办业务费用", value: "≤3万元", basis: "年度工作计划"),
                ]),
        ]
        if withNarrative {
            budget.narrative = Narrative(title: "测试单位2025年单位预算信息公开情况说明", blocks: [
                .paragraph("一、单位职责及机构设置情况"),
                .paragraph("单位机构设置情况"),
                NarrativeBlock(kind: .textTable, rows: [["单位名称", "单位性质"], ["测试单位", "事业"]]),
                .paragraph("5、 单位项目预算安排情况及绩效目标"),
                NarrativeBlock(kind: .performanceTable, index: 0),
                .paragraph("六、政府采购预算情况"),
                NarrativeBlock(kind: .procurementTable),
                .paragraph("七、国有资产信息"),
                NarrativeBlock(kind: .assetTable),
                .paragraph("八、名词解释"),
            ], claims: [])
        }
        return budget
    }
}
