import Testing
@testable import HuizongParse

/// Header fields (`预算年度：2025`): a key printed as the key and followed by `：` is read
/// at once; any other text goes the general way, to the same field or to none.
@Suite struct HeaderFieldTests {
    static func field(_ text: String) -> [String]? {
        DocumentParser.field(text).map { [$0.0, $0.1] }
    }

    @Test func printedKeysAreRead() {
        #expect(Self.field("预算年度：2025") == ["预算年度", "2025"])
        #expect(Self.field("单位：万元") == ["单位", "万元"])
        #expect(Self.field("金额单位： 万元 ") == ["金额单位", "万元"])
        #expect(Self.field("截止时间：2025年1月1日") == ["截止时间", "2025年1月1日"])
        #expect(Self.field("单位：") == ["单位", ""])
    }

    @Test func otherTextsGoTheGeneralWay() {
        #expect(Self.field("单位:万元") == ["单位", "万元"])
        #expect(Self.field("单 位：万元") == ["单位", "万元"])
        #expect(Self.field("单位:x：y") == nil)
        #expect(Self.field("单位万元") == nil)
        #expect(Self.field("单位名称：某单位") == nil)
    }
}
