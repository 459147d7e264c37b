import Testing
@testable import HuizongParse
import HuizongModel

/// Lines joined with `\n`, each ended by `\n` (the writer's line ends).
private func text(_ lines: [String]) -> String { lines.map { $0 + "\n" }.joined() }

@Suite struct WriterTests {
    let output = TextLayoutWriter.write(WriterSample.budget())

    @Test func t1OpeningAndRows() {
        let expected = text([
            "单位预算收支总表",
            "\t323003测试单位",
            "\t预算年度：2025",
            "\t单位：万元",
            "",
            "\t序号", "\t收入", "\t支出", "",
            "\t", "\t项  目", "\t预算数", "\t项  目", "\t预算数", "",
            "\t栏次", "\t1", "\t2", "\t3", "\t4", "",
            "\t1", "\t一、一般公共预算拨款收入", "\t1047.65", "\t一、一般公共服务支出", "\t", "",
            "\t2", "\t二、政府性基金预算拨款收入", "\t", "\t二、外交支出", "\t0.00", "",
            "\t32", "\t本年收入合计", "\t1805.65", "\t本年支出合计", "\t2488.09", "",
            "", "",
            "单位预算收入总表",
        ])
        #expect(output.hasPrefix(expected))
    }

    @Test func t2HeaderRowsAndCodedRows() {
        let expected = text([
            "\t序号", "\t功能分类科目", "\t合计", "\t本年收入", "\t上年结转", "",
            "\t", "\t科目    编码", "\t科目名称", "\t", "\t小计", "\t财政拨款 收入", "\t财政专户 收入", "\t事业收入",
            "\t经营收入", "\t上级补助收入", "\t附属单位上缴收入", "\t其他收入", "\t", "",
            "\t栏次", "\t1", "\t2", "\t3", "\t4", "\t5", "\t6", "\t7", "\t8", "\t9", "\t10", "\t11", "\t12", "",
            "\t1", "\t", "\t合计", "\t991.74", "\t986.74", "\t986.74", "\t", "\t", "\t", "\t", "\t", "\t", "\t5.00", "",
            "\t2", "\t208", "\t社会保障和就业支出", "\t991.74", "\t986.74", "\t986.74",
            "\t", "\t", "\t", "\t", "\t", "\t", "\t5.00", "",
        ])
        #expect(output.contains(expected))
        #expect(output.contains(text(["\t4", "\t2080109", "\t社会保险经办机构", "\t991.74"])))
    }

    @Test func emptyT7PrintsEmptyRowThenNote() {
        let expected = text([
            "\t栏次", "\t1", "\t2", "\t3", "\t4", "\t5", "",
            "\t", "\t", "\t", "\t", "\t", "\t", "",
            "",
            "注：无政府性基金预算财政拨款预算，空表列示。",
            "单位预算财政拨款“三公”经费支出表",
        ])
        #expect(output.contains("单位预算政府性基金预算财政拨款支出表\n\t323003测试单位\n"))
        #expect(output.contains(expected))
    }

    @Test func t9IndentsSubRows() {
        #expect(output.contains(text(["\t3", "\t一、因公出国（境）费", "\t", "\t", "\t", "\t", ""])))
        #expect(output.contains(text(["\t4", "\t    其中：教学科研人员因公出国（境）费", "\t"])))
        #expect(output.contains(text(["\t5", "\t          其他因公出国（境）费", "\t"])))
        #expect(output.contains(text(["\t6", "\t二、公务用车购置及运维费", "\t"])))
        #expect(output.contains(text(["\t7", "\t    其中：公务用车购置费", "\t"])))
        #expect(output.contains(text(["\t8", "\t          公务用车运行维护费", "\t"])))
        #expect(output.contains(text(["\t9", "\t三、公务接待费", "\t0.15", "\t0.15", "\t", "\t", "", "", "",
                                      "测试单位2025年单位预算信息公开情况说明"])))
        #expect(output.contains(text(["\t", "\t", "\t合计", "\t一般公共预算              财政拨款"])))
    }

    @Test func narrativeTextTableAndPerformance() {
        let expected = text([
            "测试单位2025年单位预算信息公开情况说明",
            "一、单位职责及机构设置情况",
            "单位机构设置情况",
            "\t单位名称", "\t单位性质", "",
            "\t测试单位", "\t事业", "",
            "",
            "5、 单位项目预算安排情况及绩效目标",
            "",
            "1、养老保险各险种经办业务费绩效目标表",
            "\t单位：万元",
            "",
            "\t项目编码", "\t13030225P00456010004K", "\t项目名称", "\t养老保险各险种经办业务费", "",
            "\t预算规模及资金用途", "\t预算数", "\t3.00", "\t其中：财政    资金", "\t3.00", "\t其他资金", "\t ", "",
            "\t", "\t用于保障养老保险各险种经办业务费用", "",
            "\t资金支出计划（%）", "\t3月底", "\t6月底", "\t10月底", "\t12月底", "",
            "\t", "\t ", "\t1.50", "\t2.25", "\t3.00", "",
            "\t绩效目标", "\t1.保障转移接续业务", "2.确保业务经办合理有序进行", "",
            "",
            " ",
            "\t一级指标", "\t二级指标", "\t三级指标", "\t绩效指标描述", "\t指标值", "\t指标值确定依据", "",
            "\t产出指标", "\t数量指标", "\t全区参保人员数量", "\t全区企业及事业参保人员数量", "\t≥141976人", "\t年度工作计划", "",
            "\t", "\t成本指标", "\t业务费用控制数", "\t养老保险各险种经办业务费用", "\t≤3万元", "\t年度工作计划", "",
            "", "",
            "六、政府采购预算情况",
        ])
        #expect(output.contains(expected))
    }

    @Test func procurementTable() {
        let expected = text([
            "六、政府采购预算情况",
            "单位政府采购预算",
            "\t323003测试单位",
            "\t单位：万元",
            "",
            "\t政府采购项目来源", "\t采购物品名称", "\t政府采购目录序号", "\t计量  单位", "\t数量", "\t单价",
            "\t政府采购金额（当年部门预算安排资金）", "\t2025年  预留中  小微企  业份额", "",
            "\t项目名称", "\t预算    资金", "\t", "\t", "\t", "\t", "\t", "\t合计", "\t一般公共预算拨款", "\t基金预算拨款",
            "\t国有资本经营预算拨款", "\t财政专户核拨", "\t单位    资金", "\t上年结转结余", "\t", "",
            "\t合  计", "\t", "\t", "\t", "\t", "\t", "\t", "\t7.60", "\t7.60", "\t", "\t", "\t", "\t", "\t", "\t7.60", "",
            "\t测试单位小计", "\t", "\t", "\t", "\t", "\t", "\t", "\t7.60", "\t7.60",
            "\t", "\t", "\t", "\t", "\t", "\t7.60", "",
            "\t公用经费一", "\t7.60", "\t复印纸,A4", "\tA05040101", "\t包", "\t2000", "\t0.00", "\t3.40", "\t3.40",
            "\t", "\t", "\t", "\t", "\t", "\t3.40", "",
        ])
        #expect(output.contains(expected))
        let closing = text(["\t4.20", "", "", "注：涉密采购事项按照相关规定执行。", " ", "", "", "七、国有资产信息"])
        #expect(output.contains(closing))
    }

    @Test func assetTable() {
        let expected = text([
            "七、国有资产信息",
            "单位固定资产占用情况表",
            "\t323003测试单位",
            "\t截止时间：2024-12-31",
            "",
            "\t项   目", "\t数量", "\t价值（金额单位：万元）", "",
            "\t资产总额", "\t", "\t83.46", "",
            "\t1、房屋（平方米）", "\t", "\t", "",
            "\t\u{3000}\u{3000}其中：办公用房（平方米）", "\t", "\t", "",
            "\t4、其他固定资产", "\t265", "\t83.46", "",
            "",
            " ",
            "八、名词解释",
        ])
        #expect(output.contains(expected))
        #expect(output.hasSuffix("八、名词解释\n"))
    }

    @Test func noEmptyAmountPrintsAsZero() {
        // The only 0.00 cells are the ones set to zero (T1 line 2, one 单价).
        #expect(output.components(separatedBy: "\t0.00\n").count - 1 == 2)
    }

    @Test func tablesWithoutNarrativeBlocksFollowInOrderGPA() {
        let plain = TextLayoutWriter.write(WriterSample.budget(withNarrative: false))
        let g = plain.range(of: "1、养老保险各险种经办业务费绩效目标表")
        let p = plain.range(of: "单位政府采购预算")
        let a = plain.range(of: "单位固定资产占用情况表")
        #expect(g != nil && p != nil && a != nil)
        if let g, let p, let a {
            #expect(g.lowerBound < p.lowerBound && p.lowerBound < a.lowerBound)
        }
        #expect(plain.contains(text(["\t9", "\t三、公务接待费", "\t0.15", "\t0.15", "\t", "\t", "", "", "",
                                     "1、养老保险各险种经办业务费绩效目标表"])))
    }

    @Test func departmentScopeTitles() {
        var budget = WriterSample.budget()
        budget.scope = .department
        budget.t1?.header.scope = .department
        budget.procurement?.header.scope = .department
        budget.assets?.header.scope = .department
        let out = TextLayoutWriter.write(budget)
        #expect(out.hasPrefix("部门预算收支总表\n"))
        #expect(out.contains("\n部门政府采购预算\n"))
        #expect(out.contains("\n部门固定资产占用情况表\n"))
        #expect(out.contains("\n单位预算收入总表\n"))  // T2's own header still says 单位
    }

    @Test func labelIndentation() {
        var nested = false
        let labels = ["合计", "其中：甲", "乙", "二、丙", "丁"].map { TextLayoutWriter.indentedT9Label($0, nested: &nested) }
        #expect(labels == ["合计", "    其中：甲", "          乙", "二、丙", "丁"])
        #expect(TextLayoutWriter.assetLabel("其中：办公用房（平方米）") == "\u{3000}\u{3000}其中：办公用房（平方米）")
        #expect(TextLayoutWriter.assetLabel("\u{3000}\u{3000}其中：办公用房（平方米）") == "\u{3000}\u{3000}其中：办公用房（平方米）")
    }
}
