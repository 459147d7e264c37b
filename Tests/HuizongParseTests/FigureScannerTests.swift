import Testing
@testable import HuizongParse
import HuizongModel
import HuizongTestSupport

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

/// The scan skips from a CJK character to the next byte that may start a figure:
/// figures after long runs of text, at every alignment, are found as printed.
@Suite struct FigureScannerSkipTests {
    /// Whether `b` may start a figure (as ``FigureScanner/nextCandidate(_:from:)`` tells).
    private func mayStart(_ b: UInt8) -> Bool { (0x2D...0x39).contains(b) || b == 0xE2 || b == 0xEF }

    @Test func nextCandidateIsTheFirstByteThatMayStartAFigure() {
        var random = SeededRandom(seed: 0x5EED_0010)
        for _ in 0..<3_000 {
            let count = Int(random.next() % 70)
            var bytes: [UInt8] = []
            for _ in 0..<count {
                // Mostly bytes that start nothing, now and then one that may.
                let pick = random.next() % 16
                bytes.append(pick == 0 ? UInt8(truncatingIfNeeded: random.next()) : [0xE6, 0x94, 0xAF, 0x41, 0x20, 0x80, 0xBF, 0xE3][Int(pick % 8)])
            }
            let start = count == 0 ? 0 : Int(random.next() % UInt64(count + 1))
            let found = FigureScanner.nextCandidate(bytes, from: start)
            // No byte that may start a figure is skipped; the answer is one, or lies
            // within the last sixteen bytes.
            #expect(found >= start && found <= max(start, count))
            #expect(!bytes[start..<min(found, count)].contains(where: mayStart))
            #expect((found < count && mayStart(bytes[found])) || found + 16 > count)
        }
    }

    @Test func figuresAfterLongRunsOfText() {
        let filler = Array("一般公共服务支出（财政事务）其中".utf8)
        let numbers = ["12.5", "-1.25", "1,047.65", "300", "0.81", "−3", "－4.5"]
        for run in 0..<40 {
            for (which, number) in numbers.enumerated() {
                let unit = which % 2 == 0 ? "万元" : "元"
                var bytes: [UInt8] = []
                for index in 0..<run { bytes += filler[(index * 3) % filler.count..<(index * 3) % filler.count + 3] }
                let start = bytes.count
                bytes += Array(number.utf8) + Array(unit.utf8)
                let end = bytes.count
                bytes += Array("，合计2万元。".utf8)
                let found = FigureScanner.figures(in: bytes)
                #expect(found.map(\.printed) == [number, "2"], "run \(run), \(number)")
                #expect(found.first?.start == start && found.first?.end == end, "run \(run), \(number)")
            }
        }
    }
}

/// `mayHoldFigures` looks for 元 (E5 85 83) sixteen offsets at a time: it must find it
/// at every offset, and not take a part of it for the whole.
@Suite struct MayHoldFiguresTests {
    @Test func findsYuanAtEveryOffsetAndOnlyWhole() {
        let yuan: [UInt8] = [0xE5, 0x85, 0x83]
        for count in 0..<60 {
            for offset in 0...max(0, count - 3) {
                var bytes = [UInt8](repeating: 0xE4, count: count)
                // Parts of 元 everywhere else, never the whole.
                let parts: [UInt8] = [0xE5, 0x85, 0xE4, 0x83, 0xE5, 0xE4, 0x85, 0x83]
                for index in bytes.indices { bytes[index] = parts[index % parts.count] }
                if count >= 3 {
                    let planted = offset % 2 == 0
                    if planted { bytes.replaceSubrange(offset..<offset + 3, with: yuan) }
                }
                let expected = count >= 3 && (0...(count - 3)).contains { bytes[$0..<$0 + 3].elementsEqual(yuan) }
                #expect(FigureScanner.mayHoldFigures(bytes) == expected, "\(count) bytes, offset \(offset)")
            }
        }
    }
}
