import Testing
@testable import HuizongParse
import HuizongTestSupport

/// The claim extractor counts sentence ends by skipping to the next byte that may end a
/// sentence: it must skip none, and counting that way must agree with stepping over
/// every character.
@Suite struct SentenceEndScanTests {
    private static let pieces: [[UInt8]] = ["支出", "。", "！", "？", "!", "?", "\n", "\r", "、", "（", "）", "，", "a", "1", " ", "𠀀", "é"]
        .map { Array($0.utf8) }

    /// Random text of whole characters, and the offsets where they start.
    private func paragraph(_ random: inout SeededRandom) -> (bytes: [UInt8], starts: [Int]) {
        var bytes: [UInt8] = [], starts: [Int] = []
        for _ in 0..<Int(random.next() % 60) {
            let piece = Self.pieces[Int(random.next() % UInt64(Self.pieces.count))]
            // Mostly CJK text, so that long runs hold no mark.
            let chosen = random.next() % 3 == 0 ? piece : Self.pieces[0]
            for (offset, _) in chosen.enumerated() where offset == 0 || chosen.count == 6 && offset == 3 { starts.append(bytes.count + offset) }
            bytes += chosen
        }
        starts.append(bytes.count)
        return (bytes, starts)
    }

    /// The sentence ends before `offset`, counted character by character (the loop the
    /// skipping one replaced).
    private func stepped(_ text: [UInt8], to offset: Int) -> Int {
        var count = 0, index = 0
        while index < offset {
            let b = text[index]
            if b >= 0xE4 && b <= 0xE9 { index += 3; continue }
            if NarrativeMarks.endsSentence(text, at: index) { count += 1 }
            index += 1
        }
        return count
    }

    /// The same, skipping to each candidate byte.
    private func skipped(_ text: [UInt8], to offset: Int) -> Int {
        var count = 0, index = 0
        while index < offset {
            index = NarrativeMarks.nextSentenceEndCandidate(text, from: index, before: offset)
            guard index < offset else { break }
            if NarrativeMarks.endsSentence(text, at: index) { count += 1 }
            index += 1
        }
        return count
    }

    @Test func countsAgreeWithSteppingOverEveryCharacter() {
        var random = SeededRandom(seed: 0x5EED_0011)
        for _ in 0..<2_000 {
            let (bytes, starts) = paragraph(&random)
            for offset in starts where stepped(bytes, to: offset) != skipped(bytes, to: offset) {
                Issue.record("\(String(decoding: bytes, as: UTF8.self)) up to \(offset)")
                return
            }
        }
    }

    @Test func candidateIsTheFirstMarkByteBeforeTheLimit() {
        var random = SeededRandom(seed: 0x5EED_0012)
        let marks: Set<UInt8> = [0x21, 0x3F, 0x0A, 0x0D, 0xE3, 0xEF]
        for _ in 0..<3_000 {
            let count = Int(random.next() % 70)
            let bytes = (0..<count).map { _ in random.next() % 12 == 0 ? [0x21, 0x3F, 0x0A, 0x0D, 0xE3, 0xEF, 0x22, 0xE4][Int(random.next() % 8)] : UInt8(0x80 | random.next() % 0x40) }
            let start = Int(random.next() % UInt64(count + 1))
            let limit = start + Int(random.next() % UInt64(count - start + 1))
            let expected = (start..<limit).first { marks.contains(bytes[$0]) } ?? limit
            #expect(NarrativeMarks.nextSentenceEndCandidate(bytes, from: start, before: limit) == expected)
        }
    }
}
