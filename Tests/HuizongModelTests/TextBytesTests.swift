import Testing
import HuizongModel

/// Byte-level label comparisons: whitespace of any kind (ASCII, full-width U+3000,
/// no-break U+00A0) is skipped, nothing else is.
@Suite struct TextBytesTests {
    @Test(arguments: [
        ("本年收入合计", "本年收入合计", true),
        ("本年收入 合计", "本年收入合计", true),
        ("　本年收入合计\u{00A0}", "本年收入合计", true),
        ("本年收入合计X", "本年收入合计", false),
        ("本年收入", "本年收入合计", false),
        ("   ", "", true),
        ("a", "", false),
    ])
    func equalsIgnoringWhitespace(_ text: String, _ label: String, _ expected: Bool) {
        #expect(text.equalsIgnoringWhitespace(label) == expected)
    }

    @Test(arguments: [
        ("四、财政专户管理资金收入", "四、", true),
        ("四 、 财政专户管理资金收入", "四、", true),
        ("　四、", "四、", true),
        ("四", "四、", false),
        ("五、单位资金", "四、", false),
        ("", "四、", false),
        ("任何文字", "", true),
    ])
    func hasPrefixIgnoringWhitespace(_ text: String, _ prefix: String, _ expected: Bool) {
        #expect(text.hasPrefixIgnoringWhitespace(prefix) == expected)
    }

    @Test(arguments: [
        ("社会保障 和就业", "社会保障和就业", true),
        ("　社会保障和就业\u{00A0}", " 社会保障和 就业 ", true),
        ("社会保障和就业", "社会保障和就业支出", false),
        ("社会保障和就业支出", "社会保障和就业", false),
        ("   ", "", true),
        ("甲", "乙", false),
    ])
    func equalSkippingWhitespaceOnBothSides(_ a: String, _ b: String, _ expected: Bool) {
        var x = a, y = b
        let equal = x.withUTF8 { x in y.withUTF8 { y in UTF8Whitespace.equalSkippingWhitespace(x, y) } }
        #expect(equal == expected)
    }
}
