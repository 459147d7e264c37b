import HuizongModel

/// Reading single cells: text, amounts, quantities, row numbers, header fields.
extension DocumentParser {
    func abort(_ problem: ReadProblem, line: Int, table: TableID?, row: String? = nil, column: String? = nil) -> TableAbort {
        TableAbort(diagnostic: ReadDiagnostic(file: file, line: line, table: table, row: row, column: column, problem: problem))
    }

    /// The cell's text.
    func string(_ cell: Cell) -> String { cursor.string(cell) }

    /// The cell's text, shared with earlier cells of the same text: for values kept in
    /// the budget.
    func content(_ cell: Cell) -> String { cursor.content(cell) }

    /// An amount cell: empty → nil; at most `maxDecimals` decimals. Always inlined: the
    /// usual cell is read in a few instructions, and a call around them cost as much.
    @inline(__always)
    func amount(_ cell: Cell, table: TableID, row: @autoclosure () -> String, column: @autoclosure () -> String,
                maxDecimals: Int = 2) throws(TableAbort) -> Amount? {
        if cursor.isEmpty(cell) { return nil }
        if cell.isSingleLine {
            let parsed = text.bytes.withUnsafeBufferPointer { buffer in
                let bytes = UnsafeBufferPointer(rebasing: buffer[cell.range])
                if let value = Self.plainAmount(bytes, maxDecimals: maxDecimals) { return Result<Amount, Amount.TextProblem>.success(value) }
                return Amount.parse(utf8: bytes, unit: .wanYuan, maxDecimals: maxDecimals)
            }
            switch parsed {
            case .success(let value): return value
            case .failure(let problem):
                let raw = string(cell)
                if raw.removingWhitespace.isEmpty { return nil }
                throw abort(Self.problem(problem, raw), line: cell.line, table: table, row: row(), column: column())
            }
        }
        let raw = string(cell)
        if raw.removingWhitespace.isEmpty { return nil }
        throw abort(.notAnAmount(raw), line: cell.line, table: table, row: row(), column: column())
    }

    /// The usual amount text read at once: an optional `-`, one to twelve digits, and
    /// optionally `.` with one or two decimals (no more than `maxDecimals`), in 万元. Nil
    /// for anything else, which `Amount.parse` then reads (to the same value, or to the
    /// problem it reports).
    static func plainAmount(_ bytes: UnsafeBufferPointer<UInt8>, maxDecimals: Int) -> Amount? {
        var index = 0
        let end = bytes.count
        guard index < end else { return nil }
        let negative = bytes[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        var integer: Int64 = 0
        let digitsStart = index
        while index < end, bytes[index] &- 0x30 < 10 {
            integer = integer &* 10 &+ Int64(bytes[index] &- 0x30)
            index += 1
        }
        guard index > digitsStart, index - digitsStart <= 12 else { return nil }
        var fen = integer &* Amount.fenPerWan
        if index < end {
            let decimals = end &- index &- 1
            guard bytes[index] == UInt8(ascii: "."), decimals >= 1, decimals <= min(2, maxDecimals) else { return nil }
            // One or two decimals of 万元: 100,000 and 10,000 fen each.
            let tenths = bytes[index &+ 1] &- 0x30
            guard tenths < 10 else { return nil }
            fen = fen &+ Int64(tenths) &* 100_000
            if decimals == 2 {
                let hundredths = bytes[index &+ 2] &- 0x30
                guard hundredths < 10 else { return nil }
                fen = fen &+ Int64(hundredths) &* 10_000
            }
        }
        return Amount(fen: negative ? -fen : fen)
    }

    static func problem(_ problem: Amount.TextProblem, _ raw: String) -> ReadProblem {
        switch problem {
        case .notANumber: .notAnAmount(raw)
        case .tooManyDecimals(_, let allowed): .tooManyDecimals(raw, allowed: allowed)
        case .outOfRange: .amountOutOfRange(raw)
        }
    }

    /// A quantity cell: empty → nil.
    func quantity(_ cell: Cell, table: TableID, row: @autoclosure () -> String, column: String) throws(TableAbort) -> Quantity? {
        if cursor.isEmpty(cell) { return nil }
        // The usual cell (`2000`, `12.5`) read from its bytes: bytes that parse hold no
        // whitespace, so removing it first would change nothing.
        if cell.isSingleLine,
           let value = text.bytes.withUnsafeBufferPointer({ Quantity.parse(utf8: UnsafeBufferPointer(rebasing: $0[cell.range])) }) {
            return value
        }
        let raw = string(cell)
        let trimmed = raw.removingWhitespace
        if trimmed.isEmpty { return nil }
        guard let value = Quantity.parse(Substring(trimmed)) else {
            throw abort(.notAQuantity(raw), line: cell.line, table: table, row: row(), column: column)
        }
        return value
    }

    /// A 序号 cell: a small non-negative integer, or nil when empty.
    func rowNumber(_ cell: Cell) -> Int?? {
        if cell.range.isEmpty { return .some(nil) }
        return text.bytes.withUnsafeBufferPointer { bytes in
            var value = 0
            for index in cell.range {
                let digit = bytes[index] &- 0x30
                guard digit < 10, value < 1_000_000 else { return nil }
                value = value &* 10 &+ Int(digit)
            }
            return .some(value)
        }
    }

    /// Checks a 序号 cell against the expected number. Inlined where called: the usual
    /// cell (the digits of the number expected) costs its digits, not a call; any other
    /// goes to ``expectRowNumberOutOfLine(_:_:table:)``.
    @inline(__always)
    func expectRowNumber(_ cell: Cell, _ expected: Int, table: TableID) throws(TableAbort) -> Int {
        if case .some(.some(let number)) = rowNumber(cell), number == expected { return number }
        return try expectRowNumberOutOfLine(cell, expected, table: table)
    }

    /// ``expectRowNumber(_:_:table:)`` for a cell that is not the number expected.
    @inline(never)
    func expectRowNumberOutOfLine(_ cell: Cell, _ expected: Int, table: TableID) throws(TableAbort) -> Int {
        guard case .some(.some(let number)) = rowNumber(cell), number == expected else {
            throw abort(.badRowNumber(expected: expected, found: string(cell)), line: cell.line, table: table, row: "序号\(expected)")
        }
        return number
    }

    /// Reads the next cell; the table ends early when there is none.
    mutating func requireCell(table: TableID, expecting what: @autoclosure () -> String,
                              multiline: Bool = false) throws(TableAbort) -> Cell {
        guard let cell = cursor.nextCell(multiline: multiline, stopAtTitles: true) else {
            let line = (cursor.peekIndex() ?? text.lineCount - 1) + 1
            throw abort(.truncated(expected: "“\(what())”"), line: line, table: table)
        }
        return cell
    }

    /// Reads a cell that must hold the template's label `label`.
    mutating func expectLabel(_ label: TemplateLabel, table: TableID) throws(TableAbort) -> Cell {
        let cell = try requireCell(table: table, expecting: label.text)
        // The label printed as the template prints it is told by its bytes at once.
        if cell.isSingleLine && label.key.isExactly(text.bytes, cell.range) { return cell }
        guard label.matches(cell, in: text) else {
            throw abort(.expectedLabel(expected: label.text, found: string(cell)), line: cell.line, table: table)
        }
        return cell
    }

    /// Reads cells that must hold the template's labels `labels`, in order.
    ///
    /// Each label is lent as an unretained reference, which `labels` keeps alive for the
    /// call: passing `labels[index]` on took a reference to the label each time (an
    /// atomic count on an object every thread shares).
    mutating func expectLabels(_ labels: [TemplateLabel], table: TableID) throws(TableAbort) {
        for index in labels.indices {
            var failure: TableAbort? = nil
            Unmanaged.passUnretained(labels[index])._withUnsafeGuaranteedRef { label in
                do throws(TableAbort) { _ = try expectLabel(label, table: table) } catch { failure = error }
            }
            if let failure { throw failure }
        }
    }

    /// Calls `body` with the cell's bytes (continuation lines joined with a newline), lent
    /// for the call: no reference to the file's bytes is taken, where an array of them
    /// (and each slice of it) took one.
    @inline(__always)
    func withBytes<Result>(_ cell: Cell, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if cell.isSingleLine {
            return text.bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[cell.range])) }
        }
        return text.withJoinedBytes(cell, body)
    }

    /// The header field (key and value) the cell holds, or nil (see ``fieldEntry(_:strings:)``).
    func fieldEntry(_ cell: Cell) -> (key: Int, value: String)? {
        // The vocabulary captured unretained (`self` keeps it alive for the call): a
        // captured copy of the reference was retained and released per call.
        let strings = Unmanaged.passUnretained(cursor.strings)
        return withBytes(cell) { bytes in strings._withUnsafeGuaranteedRef { Self.fieldEntry(bytes[...], strings: $0) } }
    }

    /// Reads the header cells after a title: the unit line, then 预算年度 / 单位 / 截止时间.
    mutating func readHeader(_ id: TableID, scope: BudgetScope, titleLine: Int) throws(TableAbort) -> TableHeader {
        let first = try requireCell(table: id, expecting: "单位编码和名称")
        // Through the vocabulary: every table of a budget repeats the unit's code and name.
        // The vocabulary taken out first: a closure that read it through `self` (which
        // this method may change) was given a copy of the whole parser. Taken unretained
        // (the parser keeps it alive for the call; see ``fieldEntry(_:)``).
        let strings = Unmanaged.passUnretained(cursor.strings)
        let unit: (code: String, name: String)? = withBytes(first) { bytes in
            var digits = 0
            for b in bytes { if b >= 0x30 && b <= 0x39 { digits += 1 } else { break } }
            guard digits >= 3, digits < bytes.count else { return nil }
            let name = UTF8Whitespace.trimmedRange(bytes[digits...])
            return strings._withUnsafeGuaranteedRef { strings in
                (strings.string(UnsafeBufferPointer(rebasing: bytes[0..<digits])),
                 strings.string(UnsafeBufferPointer(rebasing: bytes[name])))
            }
        }
        guard let (code, name) = unit else {
            throw abort(.badHeader(expected: "单位编码和名称（如 323003秦皇岛市海港区社会保险事业所）", found: string(first)),
                        line: first.line, table: id)
        }
        // The fields are gathered first and the header made once: a header made and then
        // changed field by field was copied on the way.
        var budgetYear: Int?, currency: String?, asOf: String?
        fields: while true {
            let saved = cursor.position
            guard let cell = cursor.nextCell() else { break }
            guard let (key, value) = fieldEntry(cell) else { cursor.position = saved; break }
            switch key {
            case Self.yearKey:
                guard let year = Int(value), (1990...2200).contains(year) else {
                    throw abort(.badHeader(expected: "预算年度：四位年份", found: string(cell)), line: cell.line, table: id)
                }
                budgetYear = year
            case Self.currencyKey, Self.amountCurrencyKey: currency = value
            case Self.asOfKey: asOf = value
            default: cursor.position = saved; break fields
            }
        }
        return TableHeader(scope: scope, unitCode: code, unitName: name, budgetYear: budgetYear, currency: currency,
                           asOf: asOf, source: SourceLocation(line: titleLine + 1))
    }

    /// The keys a header field can have, as text and as UTF-8.
    private static let fieldKeys = ["预算年度", "单位", "金额单位", "截止时间"]
    private static let fieldKeyBytes = fieldKeys.map { Array($0.utf8) }
    /// The index of each key in ``fieldKeys``.
    static let yearKey = 0, currencyKey = 1, amountCurrencyKey = 2, asOfKey = 3

    /// Splits `预算年度：2025` (either colon) into key and value.
    static func field(_ text: String) -> (String, String)? {
        field(Array(text.utf8)[...])
    }

    /// Splits the UTF-8 text `预算年度：2025` (either colon; the full-width one first)
    /// into key and value; the value made through `strings` when given.
    static func field(_ bytes: ArraySlice<UInt8>, strings: StringVocabulary? = nil) -> (String, String)? {
        fieldEntry(bytes, strings: strings).map { (fieldKeys[$0.key], $0.value) }
    }

    /// Splits the UTF-8 text `预算年度：2025` like ``field(_:strings:)``, giving the key as
    /// its index in ``fieldKeys`` (``yearKey`` …), which is cheaper to compare than text.
    static func fieldEntry(_ bytes: ArraySlice<UInt8>, strings: StringVocabulary? = nil) -> (key: Int, value: String)? {
        bytes.withUnsafeBufferPointer { fieldEntry($0[...], strings: strings) }
    }

    /// ``fieldEntry(_:strings:)`` of bytes lent as a buffer (a slice of an array took a
    /// reference to its storage for each part cut from it).
    static func fieldEntry(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, strings: StringVocabulary?) -> (key: Int, value: String)? {
        if let key = printedKey(bytes) {
            return (key, fieldValue(bytes, after: bytes.startIndex + fieldKeyBytes[key].count + 3, strings: strings))
        }
        guard let (colon, length) = firstColon(bytes) else { return nil }
        let keyBytes = bytes[bytes.startIndex..<colon]
        let key: Int
        // A key printed without whitespace is found by comparing bytes (no two keys can
        // match one text, so trying exact matches first finds the same key).
        if let index = fieldKeyBytes.firstIndex(where: { $0.count == keyBytes.count && $0.elementsEqual(keyBytes) })
            ?? fieldKeyBytes.firstIndex(where: { equalIgnoringWhitespace(keyBytes, $0) }) {
            key = index
        } else if LabelKey.hasCompatibilityIdeograph(Array(keyBytes), 0..<keyBytes.count) {
            // Decided as `String` comparison decides (U+F90A equals 金).
            let text = UTF8Whitespace.removingWhitespace(keyBytes) ?? String(decoding: keyBytes, as: UTF8.self)
            guard let index = fieldKeys.firstIndex(of: text) else { return nil }
            key = index
        } else {
            return nil
        }
        return (key, fieldValue(bytes, after: colon + length, strings: strings))
    }

    /// The index of the key `bytes` start with when it is printed as the key itself and
    /// followed by `：` (the usual field, `预算年度：2025`), else nil. Then the key is the one
    /// the general reading finds too: the first full-width colon is the one after the key,
    /// which holds none, and the bytes before it are that key exactly.
    @inline(__always)
    private static func printedKey(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        let keys = fieldKeyBytes
        for index in keys.indices {
            let key = keys[index]
            guard bytes.count >= key.count + 3 else { continue }
            var matched = true
            var offset = bytes.startIndex
            for b in key {
                if bytes[offset] != b { matched = false; break }
                offset += 1
            }
            if matched && bytes[offset] == 0xEF && bytes[offset + 1] == 0xBC && bytes[offset + 2] == 0x9A { return index }
        }
        return nil
    }

    /// The value of a field: the bytes from `start` on, whitespace trimmed, made through
    /// `strings` when given.
    @inline(__always)
    private static func fieldValue(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, after start: Int, strings: StringVocabulary?) -> String {
        let valueBytes = bytes[start...]
        let value = valueBytes[UTF8Whitespace.trimmedRange(valueBytes)]
        guard let strings else { return String(decoding: value, as: UTF8.self) }
        return strings.string(UnsafeBufferPointer(rebasing: value))
    }

    /// Whether `bytes` without any whitespace are `expected`.
    private static func equalIgnoringWhitespace(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, _ expected: [UInt8]) -> Bool {
        var index = bytes.startIndex
        var matched = 0
        while index < bytes.endIndex {
            let space = UTF8Whitespace.whitespaceLength(in: bytes, at: index)
            if space > 0 { index += space; continue }
            guard matched < expected.count, bytes[index] == expected[matched] else { return false }
            matched += 1
            index += 1
        }
        return matched == expected.count
    }

    /// The offset and length of the first `：` (EF BC 9A), else of the first `:`.
    private static func firstColon(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> (Int, Int)? {
        var index = bytes.startIndex
        while index + 2 < bytes.endIndex {
            if bytes[index] == 0xEF && bytes[index + 1] == 0xBC && bytes[index + 2] == 0x9A { return (index, 3) }
            index += 1
        }
        if let ascii = bytes.firstIndex(of: UInt8(ascii: ":")) { return (ascii, 1) }
        return nil
    }

    /// Skips the column headers of T1…T9 up to and including the 栏次 row.
    mutating func skipColumnHeaders(_ id: TableID, width: Int) throws(TableAbort) {
        // The usual header is passed line by line (see ``plainColumnHeadersEnd(width:)``).
        if let end = plainColumnHeadersEnd(width: width) { cursor.position = end; return }
        while true {
            guard let cell = cursor.nextCell(skipMerged: true) else {
                let line = (cursor.peekIndex() ?? text.lineCount - 1) + 1
                throw abort(.badHeader(expected: "以“栏次”开头的栏次行", found: "表头结束"), line: line, table: id)
            }
            // Most header cells are told apart by their bytes alone (see `mayBeColumnNumbers`).
            if cell.isSingleLine && !Self.mayBeColumnNumbers(text.bytes, cell.range) { continue }
            if TemplateLabels.columnNumbers.matches(cell, in: text) { break }
        }
        for column in 1..<width {
            guard let cell = cursor.nextCell(skipMerged: true) else {
                throw abort(.truncated(expected: "栏次 \(column)"), line: cursor.position, table: id)
            }
            guard case .some(.some(let number)) = rowNumber(cell), number == column else {
                throw abort(.badHeader(expected: "栏次 \(column)", found: string(cell)), line: cell.line, table: id)
            }
        }
    }

    /// Whether the one-line text `bytes[range]` can be the label 栏次: its key can only be
    /// 栏次 when the text holds 栏 (E6 A0 8F) or, compared as `String`, a compatibility
    /// ideograph (led by EF).
    static func mayBeColumnNumbers(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        bytes.withUnsafeBufferPointer { p in
            guard let base = p.baseAddress else { return false }
            let raw = UnsafeRawPointer(base)
            var index = range.lowerBound
            // Eight offsets at a time while three words fit in the range: a byte that is
            // zero in `w ^ EF…` is an EF, one zero in all three comparisons starts 栏.
            while index &+ 10 <= range.upperBound {
                let w = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let ef = w ^ 0xEFEF_EFEF_EFEF_EFEF
                let lan = (w ^ 0xE6E6_E6E6_E6E6_E6E6) | (raw.loadUnaligned(fromByteOffset: index &+ 1, as: UInt64.self) ^ 0xA0A0_A0A0_A0A0_A0A0)
                    | (raw.loadUnaligned(fromByteOffset: index &+ 2, as: UInt64.self) ^ 0x8F8F_8F8F_8F8F_8F8F)
                // Nonzero exactly when some byte of the word is zero.
                let zero = ((ef &- 0x0101_0101_0101_0101) & ~ef) | ((lan &- 0x0101_0101_0101_0101) & ~lan)
                if zero & 0x8080_8080_8080_8080 != 0 { return true }
                index &+= 8
            }
            while index < range.upperBound {
                let b = p[index]
                if b == 0xEF { return true }
                if b == 0xE6 && index &+ 2 < range.upperBound && p[index &+ 1] == 0xA0 && p[index &+ 2] == 0x8F { return true }
                index &+= 1
            }
            return false
        }
    }
}
