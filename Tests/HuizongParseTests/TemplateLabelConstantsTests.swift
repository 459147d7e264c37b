import Testing
import HuizongModel
@testable import HuizongParse

/// Labels the reader tells by constants or reads from one global agree with the labels
/// they stand for.
struct TemplateLabelConstantsTests {
    /// ``DocumentParser/isColumnNumbersLabel(_:_:)`` accepts exactly the bytes of
    /// 栏次's key, wherever they sit in the text, and nothing that differs in one byte
    /// or in length.
    @Test func columnNumbersLabelIsItsKeyExactly() {
        let key = TemplateLabels.columnNumbers.key.bytes
        #expect(key == Array("栏次".utf8))
        for lead in 0..<9 {
            let text = [UInt8](repeating: 0x41, count: lead) + key + [0x20, 0x20]
            #expect(DocumentParser.isColumnNumbersLabel(text, lead..<lead + key.count))
            #expect(!DocumentParser.isColumnNumbersLabel(text, lead..<lead + key.count + 1))
            #expect(!DocumentParser.isColumnNumbersLabel(text, lead..<lead + key.count - 1))
            for index in key.indices {
                var changed = text
                changed[lead + index] ^= 0x01
                #expect(!DocumentParser.isColumnNumbersLabel(changed, lead..<lead + key.count))
            }
        }
        for other in ["栏目", "次栏", "合计", "栏 次", "项目名"] {
            let bytes = Array(other.utf8)
            #expect(DocumentParser.isColumnNumbersLabel(bytes, 0..<bytes.count) == TemplateLabels.columnNumbers.key.isExactly(bytes, 0..<bytes.count))
        }
    }

    /// The performance table's quarter labels are the model's, in order.
    @Test func performancePlanLabelsAreTheModels() {
        #expect(TemplateLabels.performance.plan.map(\.text) == PerformanceTable.planLabels)
        #expect(TemplateLabels.performance.indicatorHeader.map(\.text)
                == ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"])
    }
}
