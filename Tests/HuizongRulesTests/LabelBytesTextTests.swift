import Testing
import HuizongModel
@testable import HuizongRules

/// `LabelBytes.contains` and `hasPrefix` on a text read in place answer as the model's
/// `containsBytes` and `hasPrefixBytes`.
@Suite struct LabelBytesTextTests {
    static let texts = ["", "资产总额", "其中：办公用房（平方米）", "1、房屋（平方米）", " 其中", "其中", "其",
                        "三公经费小计", "小计三公", "空表", "本表为空表。", "e\u{301}空表", "房 屋", "资产\u{0}总额",
                        "A", "0123456789abcdef资产总额"]

    @Test func containsAnswersAsContainsBytes() {
        for text in Self.texts {
            #expect(LabelBytes.contains(text, "资产总额") == text.containsBytes("资产总额"), "\(text)")
            #expect(LabelBytes.contains(text, "房屋") == text.containsBytes("房屋"), "\(text)")
            #expect(LabelBytes.contains(text, "空表") == text.containsBytes("空表"), "\(text)")
            #expect(LabelBytes.contains(text, "") == text.containsBytes(""), "\(text)")
            #expect(LabelBytes.contains(text, "\u{0}") == text.containsBytes("\u{0}"), "\(text)")
        }
    }

    @Test func hasPrefixAnswersAsHasPrefixBytes() {
        for text in Self.texts {
            #expect(LabelBytes.hasPrefix(text, "其中") == text.hasPrefixBytes("其中"), "\(text)")
            #expect(LabelBytes.hasPrefix(text, "") == text.hasPrefixBytes(""), "\(text)")
            #expect(LabelBytes.hasPrefix(text, "资产总额") == text.hasPrefixBytes("资产总额"), "\(text)")
        }
    }

    @Test func assetRowsAreFoundByTheirLabels() {
        let labels = ["资产总额", "1、房屋（平方米）", "其中：办公用房（平方米）", "2、车辆"]
        #expect(AssetRows.totalIndex(labels: labels) == 0)
        #expect(AssetRows.classIndices(labels: labels) == [1, 3])
        #expect(AssetRows.index(labels: labels, containing: "办公用房") == 2)
        #expect(AssetRows.index(labels: labels, containing: "土地") == nil)
    }
}
