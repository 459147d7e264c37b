import HuizongModel

/// Where the lines of T1 or T4 that rules look up by role are printed, found once per
/// unit's check (see ``CheckSubject``) instead of by every rule: the named total lines,
/// the income items, the expenditure categories and the fund lines. Rules then read
/// `table.lines[index]` in place rather than copying lines.
///
/// Each lookup keeps the exact semantics of the search it replaces
/// (``BalanceTable/line(income:)``, ``BalanceTable/incomeItemLines``, the first income
/// item naming a fund …), so findings do not change. A class, so that rules share one copy;
/// immutable, so that units with the same labels share one (``BalanceLineIndexMemo``).
final class BalanceLineIndex: Sendable {
    /// The named lines of the income side, found as ``BalanceTable/line(income:)`` does;
    /// also the labels that end the fiscal carry-over lines (``BalanceTable/incomeTotalLabels``).
    enum Income: Int, CaseIterable {
        /// 本年收入合计, 上年结转结余 (T1), 收入总计, 年初财政拨款结转和结余 (T4).
        case yearTotal, carriedIn, grandTotal, fiscalCarriedIn

        static let labels: InlineArray<4, StaticString> = ["本年收入合计", "上年结转结余", "收入总计", "年初财政拨款结转和结余"]
        var label: StaticString { Self.labels[rawValue] }
    }

    /// The named lines of the expenditure side, found as ``BalanceTable/line(expenditure:)`` does.
    enum Expenditure: Int, CaseIterable {
        /// 本年支出合计, 年终结转结余 (T1), 支出总计, 年末财政拨款结转和结余 (T4).
        case yearTotal, carriedOut, grandTotal, fiscalCarriedOut

        static let labels: InlineArray<4, StaticString> = ["本年支出合计", "年终结转结余", "支出总计", "年末财政拨款结转和结余"]
        var label: StaticString { Self.labels[rawValue] }
    }

    private let yearIncome: Int?, carriedIn: Int?, grandIncome: Int?, fiscalCarriedIn: Int?
    private let yearSpend: Int?, carriedOut: Int?, grandSpend: Int?, fiscalCarriedOut: Int?

    /// The first line whose expenditure label is 本年支出合计, exactly or once whitespace is
    /// removed, whichever comes first (``StructureText/line(_:expenditure:)``).
    let firstYearSpend: Int?

    /// The expenditure labels printed before 本年支出合计 (empty ones skipped) and how many
    /// of them are not the template's category at their position
    /// (``StructureFunctionCategories/balanceLabels``, see ``StructureBalanceCategoryLabelsRule``).
    let templateCategories: (count: Int, mismatches: Int)

    /// The line of each income item a narrative claim quotes (``NarrativeFigures/itemLine(_:_:)``,
    /// by position in ``NarrativeFigures/itemKeywords``).
    let narrativeItems: [Int?]

    /// The income items printed before 本年收入合计 (``BalanceTable/incomeItemLines``).
    let incomeItems: [Int]
    /// The expenditure categories printed before 本年支出合计
    /// (``BalanceTable/expenditureCategoryLines``).
    let categories: [Int]
    /// Per category (parallel to ``categories``): the byte length and first bytes of its
    /// name after the ordinal, length −1 when the label holds whitespace (see ``nameKey(_:)``).
    private let categoryNameKeys: [NameKey]

    /// The income item of each fund, of 财政专户 and of 单位资金: the first line before
    /// 本年收入合计 whose label, as printed or with whitespace removed, contains the keyword.
    private let fundItems: (Int?, Int?, Int?)
    private let specialAccountItem: Int?, unitFundsItem: Int?
    /// T4: the lines after 年初财政拨款结转和结余 up to the next total
    /// (``BalanceTable/incomeLines(after:)``).
    let fiscalCarryoverParts: [Int]
    /// T4: the 年初财政拨款结转和结余 line of each fund: the first of ``fiscalCarryoverParts``
    /// whose label contains the fund's keyword.
    private let fundCarryovers: (Int?, Int?, Int?)

    /// The lines of `table` by role, found in one pass over the lines' label bytes.
    init(_ table: BalanceTable) {
        let lines = table.lines
        var income = LabelMatches(), spend = LabelMatches()
        var items: [Int] = [], categories: [Int] = [], parts: [Int] = [], nameKeys: [NameKey] = []
        items.reserveCapacity(lines.count); categories.reserveCapacity(lines.count)
        nameKeys.reserveCapacity(lines.count)
        var keywordItems = InlineArray<5, Int>(repeating: -1)
        // Income side: the items end at 本年收入合计; the fiscal carry-over parts run from
        // 年初财政拨款结转和结余 to the next total line (any of the four income labels).
        var itemsEnded = false
        var carryoverState = 0  // 0 before its title line, 1 inside, 2 after
        for index in lines.indices {
            // An empty label names nothing, is no item and no carry-over part.
            if lines[index].incomeItem.isEmpty { continue }
            StructureText.withBytes(lines[index].incomeItem) { bytes in
                let spaced = StructureText.hasWhitespace(bytes)
                let matched = income.visit(bytes, spaced: spaced, at: index, Income.labels)
                let blank = UTF8Whitespace.trimmedRange(bytes).isEmpty
                if matched.contains(Income.yearTotal.rawValue) { itemsEnded = true }
                if !itemsEnded {
                    if !blank { items.append(index) }
                    for k in 0..<Self.keywords.count where keywordItems[k] < 0
                        && LabelBytes.contains(bytes, Self.keywords[k], text: lines[index].incomeItem, spaced: spaced) {
                        keywordItems[k] = index
                    }
                }
                switch carryoverState {
                case 0: if matched.contains(Income.fiscalCarriedIn.rawValue) { carryoverState = 1 }
                case 1: if !matched.isEmpty { carryoverState = 2 } else if !blank { parts.append(index) }
                default: break
                }
            }
        }
        var categoriesEnded = false
        for index in lines.indices {
            if lines[index].expenditureItem.isEmpty { continue }
            StructureText.withBytes(lines[index].expenditureItem) { bytes in
                let spaced = StructureText.hasWhitespace(bytes)
                let matched = spend.visit(bytes, spaced: spaced, at: index, Expenditure.labels)
                if matched.contains(Expenditure.yearTotal.rawValue) { categoriesEnded = true }
                if !categoriesEnded && !UTF8Whitespace.trimmedRange(bytes).isEmpty {
                    categories.append(index)
                    nameKeys.append(spaced ? NameKey(length: -1, prefix: 0) : NameKey(bytes))
                }
            }
        }
        yearIncome = income[Income.yearTotal.rawValue]
        carriedIn = income[Income.carriedIn.rawValue]
        grandIncome = income[Income.grandTotal.rawValue]
        fiscalCarriedIn = income[Income.fiscalCarriedIn.rawValue]
        yearSpend = spend[Expenditure.yearTotal.rawValue]
        carriedOut = spend[Expenditure.carriedOut.rawValue]
        grandSpend = spend[Expenditure.grandTotal.rawValue]
        fiscalCarriedOut = spend[Expenditure.fiscalCarriedOut.rawValue]
        firstYearSpend = spend.firstLoose(Expenditure.yearTotal.rawValue)
        let expected = StructureFunctionCategories.balanceLabels
        var count = 0, mismatches = 0
        for line in 0..<(firstYearSpend ?? lines.count) {
            if lines[line].expenditureItem.isEmpty { continue }
            if count < expected.count && !StructureFunctionCategories.label(lines[line].expenditureItem, names: expected[count]) {
                mismatches += 1
            }
            count += 1
        }
        templateCategories = (count, mismatches)
        narrativeItems = NarrativeFigures.itemKeywords.indices.map { NarrativeFigures.itemLine(table, $0) }
        incomeItems = items
        self.categories = categories
        categoryNameKeys = nameKeys
        func item(_ k: Int) -> Int? { keywordItems[k] < 0 ? nil : keywordItems[k] }
        fundItems = (item(0), item(1), item(2))
        specialAccountItem = item(3)
        unitFundsItem = item(4)
        fiscalCarryoverParts = parts
        func carryover(_ fund: T1T4.Fund) -> Int? {
            parts.first { BalanceLineIndex.contains(lines[$0].incomeItem, fund.keyword) }
        }
        fundCarryovers = (carryover(.general), carryover(.government), carryover(.stateCapital))
    }

    /// A copy of `other` that shares no storage with it: a new object holding new arrays.
    /// Each reading thread's units get an index of their own (``BalanceLineIndexMemo``),
    /// so the reference counts the rules touch are not bounced between cores.
    init(copying other: BalanceLineIndex) {
        func fresh<Element>(_ array: [Element]) -> [Element] {
            var copy: [Element] = []
            copy.reserveCapacity(array.count)
            copy.append(contentsOf: array)
            return copy
        }
        yearIncome = other.yearIncome; carriedIn = other.carriedIn
        grandIncome = other.grandIncome; fiscalCarriedIn = other.fiscalCarriedIn
        yearSpend = other.yearSpend; carriedOut = other.carriedOut
        grandSpend = other.grandSpend; fiscalCarriedOut = other.fiscalCarriedOut
        firstYearSpend = other.firstYearSpend
        templateCategories = other.templateCategories
        narrativeItems = fresh(other.narrativeItems)
        incomeItems = fresh(other.incomeItems)
        categories = fresh(other.categories)
        categoryNameKeys = fresh(other.categoryNameKeys)
        fundItems = other.fundItems
        specialAccountItem = other.specialAccountItem; unitFundsItem = other.unitFundsItem
        fiscalCarryoverParts = fresh(other.fiscalCarryoverParts)
        fundCarryovers = other.fundCarryovers
    }

    /// The keywords of the income items: the three funds, 财政专户, 单位资金.
    private static let keywords: InlineArray<5, StaticString> = ["一般公共预算", "政府性基金", "国有资本经营", "财政专户", "单位资金"]

    /// The index of named income line `label`, nil when not printed.
    func income(_ label: Income) -> Int? {
        switch label {
        case .yearTotal: yearIncome
        case .carriedIn: carriedIn
        case .grandTotal: grandIncome
        case .fiscalCarriedIn: fiscalCarriedIn
        }
    }

    /// The index of named expenditure line `label`, nil when not printed.
    func expenditure(_ label: Expenditure) -> Int? {
        switch label {
        case .yearTotal: yearSpend
        case .carriedOut: carriedOut
        case .grandTotal: grandSpend
        case .fiscalCarriedOut: fiscalCarriedOut
        }
    }

    /// A category name after its ordinal (`八、`): its byte length and its first eight bytes.
    /// Two names of one category (``String/sameName(ignoringOrdinal:)``) without whitespace
    /// have the same bytes after their ordinals, so keys rule most categories out without
    /// comparing names. Length −1: the name holds whitespace and must be compared.
    struct NameKey {
        var length: Int
        var prefix: UInt64

        init(length: Int, prefix: UInt64) { self.length = length; self.prefix = prefix }

        /// The key of a name's bytes, which hold no whitespace.
        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            let start = String.ordinalEnd(in: bytes)
            length = bytes.count - start
            if length >= 8, let base = bytes.baseAddress {
                prefix = UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self)
            } else {
                prefix = 0
                for offset in 0..<length { prefix |= UInt64(bytes[start + offset]) << UInt64(8 * offset) }
            }
        }

        /// The key of `name`.
        init(_ name: String) {
            self = StructureText.withBytes(name) { bytes in
                StructureText.hasWhitespace(bytes) ? NameKey(length: -1, prefix: 0) : NameKey(bytes)
            }
        }

        /// ``String/sameName(ignoringOrdinal:)`` of two names without whitespace: the same
        /// bytes after their ordinals.
        static func sameAfterOrdinal(_ a: String, _ b: String) -> Bool {
            StructureText.withBytes(a) { x in
                StructureText.withBytes(b) { y in
                    let i = String.ordinalEnd(in: x), j = String.ordinalEnd(in: y)
                    return x.count - i == y.count - j && UTF8Bytes.equal(x[i...], y[j...])
                }
            }
        }

        /// False when names with these keys cannot name the same category.
        func mayMatch(_ other: NameKey) -> Bool {
            length < 0 || other.length < 0 || (length == other.length && prefix == other.prefix)
        }
    }

    /// The first category of `lines` (this index's table) naming the same category as
    /// `name` (``String/sameName(ignoringOrdinal:)``), or the last one when `last`.
    func category(named name: String, in lines: [BalanceLine], last: Bool = false) -> Int? {
        let key = NameKey(name)
        func named(_ position: Int, _ other: NameKey) -> Bool {
            // Neither name holds whitespace: their bytes after the ordinals have the same
            // length and first eight bytes, so names of at most eight bytes are the same and
            // longer ones are compared as bytes.
            if key.length >= 0 && other.length >= 0 {
                return key.length <= 8 || NameKey.sameAfterOrdinal(lines[categories[position]].expenditureItem, name)
            }
            return lines[categories[position]].expenditureItem.sameName(ignoringOrdinal: name)
        }
        // The keys are compared in a tight loop (a length and eight bytes each, read in
        // place); only a category whose key may match has its name compared.
        let count = categories.count
        let found = categoryNameKeys.withUnsafeBufferPointer { keys -> Int? in
            precondition(keys.count == count, "a key per category")
            var position = last ? count - 1 : 0
            let step = last ? -1 : 1
            while position >= 0 && position < count {
                if keys[position].mayMatch(key) && named(position, keys[position]) { return position }
                position += step
            }
            return nil
        }
        return found.map { categories[$0] }
    }

    /// The income item of `fund` (before 本年收入合计).
    func incomeItem(_ fund: T1T4.Fund) -> Int? {
        switch fund {
        case .general: fundItems.0
        case .government: fundItems.1
        case .stateCapital: fundItems.2
        }
    }

    /// The income item 财政专户管理资金收入 (T1 四).
    var specialAccount: Int? { specialAccountItem }
    /// The income item 单位资金 (T1 五).
    var unitFunds: Int? { unitFundsItem }

    /// T4: the 年初财政拨款结转和结余 line of `fund`.
    func carryover(_ fund: T1T4.Fund) -> Int? {
        switch fund {
        case .general: fundCarryovers.0
        case .government: fundCarryovers.1
        case .stateCapital: fundCarryovers.2
        }
    }

    /// True when `text`, as printed or with whitespace removed, contains `keyword`; copies
    /// the text only when it holds whitespace.
    static func contains(_ text: String, _ keyword: String) -> Bool {
        text.containsBytes(keyword) || (StructureText.hasWhitespace(text) && text.removingWhitespace.containsBytes(keyword))
    }
}
