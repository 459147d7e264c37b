import HuizongModel

/// The words that tell what a narrative figure refers to.
///
/// Keywords are written in the form ``ClaimLabel/normalised(_:)`` produces: no quotes,
/// no whitespace, ASCII parentheses, so `“三公”经费`, `"三公"经费` and `三公经费` all match
/// `三公经费`.
enum ClaimVocabulary {
    /// Subject keywords. The match ending nearest the figure wins (`基本支出中人员经费` is
    /// 人员经费); among matches ending at the same place the one listed first wins, so
    /// longer keywords come before the shorter ones they end with (`一般公共预算收入`
    /// before `预算收入`). Entries mapping to `.unrecognised` block a shorter keyword
    /// (`一般公共预算支出` is not `预算支出`).
    static let subjects = KeywordTable<ClaimSubject>([
        ("拟购置固定资产总额", .plannedAssetPurchases), ("拟购置固定资产", .plannedAssetPurchases),
        ("购置固定资产", .plannedAssetPurchases),
        ("上年末固定资产金额", .fixedAssets), ("固定资产金额", .fixedAssets), ("固定资产总额", .fixedAssets),
        ("固定资产原值", .fixedAssets),
        ("一般公共预算财政拨款收入", .generalBudgetIncome), ("一般公共预算拨款收入", .generalBudgetIncome),
        ("一般公共预算收入", .generalBudgetIncome),
        ("政府性基金预算财政拨款收入", .fundBudgetIncome), ("政府性基金预算拨款收入", .fundBudgetIncome),
        ("政府性基金预算收入", .fundBudgetIncome), ("基金预算拨款收入", .fundBudgetIncome),
        ("基金预算收入", .fundBudgetIncome),
        ("国有资本经营预算财政拨款收入", .stateCapitalIncome), ("国有资本经营预算拨款收入", .stateCapitalIncome),
        ("国有资本经营预算收入", .stateCapitalIncome),
        ("财政专户管理资金收入", .specialAccountIncome), ("财政专户核拨收入", .specialAccountIncome),
        ("财政专户收入", .specialAccountIncome),
        ("单位资金收入", .unitFundsIncome),
        ("上年结转结余", .carriedForward), ("上年结转", .carriedForward),
        ("年初结转和结余", .carriedForward), ("年初结转结余", .carriedForward), ("年初结转", .carriedForward),
        ("一般公共预算财政拨款支出", .unrecognised), ("一般公共预算拨款支出", .unrecognised),
        ("一般公共预算支出", .unrecognised), ("基金预算支出", .unrecognised),
        ("国有资本经营预算支出", .unrecognised), ("财政拨款支出", .unrecognised),
        ("财政拨款收入", .unrecognised),
        ("预算收支安排", .totalBudget), ("收支总预算", .totalBudget), ("收支预算", .totalBudget),
        ("收支安排", .totalBudget),
        ("支出总预算", .totalExpenditure), ("支出预算", .totalExpenditure), ("预算支出", .totalExpenditure),
        ("支出总计", .totalExpenditure),
        ("预算收入", .totalIncome), ("收入预算", .totalIncome), ("收入总计", .totalIncome),
        ("机关运行经费", .operatingCosts),
        ("公务用车购置及运行维护费", .officialVehicles), ("公务用车购置及运维费", .officialVehicles),
        ("公务用车购置及运行费", .officialVehicles),
        ("公务用车购置费", .vehiclePurchase),
        ("公务用车运行维护费", .vehicleOperation), ("公务用车运维费", .vehicleOperation),
        ("公务用车运行费", .vehicleOperation),
        ("因公出国(境)费", .travelAbroad), ("因公出国境费", .travelAbroad), ("因公出国费", .travelAbroad),
        ("公务接待费", .reception),
        ("三公经费", .threePublic),
        ("基本支出", .basicExpenditure),
        ("人员经费", .personnelExpenditure),
        ("日常公用经费", .publicExpenditure), ("公用经费", .publicExpenditure),
        ("项目支出", .projectExpenditure),
    ])

    /// Words that make a figure an increase or a decrease against last year: the
    /// increase words first, so on a tie an increase word wins.
    static let changeWords = KeywordTable<ClaimChange>(
        ["增加", "增长", "上升", "提高", "增多"].map { ($0, ClaimChange.increase) }
            + ["减少", "下降", "降低", "减小", "缩减"].map { ($0, ClaimChange.decrease) })

    /// Words after a 项目支出 figure that introduce the list of named projects.
    static let projectListWords = WordList([
        "主要为", "主要是", "主要包括", "主要有", "主要用于", "具体为", "具体包括", "分别为", "包括", "其中",
    ])

    /// The subject a normalised label names, or `nil` when it names none (blocking
    /// entries give `.unrecognised`).
    static func subject(named label: ArraySlice<UInt8>) -> ClaimSubject? {
        subjects.lastMatch(in: label)
    }

    /// Whether a normalised label states a change: the change word nearest the figure wins.
    static func change(in label: ArraySlice<UInt8>) -> ClaimChange {
        changeWords.lastMatch(in: label) ?? .level
    }
}

/// Keywords with what each names, found by where they end.
///
/// ``lastMatch(in:)`` gives the value of the keyword whose occurrence ends nearest the
/// end of the text; among keywords ending at the same place, the one listed first. The
/// keywords are grouped by their last byte, so each end offset is tried only against
/// the few keywords that can end there.
struct KeywordTable<Value: Sendable>: Sendable {
    private let keywords: WordList
    private let values: [Value]
    /// Keyword indices grouped by last byte: those ending in byte `b` are
    /// `grouped[groupStarts[b]..<groupStarts[b + 1]]`, in list order.
    private let grouped: [Int]
    private let groupStarts: [Int]
    /// Each keyword's last (up to) eight bytes, packed as they end ``tail(of:before:from:)``,
    /// and the shift that aligns a packed text tail with them.
    private let tails: [UInt64]
    private let tailShifts: [UInt64]
    /// A bit for each byte some keyword ends in (bytes 0x80…0xBF, where CJK keywords end,
    /// in `lastByteBits`; any other byte in `otherLastBytes`), to pass over most offsets
    /// without looking up their group.
    private let lastByteBits: UInt64
    private let otherLastBytes: Bool

    init(_ rows: [(String, Value)]) {
        keywords = WordList(rows.map(\.0))
        values = rows.map(\.1)
        let bytes = rows.map { Array($0.0.utf8) }
        var grouped: [Int] = []
        var groupStarts: [Int] = []
        for b in 0...255 {
            groupStarts.append(grouped.count)
            for (index, keyword) in bytes.enumerated() where keyword.last == UInt8(b) { grouped.append(index) }
        }
        groupStarts.append(grouped.count)
        self.grouped = grouped
        self.groupStarts = groupStarts
        tails = bytes.map { KeywordTable.tail(of: $0[...], before: $0.count, from: 0) >> UInt64(8 * (8 - min(8, $0.count))) }
        tailShifts = bytes.map { UInt64(8 * (8 - min(8, $0.count))) }
        var bits: UInt64 = 0
        var other = false
        for keyword in bytes {
            guard let last = keyword.last else { continue }
            if last & 0xC0 == 0x80 { bits |= 1 << UInt64(last & 0x3F) } else { other = true }
        }
        lastByteBits = bits
        otherLastBytes = other
    }

    /// The (up to) eight bytes of `text` before `end`, not before `start`, packed
    /// little-endian into the high end: the byte before `end` is the top byte.
    @inline(__always)
    private static func tail<Text: RandomAccessCollection<UInt8>>(of text: Text, before end: Int, from start: Int) -> UInt64
    where Text.Index == Int {
        var packed: UInt64 = 0
        var index = end
        var shift: UInt64 = 56
        while index > start && shift <= 56 {
            index -= 1
            packed |= UInt64(text[index]) << shift
            if shift == 0 { break }
            shift -= 8
        }
        return packed
    }

    /// The value of the keyword ending nearest the end of `text`, or `nil`.
    func lastMatch(in text: ArraySlice<UInt8>) -> Value? {
        text.withUnsafeBufferPointer { lastMatch(in: $0) }
    }

    /// The value of the keyword ending nearest the end of `text`, or `nil`.
    func lastMatch(in text: UnsafeBufferPointer<UInt8>) -> Value? {
        // The tables are read through pointers: only read here, their indices hold by
        // construction (a group lists keyword indices, a byte has a group).
        grouped.withUnsafeBufferPointer { grouped in
            groupStarts.withUnsafeBufferPointer { groupStarts in
                tails.withUnsafeBufferPointer { tails in
                    tailShifts.withUnsafeBufferPointer { tailShifts in
                        lastMatch(in: text, grouped: grouped, groupStarts: groupStarts, tails: tails, tailShifts: tailShifts)
                    }
                }
            }
        }
    }

    @inline(__always)
    private func lastMatch(in text: UnsafeBufferPointer<UInt8>, grouped: UnsafeBufferPointer<Int>, groupStarts: UnsafeBufferPointer<Int>,
                           tails: UnsafeBufferPointer<UInt64>, tailShifts: UnsafeBufferPointer<UInt64>) -> Value? {
        // Keywords end where a scalar ends: `end` visits those offsets, last to first.
        var end = text.count
        while end > 0 {
            let lastByte = text[end &- 1]
            if lastByte & 0xC0 == 0x80 ? lastByteBits & (1 << UInt64(lastByte & 0x3F)) != 0 : otherLastBytes {
                let last = Int(lastByte)
                let first = groupStarts[last], limit = groupStarts[last &+ 1]
                if first < limit {
                    let packed = end >= 8
                        ? UnsafeRawPointer(text.baseAddress!).loadUnaligned(fromByteOffset: end &- 8, as: UInt64.self).littleEndian
                        : KeywordTable.tail(of: text, before: end, from: 0)
                    var slot = first
                    while slot < limit {
                        let index = grouped[slot]
                        if packed >> tailShifts[index] == tails[index]
                            && keywords.matches(index, in: text, at: end &- keywords.length(index)) {
                            return values[index]
                        }
                        slot &+= 1
                    }
                }
            }
            // To the previous scalar end: past a whole three-byte scalar at once (the
            // usual CJK character), else back over continuation bytes.
            if end >= 3 && text[end &- 3] & 0xF0 == 0xE0 {
                end &-= 3
            } else {
                end &-= 1
                while end > 0 && text[end] & 0xC0 == 0x80 { end &-= 1 }
            }
        }
        return nil
    }
}
