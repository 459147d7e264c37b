import Testing
@testable import HuizongParse
import HuizongModel

@Suite struct FactsWriterTests {
    let lines = FactsWriter.lines(for: WriterSample.budget())

    private func facts(_ table: String) -> [String] { lines.filter { $0.hasPrefix("unit,323003,测试单位,\(table),") } }

    @Test func balanceTableFactsSkipEmptyCellsKeepZero() {
        #expect(facts("T1") == [
            "unit,323003,测试单位,T1,1,一、一般公共预算拨款收入,收入/预算数,1047.65",
            "unit,323003,测试单位,T1,2,二、外交支出,支出/预算数,0.00",
            "unit,323003,测试单位,T1,32,本年收入合计,收入/预算数,1805.65",
            "unit,323003,测试单位,T1,32,本年支出合计,支出/预算数,2488.09",
        ])
    }

    @Test func classifiedFactsUseCodeOrNumber() {
        let t2 = facts("T2")
        #expect(t2.count == 16)
        #expect(Array(t2.prefix(5)) == [
            "unit,323003,测试单位,T2,1,合计,合计,991.74",
            "unit,323003,测试单位,T2,1,合计,小计,986.74",
            "unit,323003,测试单位,T2,1,合计,财政拨款收入,986.74",
            "unit,323003,测试单位,T2,1,合计,上年结转,5.00",
            "unit,323003,测试单位,T2,208,社会保障和就业支出,合计,991.74",
        ])
        #expect(t2.last == "unit,323003,测试单位,T2,2080109,社会保险经办机构,上年结转,5.00")
        #expect(facts("T7").isEmpty)
    }

    @Test func threePublicFacts() {
        #expect(facts("T9") == [
            "unit,323003,测试单位,T9,1,合计,合计,0.15",
            "unit,323003,测试单位,T9,1,合计,一般公共预算财政拨款,0.15",
            "unit,323003,测试单位,T9,2,“三公”经费小计,合计,0.15",
            "unit,323003,测试单位,T9,2,“三公”经费小计,一般公共预算财政拨款,0.15",
            "unit,323003,测试单位,T9,9,三、公务接待费,合计,0.15",
            "unit,323003,测试单位,T9,9,三、公务接待费,一般公共预算财政拨款,0.15",
        ])
    }

    @Test func procurementFactsQuoteCommasAndQuotes() {
        #expect(facts("P") == [
            "unit,323003,测试单位,P,1,合计,合计,7.60",
            "unit,323003,测试单位,P,1,合计,一般公共预算拨款,7.60",
            "unit,323003,测试单位,P,1,合计,预留中小微企业份额,7.60",
            "unit,323003,测试单位,P,2,测试单位小计,合计,7.60",
            "unit,323003,测试单位,P,2,测试单位小计,一般公共预算拨款,7.60",
            "unit,323003,测试单位,P,2,测试单位小计,预留中小微企业份额,7.60",
            "unit,323003,测试单位,P,3,\"公用经费一/复印纸,A4\",预算资金,7.60",
            "unit,323003,测试单位,P,3,\"公用经费一/复印纸,A4\",单价,0.00",
            "unit,323003,测试单位,P,3,\"公用经费一/复印纸,A4\",合计,3.40",
            "unit,323003,测试单位,P,3,\"公用经费一/复印纸,A4\",一般公共预算拨款,3.40",
            "unit,323003,测试单位,P,3,\"公用经费一/复印纸,A4\",预留中小微企业份额,3.40",
            "unit,323003,测试单位,P,4,\"公用经费一/鼓粉盒\"\"大\"\"\",预算资金,7.60",
            "unit,323003,测试单位,P,4,\"公用经费一/鼓粉盒\"\"大\"\"\",单价,0.02",
            "unit,323003,测试单位,P,4,\"公用经费一/鼓粉盒\"\"大\"\"\",合计,4.20",
            "unit,323003,测试单位,P,4,\"公用经费一/鼓粉盒\"\"大\"\"\",一般公共预算拨款,4.20",
            "unit,323003,测试单位,P,4,\"公用经费一/鼓粉盒\"\"大\"\"\",预留中小微企业份额,4.20",
        ])
    }

    @Test func assetAndPerformanceFacts() {
        #expect(facts("A") == [
            "unit,323003,测试单位,A,1,资产总额,价值（金额单位：万元）,83.46",
            "unit,323003,测试单位,A,4,4、其他固定资产,价值（金额单位：万元）,83.46",
        ])
        #expect(facts("G") == [
            "unit,323003,测试单位,G,13030225P00456010004K,养老保险各险种经办业务费,预算数,3.00",
            "unit,323003,测试单位,G,13030225P00456010004K,养老保险各险种经办业务费,其中：财政资金,3.00",
            "unit,323003,测试单位,G,13030225P00456010004K,养老保险各险种经办业务费,6月底,1.50",
            "unit,323003,测试单位,G,13030225P00456010004K,养老保险各险种经办业务费,10月底,2.25",
            "unit,323003,测试单位,G,13030225P00456010004K,养老保险各险种经办业务费,12月底,3.00",
        ])
    }

    @Test func documentOrderAndCount() {
        #expect(lines.count == 4 + 16 + 6 + 16 + 2 + 5)
        let tables = lines.map { $0.split(separator: ",")[3] }
        var seen: [Substring] = []
        for table in tables where seen.last != table { seen.append(table) }
        #expect(seen == ["T1", "T2", "T9", "P", "A", "G"])
    }

    @Test func levelDefaultsAndOverride() {
        var budget = WriterSample.budget()
        budget.scope = .department
        budget.name = "测试部门,本级"
        #expect(FactsWriter.lines(for: budget).first == "department,323003,\"测试部门,本级\",T1,1,一、一般公共预算拨款收入,收入/预算数,1047.65")
        #expect(FactsWriter.lines(for: budget, level: "district").first?.hasPrefix("district,") == true)
    }

    @Test func writeHasHeaderAndLineEnds() {
        let csv = FactsWriter.write(WriterSample.budget())
        #expect(csv.hasPrefix("level,code,name,table,row,row_name,column,amount\nunit,323003,测试单位,T1,1,"))
        #expect(csv.hasSuffix(",12月底,3.00\n"))
        #expect(csv.split(separator: "\n").count == lines.count + 1)
    }

    @Test func csvQuoting() {
        #expect(FactsWriter.csvField("plain") == "plain")
        #expect(FactsWriter.csvField("a,b") == "\"a,b\"")
        #expect(FactsWriter.csvField("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(FactsWriter.csvField("line1\nline2") == "\"line1\nline2\"")
        #expect(FactsWriter.csvField("crlf\r\n") == "\"crlf\r\n\"")
    }
}
