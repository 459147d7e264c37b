import Testing
@testable import HuizongParse
import HuizongModel

/// A template label compared bytewise must decide as the comparison of keys read as
/// `String`s does (canonical equivalence, character boundaries).
@Suite struct TemplateLabelTests {
    static let names = [
        "测试单位小计", "小计", "测试单位 小 计", "测试单位小计 ", "“测试”小计", "测试单位合计", "计", "小",
        "测试\u{0600}小计", "测试\u{110BD}小计", "\u{0600}小计", "测试\u{0301}小计", "测试\u{200D}小计",
        "测试\u{F9B5}小计", "测试小\u{0301}计", "测试小计\u{0301}", "a小计", "(小计)", "小计:",
    ]

    @Test(arguments: names)
    func subtotalSuffixAsString(name: String) {
        let bytes = Array(name.utf8)
        let text = SourceText(bytes: bytes)
        let cell = Cell(range: 0..<bytes.count, lineIndex: 0, afterBlank: false)
        let expected = TitleMatcher.key(name).hasSuffix(TitleMatcher.key("小计"))
        #expect(TemplateLabels.subtotal.isSuffix(of: cell, in: text) == expected)
    }
}
