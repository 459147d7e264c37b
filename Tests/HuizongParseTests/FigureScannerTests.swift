import Testing
@testable import HuizongParse
import HuizongModel

/// The figures of narrative text: units read byte by byte, thresholds, and one array
/// reused from paragraph to paragraph.
@Suite struct FigureScannerTests {
    private func figures(_ text: String) -> [ScannedFigure] {
        FigureScanner.figures(in: Array(text.utf8))
    }

    @Test func unitsAndNearMisses() {
        let found = figures("收入12.5万元，支出300元，另有7万美元、8万、9元角和-1.25万元")
        #expect(found.map(\.printed) == ["12.5", "300", "9", "-1.25"])
        #expect(found.map(\.unit) == [.wanYuan, .yuan, .yuan, .wanYuan])
        // A unit cut off at the end of the text is no unit.
        #expect(figures("共计5万").isEmpty)
        #expect(FigureScanner.figures(in: Array("共计5万元".utf8).dropLast(1).map { $0 }).isEmpty)
        #expect(figures("共计5万元").map(\.printed) == ["5"])
    }

    @Test func thresholdsAfterTheUnit() {
        let found = figures("20万元以上，20万元及以下，5万元（含）以内，5万元(含)以上，3万元（其中1万元），4万元及其他")
        #expect(found.map(\.isThreshold) == [true, true, true, true, false, false, false])
        #expect(found.map(\.printed) == ["20", "20", "5", "5", "3", "1", "4"])
        // The end of a threshold lies past its word; of a figure, past its unit.
        let text = "20万元（含）以上，3万元（其中"
        let both = figures(text)
        #expect(both.map(\.end) == [Array("20万元（含）以上".utf8).count, Array("20万元（含）以上，3万元".utf8).count])
    }

    @Test func oneArrayForManyParagraphs() {
        let paragraphs = ["预算收入1036.06万元，其中一般公共预算收入1023.59万元。", "没有数字的段落。",
                          "单价在20万元以上的设备", "公务接待费0.81万元，较上年减少1,047.65元。"]
        var reused: [ScannedFigure] = []
        for paragraph in paragraphs {
            FigureScanner.figures(in: Array(paragraph.utf8), strings: StringVocabulary(), into: &reused)
            #expect(reused == figures(paragraph))
        }
    }
}
