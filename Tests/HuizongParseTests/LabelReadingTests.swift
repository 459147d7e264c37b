import Testing
@testable import HuizongParse
import HuizongModel

private typealias Location = HuizongModel.SourceLocation

/// Labels read again through the thread's memo (``LabelReading``, ``ByteMemo``) give the
/// claims a first reading gives.
@Suite struct LabelReadingTests {
    /// Paragraphs whose raw labels repeat, once as a project of a list and once not.
    private let paragraphs: [(String, Location)] = [
        ("2025年支出预算1036.06万元，其中基本支出758.72万元，包括人员经费652.77万元。", Location(line: 1)),
        ("项目支出277.34万元，主要为：信息化系统运维经费共计26万元，经济普查工作经费125万元。", Location(line: 2)),
        ("信息化系统运维经费共计26万元，较2024年预算减少5.5万元。", Location(line: 3)),
        ("2025年支出预算1036.06万元，其中基本支出758.72万元，包括人员经费652.77万元。", Location(line: 4)),
        ("项目支出277.34万元，主要为：信息化系统运维经费共计26万元，经济普查工作经费125万元。", Location(line: 5)),
        ("财政拨款“三公”经费预算安排4.96万元，较2024年预算减少5.5万元。", Location(line: 6)),
    ]

    /// The claims of each paragraph read alone, with no vocabulary (no memo).
    private func unremembered() -> [NarrativeClaim] {
        var extractor = ClaimExtractor()
        return paragraphs.flatMap { extractor.claims(in: $0.0, source: $0.1) }
    }

    @Test func rememberedLabelsGiveTheSameClaims() {
        let strings = StringVocabulary()
        let first = ClaimExtractor.claims(inParagraphs: paragraphs, strings: strings)
        let again = ClaimExtractor.claims(inParagraphs: paragraphs, strings: strings)
        #expect(first == unremembered())
        #expect(again == first)
    }

    @Test func oneRawLabelIsAProjectNameInAListAndALabelOutside() {
        let claims = ClaimExtractor.claims(inParagraphs: paragraphs, strings: StringVocabulary())
        let project = claims.filter { $0.source.line == 2 && $0.amount == Amount(wanHundredths: 2600) }
        let outside = claims.filter { $0.source.line == 3 && $0.amount == Amount(wanHundredths: 2600) }
        #expect(project.map(\.subject) == [.project])
        #expect(project.map(\.name) == ["信息化系统运维经费共计"])
        #expect(outside.map(\.subject) == [.unrecognised])
        #expect(outside.map(\.label) == ["信息化系统运维经费"])
        let decreases = claims.filter { $0.change == .decrease }
        #expect(decreases.map(\.source.line) == [3, 6])
    }

    @Test func readingKeepsBothTextsOfOneLabel() {
        let raw = Array("信息化系统运维经费共计".utf8)
        raw.withUnsafeBufferPointer { raw in
            let strings = StringVocabulary()
            let asProject = LabelReading.read(raw, inProjectList: true, strings: strings)
            let asLabel = LabelReading.read(raw, inProjectList: false, strings: strings)
            #expect(asProject.text == "信息化系统运维经费共计")
            #expect(asLabel.text == "信息化系统运维经费")
            let entry = strings.labelEntry(raw)
            #expect(entry != nil)
            if let entry {
                let kept = strings.labelReading(entry)
                #expect(kept.name == "信息化系统运维经费共计")
                #expect(kept.label == "信息化系统运维经费")
            }
        }
    }

    @Test func byteMemoFindsAddsAndStartsAfresh() {
        var memo = ByteMemo<Int>(entryLimit: 2, byteLimit: 1 << 10)
        let keys = ["一般公共预算收入", "基金预算收入", "单位资金收入"].map { Array($0.utf8) }
        func entry(_ k: Int) -> Int? { keys[k].withUnsafeBufferPointer { memo.entry($0) } }
        #expect(entry(0) == nil)
        let first = keys[0].withUnsafeBufferPointer { memo.add($0, 10) }
        let second = keys[1].withUnsafeBufferPointer { memo.add($0, 20) }
        #expect(first != nil && second != nil)
        #expect(entry(0).map { memo[$0] } == 10)
        #expect(entry(1).map { memo[$0] } == 20)
        // Added again: the entry it has.
        #expect(keys[0].withUnsafeBufferPointer { memo.add($0, 99) } == first)
        // A third key past the limit: the memo starts afresh with it alone.
        _ = keys[2].withUnsafeBufferPointer { memo.add($0, 30) }
        #expect(entry(0) == nil)
        #expect(entry(2).map { memo[$0] } == 30)
        // Keys shorter than eight bytes are not remembered.
        let short = Array("为".utf8)
        #expect(short.withUnsafeBufferPointer { memo.add($0, 1) } == nil)
    }
}
