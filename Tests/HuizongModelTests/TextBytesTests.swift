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
}
