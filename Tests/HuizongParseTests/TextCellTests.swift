import Testing
@testable import HuizongParse

/// The writer copies a text cell's bytes borrowed with `withCString` and counted by
/// `utf8.count`: every text (small or heap, ASCII or Chinese, with a NUL or a newline
/// inside, empty) must come out byte for byte.
@Suite struct TextCellTests {
    static let texts: [String] = [
        "", "a", "合  计", "2025", "一般公共预算拨款（含教育收费）",
        "a\u{0}b", "\u{0}", "行一\n行二", String(repeating: "政府采购", count: 300),
        String(decoding: [0x41, 0x00, 0xE6, 0x94, 0xBF, 0x00], as: UTF8.self),
    ]

    @Test(arguments: texts)
    func cellAndLineKeepEveryByte(_ text: String) {
        var buffer = LayoutBuffer(capacity: 0)
        buffer.cell(text)
        buffer.line(text)
        #expect(buffer.finish() == [0x09] + Array(text.utf8) + [0x0A] + Array(text.utf8) + [0x0A])
    }

    /// A substring made into a `String` and a text built in pieces read the same.
    @Test func derivedTextsKeepEveryByte() {
        let whole = "项目名称：办公设备购置\u{0}尾"
        let part = String(whole.dropFirst(3))
        var built = ""
        for piece in ["办公", "\u{0}", "设备"] { built += piece }
        var buffer = LayoutBuffer()
        buffer.cell(part)
        buffer.cell(built)
        #expect(buffer.finish() == [0x09] + Array(part.utf8) + [0x0A, 0x09] + Array(built.utf8) + [0x0A])
    }
}
