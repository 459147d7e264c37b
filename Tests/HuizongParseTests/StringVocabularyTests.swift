import Testing
@testable import HuizongParse
import HuizongTestSupport

/// The vocabulary gives every text its own string, and equal texts of the shared lengths
/// one string from their second sighting on (the first sighting's when it comes soon
/// after, a new one kept by the table when it comes later).
@Suite struct StringVocabularyTests {
    /// The address of a string's UTF-8 bytes (for telling shared storage apart).
    private func storage(_ string: String) -> UnsafeRawPointer? {
        var string = string
        return string.withUTF8 { UnsafeRawPointer($0.baseAddress) }
    }

    /// A text of `length` bytes or a few more, ASCII and CJK mixed, made from `random`.
    private func text(length: Int, _ random: inout SeededRandom) -> [UInt8] {
        var bytes: [UInt8] = []
        while bytes.count < length {
            switch random.next() % 4 {
            case 0: bytes += Array("支出".utf8)
            case 1: bytes += Array("经费".utf8)
            case 2: bytes.append(UInt8(ascii: "0") + UInt8(random.next() % 10))
            default: bytes.append(UInt8(ascii: "a") + UInt8(random.next() % 26))
            }
        }
        return bytes
    }

    @Test func repeatedTextsShareTheFirstString() {
        let strings = StringVocabulary()
        let bytes = Array("一般公共服务支出（财政事务）".utf8)
        let first = strings.string(bytes, 0..<bytes.count)
        let second = strings.string(bytes, 0..<bytes.count)
        let third = strings.string(bytes[...])
        #expect(first == String(decoding: bytes, as: UTF8.self))
        #expect(second == first && third == first)
        #expect(storage(second) == storage(first))
        #expect(storage(third) == storage(first))
    }

    /// Texts seen again after hundreds of other new texts (their first strings no longer
    /// kept): the second sighting is the text's string, and the third shares it (the
    /// table kept it). A few may meet another text's hash in their sighting slot and enter
    /// the table a sighting later.
    @Test func textsSeenAgainLaterShareFromTheSecondSighting() {
        let strings = StringVocabulary()
        func bytes(_ name: String, _ index: Int) -> [UInt8] { Array("\(name)第\(index)号项目经费（专项资金）".utf8) }
        let targets = (0..<50).map { bytes("目标", $0) }
        for target in targets { _ = strings.string(target, 0..<target.count) }
        for index in 0..<400 {
            let filler = bytes("其他", index)
            _ = strings.string(filler, 0..<filler.count)
        }
        var shared = 0
        for target in targets {
            let second = strings.string(target, 0..<target.count)
            let third = strings.string(target, 0..<target.count)
            #expect(second == String(decoding: target, as: UTF8.self) && third == second)
            if storage(third) == storage(second) { shared += 1 }
        }
        #expect(shared >= 45, "\(shared) of 50 shared from the second sighting")
    }

    @Test func textsInsideLargerBytesAreTheirOwn() {
        let strings = StringVocabulary()
        let bytes = Array("\t项目支出277.34万元，主要为信息化系统运维经费\n\t项目支出277.34万元，主要为信息化系统运维经费共计\n".utf8)
        let lines = bytes.split(separator: 0x0A).map { $0.indices.lowerBound + 1..<$0.indices.upperBound }
        for _ in 0..<3 {
            for line in lines {
                #expect(strings.string(bytes, line) == String(decoding: bytes[line], as: UTF8.self))
            }
        }
    }

    /// Many texts (more than the sighting slots and the table's entry limit), each asked
    /// for one to four times in random order: every answer is the text's string, and
    /// every answer after the second sighting of a text shares the string of the one
    /// before it unless the table started afresh in between.
    @Test func randomTextsAreTheirStrings() {
        var random = SeededRandom(seed: 0x5EED_0008)
        let strings = StringVocabulary()
        var texts: [[UInt8]] = []
        for _ in 0..<20_000 {
            let length = [1, 8, 15, 16, 17, 40, 100, 700, 4096, 5000][Int(random.next() % 10)]
            texts.append(text(length: length, &random))
        }
        var asked: [Int] = []
        for index in texts.indices { asked += Array(repeating: index, count: 1 + Int(random.next() % 4)) }
        asked.shuffle(using: &random)
        for index in asked {
            let bytes = texts[index]
            #expect(strings.string(bytes, 0..<bytes.count) == String(decoding: bytes, as: UTF8.self))
        }
        // Past the entry limit: texts asked twice in a row still share.
        for index in 0..<(StringVocabulary.entryLimit + 100) {
            let bytes = Array("第\(index)号项目经费（专项资金）".utf8)
            let first = strings.string(bytes, 0..<bytes.count)
            let second = strings.string(bytes, 0..<bytes.count)
            if first != String(decoding: bytes, as: UTF8.self) || second != first || storage(second) != storage(first) {
                Issue.record("text \(index) not its string or not shared")
                break
            }
        }
    }
}
