import HuizongModel

/// Stops reading one table: the diagnostic says why. The document parser records it,
/// marks the table unread, and goes on at the next title.
struct TableAbort: Error { var diagnostic: ReadDiagnostic }

/// The state of reading one document: cursor, tables read so far, diagnostics.
struct DocumentParser {
    var cursor: CellCursor
    /// The text being read (the cursor's too; kept here so reading it copies nothing).
    let text: SourceText
    let file: String
    var diagnostics: [ReadDiagnostic] = []
    var unread: [TableID: ReadDiagnostic] = [:]
    var budget = Budget(code: "", name: "", year: nil)
    /// The headers of the tables read so far (see ``HeaderNotes``).
    var headers = HeaderNotes()
    var narrativeTitle: String?
    var narrativeSource = SourceLocation.none
    var blocks: [NarrativeBlock] = []
    var paragraphs: [(String, SourceLocation)] = []
    /// The table a `注：` line after it belongs to.
    var lastNoteTarget: TableID?
    /// The tables read so far, a bit for each (see ``TableSet``).
    var seen = TableSet()
    /// The cell buffer rows of tables are read into, kept from table to table.
    var rowCells = RowCells()

    init(text: SourceText, file: String) {
        self.cursor = CellCursor(text: text)
        self.text = text
        self.file = file
        // A budget's narrative has a few dozen paragraphs: room for them at once instead
        // of growing the arrays five or six times. The blocks are kept with the budget:
        // room for about as many as the last budget's (see
        // ``StringVocabulary/narrativeBlockRoom``).
        blocks.reserveCapacity(cursor.strings.narrativeBlockRoom)
        paragraphs.reserveCapacity(64)
    }

    /// Reads the whole document.
    mutating func parse() {
        while true {
            cursor.skipBlank()
            guard cursor.position < text.lineCount else { break }
            let k = cursor.position
            switch text.kind(k) {
            case .text:
                cursor.position += 1
                handleTextLine(k)
            case .cell, .merged:
                handleCellsOutsideTables()
            case .blank:
                cursor.position += 1
            }
        }
        if !seen.containsAny(of: TableSet.nine) && budget.procurement == nil && budget.assets == nil {
            diagnostics.append(ReadDiagnostic(file: file, line: 0, problem: .noTables))
        }
        checkHeadersAgree()
    }

    /// A line that is not a cell: a title, a note, or narrative text.
    mutating func handleTextLine(_ k: Int) {
        let range = text.lineRange(k)
        let source = SourceLocation(line: k + 1)
        if let match = TitleMatcher.match(text.bytes, range) {
            switch match {
            case .table(let id, let scope): readTable(id, scope: scope, titleLine: k)
            case .performance:
                let line = lineText(range)
                if cursor.peekKind() == .cell { readPerformance(title: line, titleLine: k) }
                else { addParagraph(line, source) }
            }
            return
        }
        let line = lineText(range)
        if Self.startsLikeNote(text.bytes, range), Self.isNote(line, text.bytes, range), let target = lastNoteTarget {
            attachNote(line, to: target)
            return
        }
        if cursor.peekKind() == .cell, let index = cursor.peekIndex(),
           TitleMatcher.looksLikeUnitLine(text.bytes, text.cellRange(index)) {
            diagnostics.append(ReadDiagnostic(file: file, line: k + 1, problem: .unknownTitle(line)))
            skipCells()
            return
        }
        if narrativeTitle == nil {
            narrativeTitle = line
            narrativeSource = source
            lastNoteTarget = nil
            return
        }
        addParagraph(line, source)
        if cursor.peekKind() == .cell { readTextTable() }
    }

    /// The text of a title, note or paragraph line, made through the vocabulary: the
    /// fixed paragraphs of the template (名词解释, headings, notes) repeat from file to
    /// file, and a repeated one is then neither validated nor allocated again.
    func lineText(_ range: Range<Int>) -> String { cursor.strings.string(text.bytes, range) }

    /// Whether the bytes start with `注：` or `注:` (E6 B3 A8, then EF BC 9A or 3A): without
    /// them no `String` prefix test can succeed.
    static func startsLikeNote(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        guard range.count >= 4, bytes[range.lowerBound] == 0xE6, bytes[range.lowerBound + 1] == 0xB3,
              bytes[range.lowerBound + 2] == 0xA8 else { return false }
        let next = bytes[range.lowerBound + 3]
        return next == UInt8(ascii: ":") || next == 0xEF
    }

    /// Whether the line `line` (the text of `bytes[range]`, which starts like a note)
    /// starts with `注：` or `注:` as `String`s compare. After the colon's bytes, the end
    /// of the line, an ASCII byte or a CJK character (led by E4…E9) starts a new
    /// character: the bytes decide then; anything else is left to `String`.
    static func isNote(_ line: String, _ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        let colonEnd = range.lowerBound + (bytes[range.lowerBound + 3] == UInt8(ascii: ":") ? 4 : 6)
        if bytes[range.lowerBound + 3] == UInt8(ascii: ":")
            || (colonEnd <= range.upperBound && bytes[range.lowerBound + 4] == 0xBC && bytes[range.lowerBound + 5] == 0x9A) {
            if colonEnd == range.upperBound { return true }
            let next = bytes[colonEnd]
            if next < 0x80 || next &- 0xE4 < 6 { return true }
        }
        return line.hasPrefix("注：") || line.hasPrefix("注:")
    }

    mutating func addParagraph(_ line: String, _ source: SourceLocation) {
        if narrativeTitle == nil { narrativeTitle = line; narrativeSource = source; return }
        blocks.append(.paragraph(line, source: source))
        paragraphs.append((line, source))
        lastNoteTarget = nil
    }

    /// Cells that follow no title: in the narrative a text table, elsewhere stray.
    mutating func handleCellsOutsideTables() {
        if narrativeTitle != nil { readTextTable(); return }
        let line = cursor.position + 1
        let count = skipCells()
        diagnostics.append(ReadDiagnostic(severity: .warning, file: file, line: line, problem: .strayCells(count: count)))
    }

    /// Skips cells up to the next text line; returns how many.
    @discardableResult
    mutating func skipCells() -> Int {
        var count = 0
        while true {
            cursor.skipBlank()
            guard cursor.position < text.lineCount, text.kind(cursor.position) != .text else { break }
            cursor.position += 1
            count += 1
        }
        return count
    }

    mutating func attachNote(_ note: String, to id: TableID) {
        if id == .procurement { budget.procurement?.note = note }
        else if var table = budget.classified(id) { table.note = note; budget.setClassified(id, table) }
        lastNoteTarget = nil
    }

    /// Reads table `id` after its title line; on a problem records it and skips the table.
    mutating func readTable(_ id: TableID, scope: BudgetScope, titleLine: Int) {
        if seen.contains(id) {
            diagnostics.append(ReadDiagnostic(severity: .warning, file: file, line: titleLine + 1, table: id, problem: .duplicateTable))
            skipCells()
            return
        }
        seen.insert(id)
        do {
            // Each table's header is noted before the table is stored, so that storing it
            // is its last use: the table moves into the budget instead of being copied.
            switch id {
            case .t1, .t4:
                let table = try readBalanceTable(id, scope: scope, titleLine: titleLine)
                headers.note(id, table.header)
                if id == .t1 { budget.t1 = consume table } else { budget.t4 = consume table }
            case .t2, .t3, .t5, .t6, .t7, .t8:
                let table = try readClassifiedTable(id, scope: scope, titleLine: titleLine)
                headers.note(id, table.header)
                budget.setClassified(id, table)
            case .t9:
                let table = try readThreePublicTable(scope: scope, titleLine: titleLine)
                headers.note(id, table.header)
                budget.t9 = consume table
            case .procurement:
                let table = try readProcurementTable(scope: scope, titleLine: titleLine)
                headers.note(id, table.header)
                budget.procurement = consume table
                if narrativeTitle != nil { blocks.append(NarrativeBlock(kind: .procurementTable, source: SourceLocation(line: titleLine + 1))) }
            case .assets:
                let table = try readAssetTable(scope: scope, titleLine: titleLine)
                headers.note(id, table.header)
                budget.assets = consume table
                if narrativeTitle != nil { blocks.append(NarrativeBlock(kind: .assetTable, source: SourceLocation(line: titleLine + 1))) }
            case .performance, .narrative:
                break
            }
            lastNoteTarget = id
        } catch {
            record(error, table: id)
            skipCells()
            lastNoteTarget = nil
        }
    }

    mutating func record(_ abort: TableAbort, table: TableID) {
        diagnostics.append(abort.diagnostic)
        if unread[table] == nil { unread[table] = abort.diagnostic }
    }

    /// Gathers the result, moving what was read out of the parser (which is done with).
    mutating func result() -> ReadResult {
        var budget: Budget? = Budget(code: "", name: "", year: nil)
        swap(&budget!, &self.budget)
        var blocks: [NarrativeBlock] = [], diagnostics: [ReadDiagnostic] = [], unread: [TableID: ReadDiagnostic] = [:]
        swap(&blocks, &self.blocks)
        swap(&diagnostics, &self.diagnostics)
        swap(&unread, &self.unread)
        let anything = !headers.isEmpty || !budget!.performance.isEmpty || narrativeTitle != nil
        if let title = narrativeTitle {
            cursor.strings.noteNarrativeBlocks(blocks.count)
            let claims = ClaimExtractor.claims(inParagraphs: paragraphs, strings: cursor.strings)
            budget!.narrative = Narrative(title: title, blocks: blocks, claims: claims, source: narrativeSource)
        }
        var result = ReadResult(file: file, budget: nil, diagnostics: diagnostics, unreadTables: unread,
                                layout: text.layout, encoding: nil, byteCount: 0)
        if anything { swap(&result.budget, &budget) }
        return result
    }
}
