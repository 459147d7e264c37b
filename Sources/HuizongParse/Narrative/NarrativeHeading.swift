import HuizongModel

/// Recognising the numbered headings of the narrative (`四、财政拨款“三公”经费预算情况…`,
/// `3、比上年增减情况`) and the subject a bare change figure in their section refers to.
enum NarrativeHeading {
    /// Headings are short; a longer paragraph is text even when it starts with a number.
    static let maximumLength = 60

    /// 一 二 三 四 五 六 七 八 九 十 〇 零.
    private static let chineseNumerals: [Unicode.Scalar] = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "〇", "零"]
    /// 、 . ． ） ) ，.
    private static let enumeratorEnds: [Unicode.Scalar] = ["、", ".", "．", "）", ")", "，"]

    /// Section keywords in order of precedence (a 三公 heading that also says 增减变化 is
    /// a 三公 section).
    private static let sectionList: [(String, ClaimSubject)] = [
        ("三公", .threePublic), ("机关运行经费", .operatingCosts),
        ("增减", .totalBudget), ("比上年", .totalBudget), ("较上年", .totalBudget), ("变化", .totalBudget),
        ("收支", .totalBudget), ("收入", .totalIncome), ("支出", .totalExpenditure),
        ("固定资产", .fixedAssets), ("国有资产", .fixedAssets),
    ]
    private static let sectionWords = WordList(sectionList.map(\.0))
    private static let sectionSubjects = sectionList.map(\.1)

    /// True when `text` (UTF-8, already known to quote no figure) is a numbered heading:
    /// `四、…`, `3、…`, `2.…`, `（一）…`, `(1)…`, `第一部分…`, at most ``maximumLength``
    /// characters.
    static func isHeading(_ text: [UInt8]) -> Bool {
        let trimmed = text[text.whitespaceTrimmedRange]
        guard !trimmed.isEmpty, trimmed.count <= maximumLength * 4, startsLikeHeading(trimmed),
              trimmed.scalarCount <= maximumLength else { return false }
        var reader = ScalarReader(bytes: trimmed)
        guard var scalar = reader.next() else { return false }
        if scalar == "第" {
            var numerals = 0
            while let next = reader.next() {
                guard isNumeral(next) else {
                    return numerals > 0 && (next == "部" || next == "章" || next == "节" || next == "条")
                }
                numerals += 1
            }
            return false
        }
        let opened = scalar == "(" || scalar == "（"
        if opened {
            guard let next = reader.next() else { return false }
            scalar = next
        }
        var numerals = 0
        while isNumeral(scalar) && numerals < 3 {
            numerals += 1
            guard let next = reader.next() else { return false }
            scalar = next
        }
        guard numerals > 0 else { return false }
        if opened { return scalar == ")" || scalar == "）" }
        return enumeratorEnds.contains(scalar)
    }

    /// Whether the first scalar of `text` (not empty) can start a heading: `第`, `(`,
    /// `（` or a numeral. Checked before counting the scalars of the whole text, which
    /// most paragraphs then need not have counted.
    private static func startsLikeHeading(_ text: ArraySlice<UInt8>) -> Bool {
        var reader = ScalarReader(bytes: text)
        guard let scalar = reader.next() else { return false }
        return scalar == "第" || scalar == "(" || scalar == "（" || isNumeral(scalar)
    }

    private static func isNumeral(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value >= 0x30 && scalar.value <= 0x39) || chineseNumerals.contains(scalar)
    }

    /// The first three bytes of each section keyword, to reject most offsets at once.
    private static let sectionHeads: [UInt32] = sectionList.map { head(Array($0.0.utf8), at: 0) }

    /// A bit for each keyword's third byte (its low six bits).
    private static let sectionThirdBytes: UInt64 = sectionList.reduce(0) { $0 | 1 << UInt64(Array($1.0.utf8)[2] & 0x3F) }

    /// Keyword indices grouped by the low six bits of their third byte, in list order:
    /// those of bit `b` are `grouped[starts[b]..<starts[b + 1]]`.
    private static let sectionGroups: (grouped: [Int], starts: [Int]) = {
        let thirdBits = sectionList.map { Int(Array($0.0.utf8)[2] & 0x3F) }
        var grouped: [Int] = [], starts: [Int] = []
        for bit in 0..<64 {
            starts.append(grouped.count)
            grouped.append(contentsOf: thirdBits.indices.filter { thirdBits[$0] == bit })
        }
        starts.append(grouped.count)
        return (grouped, starts)
    }()

    @inline(__always)
    private static func head<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, at index: Int) -> UInt32
    where Bytes.Index == Int {
        UInt32(bytes[index]) | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2]) << 16
    }

    /// The subject bare changes in the section under `heading` (UTF-8) refer to, or `nil`:
    /// that of the first keyword in ``sectionList`` the heading holds anywhere.
    static func sectionSubject(_ heading: [UInt8]) -> ClaimSubject? {
        let words = ClaimLabel.normalised(heading[...])
        let heads = sectionHeads
        let (grouped, starts) = sectionGroups
        let keywords = sectionWords
        var best = heads.count
        var index = words.startIndex
        let thirdBytes = sectionThirdBytes
        while index + 3 <= words.endIndex {
            // Most offsets hold no keyword's first character: reject them by its third
            // byte, and try only the keywords whose third byte shares its low bits.
            let bit = Int(words[index + 2] & 0x3F)
            if thirdBytes & (1 << UInt64(bit)) != 0 {
                let here = head(words, at: index)
                for slot in starts[bit]..<starts[bit + 1] {
                    let k = grouped[slot]
                    if k < best && heads[k] == here && keywords.matches(k, in: words, at: index) {
                        best = k
                        break
                    }
                }
            }
            index += UTF8Whitespace.scalarLength(lead: words[index])
        }
        return best < heads.count ? sectionSubjects[best] : nil
    }
}

/// Decodes the scalars of valid UTF-8 bytes one at a time.
private struct ScalarReader {
    let bytes: ArraySlice<UInt8>
    var index: Int

    init(bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        self.index = bytes.startIndex
    }

    mutating func next() -> Unicode.Scalar? {
        guard index < bytes.endIndex else { return nil }
        let b = bytes[index]
        let length = min(UTF8Whitespace.scalarLength(lead: b), bytes.endIndex - index)
        var value = length == 1 ? UInt32(b) : length == 2 ? UInt32(b & 0x1F) : length == 3 ? UInt32(b & 0x0F) : UInt32(b & 0x07)
        for offset in 1..<max(length, 1) { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        index += length
        return Unicode.Scalar(value)
    }
}
