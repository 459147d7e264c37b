import HuizongModel

/// Reading the label of a figure: the words printed before it (UTF-8 bytes).
enum ClaimLabel {
    /// The range of the raw label of the figure starting at `figureStart`: the text back
    /// to the previous delimiter (`，,；;：:。、（(`, a sentence end) or to `limit` (the end
    /// of the previous figure, or the start of the text). A parenthesised part closed
    /// before the figure belongs to the label (`因公出国（境）费`, `改制企业人员费用(RY)`);
    /// an unmatched closing parenthesis is a delimiter.
    static func raw(in text: [UInt8], before figureStart: Int, limit: Int) -> Range<Int> {
        var start = figureStart
        while start > limit {
            // A CJK character led by E4…E9 is neither a delimiter nor a parenthesis.
            if start &- 3 >= limit && text[start &- 3] &- 0xE4 < 6 {
                start &-= 3
                continue
            }
            let previous = text.scalarStart(before: start)
            if NarrativeMarks.closingParenthesis(text, at: previous) > 0 {
                guard let opener = matchingOpener(in: text, closer: previous, limit: limit) else { break }
                start = opener
                continue
            }
            if NarrativeMarks.isLabelDelimiter(text, at: previous) { break }
            start = previous
        }
        return start..<figureStart
    }

    /// The offset of the parenthesis opening the one closed at `closer`, not before `limit`.
    private static func matchingOpener(in text: [UInt8], closer: Int, limit: Int) -> Int? {
        var depth = 1
        var index = closer
        while index > limit {
            index -= 1
            if NarrativeMarks.closingParenthesis(text, at: index) > 0 {
                depth += 1
            } else if NarrativeMarks.openingParenthesis(text, at: index) > 0 {
                depth -= 1
                if depth == 0 { return index }
            }
        }
        return nil
    }

    /// The form keywords are matched in: no whitespace, no quotation marks, ASCII
    /// parentheses (`财政拨款“三公”经费` → `财政拨款三公经费`, `因公出国（境）费` → `因公出国(境)费`).
    static func normalised(_ label: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        edited(label)?[...] ?? label
    }

    /// Calls `body` with the ``normalised(_:)`` label, read in place when normalising
    /// changes nothing (the usual case): no slice of the text is made, so nothing is
    /// retained.
    static func withNormalised<Result>(_ label: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let edited = edited(label) { return edited.withUnsafeBufferPointer(body) }
        return body(label)
    }

    /// The normalised label when normalising changes it, else `nil`.
    private static func edited<Label: RandomAccessCollection<UInt8>>(_ label: Label) -> [UInt8]? where Label.Index == Int {
        var out: [UInt8]? = nil
        var runStart = label.startIndex
        var index = label.startIndex
        let end = label.endIndex
        while index < end {
            let b = label[index]
            // A CJK character led by E4…E9 is kept as it is, whole.
            if b >= 0xE4 && b <= 0xE9 { index += 3; continue }
            // Other ordinary bytes (ASCII letters and digits, other scalars) are kept too.
            guard b <= 0x27 || b == 0xC2 || (b >= 0xE1 && b <= 0xE3) || b == 0xEF else { index += 1; continue }
            let (length, replacement) = edit(label, at: index)
            guard length > 0 else { index += 1; continue }
            if out == nil { out = []; out!.reserveCapacity(label.count) }
            out!.append(contentsOf: label[runStart..<index])
            if let replacement { out!.append(replacement) }
            index += length
            runStart = index
        }
        guard var result = out else { return nil }
        result.append(contentsOf: label[runStart..<end])
        return result
    }

    /// How ``normalised(_:)`` changes the scalar at `index`: the length it drops and the
    /// byte it puts instead, or a length of 0 when the scalar stays.
    @inline(__always)
    private static func edit<Label: RandomAccessCollection<UInt8>>(_ label: Label, at index: Int) -> (Int, UInt8?) where Label.Index == Int {
        let b = label[index]
        if b < 0x80 {
            return b == 0x20 || (b >= 0x09 && b <= 0x0D) || b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") ? (1, nil) : (0, nil)
        }
        let space = UTF8Whitespace.whitespaceLength(in: label, at: index)
        if space > 0 { return (space, nil) }
        let quote = NarrativeMarks.quotationMark(label, at: index)
        if quote > 0 { return (quote, nil) }
        if NarrativeMarks.openingParenthesis(label, at: index) == 3 { return (3, UInt8(ascii: "(")) }
        if NarrativeMarks.closingParenthesis(label, at: index) == 3 { return (3, UInt8(ascii: ")")) }
        return (0, nil)
    }

    /// Words that introduce a figure's label and are not part of it.
    private static let leadingWords = Affixes([
        "主要包括", "主要用于", "具体包括", "主要为", "主要是", "主要有", "具体为", "分别为", "其中",
        "包括", "以及", "共计安排", "预算安排", "共计", "合计", "总计", "另有", "和", "及", "为", "是", "含",
        "我单位", "本单位", "我部门", "本部门", "本年度", "本年", "今年",
    ])

    /// Words between a label and its figure that are not part of the label.
    private static let trailingWords = Affixes([
        "共计安排", "预算安排", "共计为", "合计为", "总计为", "共计", "合计", "总计", "为", "是", "约",
    ])


    /// The label with whitespace and connective words removed: leading words such as
    /// `其中`, `包括`, `主要为`, `和`, a leading year (`2025年`, `2025年度`), and, unless
    /// `keepTrailing`, trailing words such as `为`, `共计安排`, `预算安排`
    /// (`机关运行经费共计安排` → `机关运行经费`). Project names keep their end as printed.
    /// The text is made through `strings` when given (see ``StringVocabulary``).
    static func cleaned(_ label: ArraySlice<UInt8>, keepTrailing: Bool = false, strings: StringVocabulary? = nil) -> String {
        // Read through a buffer pointer: slicing it retains nothing.
        label.withUnsafeBufferPointer { cleaned($0, keepTrailing: keepTrailing, strings: strings) }
    }

    /// ``cleaned(_:keepTrailing:strings:)`` of the bytes in `label`.
    static func cleaned(_ label: UnsafeBufferPointer<UInt8>, keepTrailing: Bool, strings: StringVocabulary?) -> String {
        // The word lists, read once for the label.
        let leading = ClaimLabel.leadingWords, trailing = ClaimLabel.trailingWords
        var words = label[label.whitespaceTrimmedRange]
        var changed = true
        while changed {
            changed = false
            if let length = leading.firstPrefixLength(of: words) {
                words = trimmed(words.dropFirst(length))
                changed = true
            } else if let afterYear = yearPrefixLength(words), afterYear < words.count {
                words = trimmed(words.dropFirst(afterYear))
                changed = true
            }
        }
        if !keepTrailing {
            while let length = trailing.firstSuffixLength(of: words) {
                words = trimmed(words.dropLast(length))
            }
        }
        let bytes = UnsafeBufferPointer(rebasing: words)
        return strings?.string(bytes) ?? bytes.string
    }

    private static func trimmed(_ words: Slice<UnsafeBufferPointer<UInt8>>) -> Slice<UnsafeBufferPointer<UInt8>> {
        words[words.whitespaceTrimmedRange]
    }

    /// The length in bytes of a leading `NNNN年` or `NNNN年度`, or `nil` (年 is E5 B9 B4,
    /// 度 E5 BA A6).
    private static func yearPrefixLength(_ words: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        let start = words.startIndex
        guard words.count >= 7 else { return nil }
        for offset in 0..<4 where !(words[start + offset] >= 0x30 && words[start + offset] <= 0x39) { return nil }
        guard words[start + 4] == 0xE5, words[start + 5] == 0xB9, words[start + 6] == 0xB4 else { return nil }
        return words.count >= 10 && words[start + 7] == 0xE5 && words[start + 8] == 0xBA && words[start + 9] == 0xA6 ? 10 : 7
    }
}

/// Words looked for at the start or the end of a label, in order of preference; each
/// word's first and last three bytes are kept packed, to reject most words at once, and
/// the words are grouped by the low six bits of their head's and tail's third byte, so a
/// label is compared only with the few words whose head (tail) can be its own.
private struct Affixes {
    private let words: WordList
    private let heads: [UInt32]
    private let tails: [UInt32]
    /// Word indices grouped by their head's bit, in list order: those of bit `k` are
    /// `byHead[headStarts[k]..<headStarts[k + 1]]`; the same for tails.
    private let byHead: [Int]
    private let headStarts: [Int]
    private let byTail: [Int]
    private let tailStarts: [Int]

    init(_ list: [String]) {
        words = WordList(list)
        heads = list.map { Affixes.packed(Array($0.utf8)[...], at: 0) }
        tails = list.map { Affixes.packed(Array($0.utf8)[...], at: $0.utf8.count - 3) }
        (byHead, headStarts) = Affixes.grouped(heads)
        (byTail, tailStarts) = Affixes.grouped(tails)
    }

    /// The indices of `packed` grouped by ``bit(_:)``, in order, and where each group starts.
    private static func grouped(_ packed: [UInt32]) -> ([Int], [Int]) {
        var indices: [Int] = []
        var starts: [Int] = []
        for bit in 0..<64 {
            starts.append(indices.count)
            indices.append(contentsOf: packed.indices.filter { Affixes.bit(packed[$0]) == bit })
        }
        starts.append(indices.count)
        return (indices, starts)
    }

    /// The low six bits of a packed triple's third byte.
    @inline(__always)
    private static func bit(_ packed: UInt32) -> Int { Int((packed >> 16) & 0x3F) }

    @inline(__always)
    private static func packed<Text: RandomAccessCollection<UInt8>>(_ bytes: Text, at offset: Int) -> UInt32 where Text.Index == Int {
        let index = bytes.startIndex + offset
        return UInt32(bytes[index]) | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2]) << 16
    }

    /// The length of the first word (in list order) that `text` starts with and is
    /// longer than, or nil.
    func firstPrefixLength<Text: RandomAccessCollection<UInt8>>(of text: Text) -> Int? where Text.Index == Int {
        guard text.count > 3 else { return nil }
        let head = Affixes.packed(text, at: 0)
        let bit = Affixes.bit(head)
        for slot in headStarts[bit]..<headStarts[bit + 1] {
            let k = byHead[slot]
            if heads[k] == head && text.count > words.length(k) && words.matches(k, in: text, at: text.startIndex) {
                return words.length(k)
            }
        }
        return nil
    }

    /// The length of the first word (in list order) that `text` ends with and is longer
    /// than, or nil.
    func firstSuffixLength<Text: RandomAccessCollection<UInt8>>(of text: Text) -> Int? where Text.Index == Int {
        guard text.count > 3 else { return nil }
        let tail = Affixes.packed(text, at: text.count - 3)
        let bit = Affixes.bit(tail)
        for slot in tailStarts[bit]..<tailStarts[bit + 1] {
            let k = byTail[slot]
            if tails[k] == tail && text.count > words.length(k) && words.matches(k, in: text, at: text.endIndex - words.length(k)) {
                return words.length(k)
            }
        }
        return nil
    }
}
