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

/// A label printed with ASCII spaces (`其中：财政    资金`) is told by its bytes at once
/// (``LabelKey/isSpacedOut(_:_:)``); it must decide as producing the text's key does.
@Suite struct SpacedLabelTests {
    static let labels = ["其中：财政资金", "预算数", "资金支出计划（%）", "栏次", "合计", "指标值确定依据"]

    /// Texts around `label`: spaces inserted at every scalar boundary, around it, and
    /// other changes that keep or break the key.
    static func variants(of label: String) -> [String] {
        let scalars = Array(label.unicodeScalars)
        var texts = [label, " " + label, label + " ", "  " + label + "  ", "", " ", label + "x", "x" + label,
                     String(label.dropLast()), label + label, label.replacingOccurrences(of: "：", with: ":"),
                     label + "\t", "\u{3000}" + label, "“" + label + "”"]
        for cut in 1..<scalars.count {
            var head = String.UnicodeScalarView(), tail = String.UnicodeScalarView()
            head.append(contentsOf: scalars[..<cut]); tail.append(contentsOf: scalars[cut...])
            texts.append(String(head) + " " + String(tail))
            texts.append(String(head) + "    " + String(tail))
            texts.append(String(head) + "\u{3000}" + String(tail))
            texts.append(String(head) + "x" + String(tail))
        }
        return texts
    }

    @Test(arguments: labels)
    func spacedOutAgreesWithTheKey(label: String) {
        let key = LabelKey(label)
        for text in Self.variants(of: label) {
            let bytes = Array(text.utf8)
            var produced: [UInt8] = []
            _ = LabelKey.forEachKeyByte(bytes, 0..<bytes.count) { produced.append($0); return true }
            let sameKey = produced == key.bytes
            // Spaced out implies the same key; the full comparison decides as the key does.
            if key.isSpacedOut(bytes, 0..<bytes.count) { #expect(sameKey, "\(text)") }
            let cell = Cell(range: 0..<bytes.count, lineIndex: 0, afterBlank: false)
            #expect(key.matches(cell, in: SourceText(bytes: bytes)) == sameKey, "\(text)")
        }
        // The template's spaced label is told at once.
        #expect(LabelKey("其中：财政资金").isSpacedOut(Array("其中：财政    资金".utf8), 0..<"其中：财政    资金".utf8.count))
        #expect(!LabelKey("其中：财政资金").isSpacedOut(Array("其中：财政\u{3000}资金".utf8), 0..<"其中：财政\u{3000}资金".utf8.count))
    }
}
