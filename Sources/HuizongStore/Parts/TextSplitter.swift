import HuizongModel

/// Cuts a budget's text (the seed's tab layout) into the pieces a composite blob stores:
/// one piece per table, and the procurement table further into its head (title, headers,
/// 合计), one block per unit (its 小计 row and its items) and its tail (the note).
///
/// The pieces are consecutive byte ranges that cover the text exactly, so their
/// concatenation is the text whatever the cuts: a cut in an unexpected place costs
/// sharing, never correctness. Cuts are found from the layout alone:
///
/// - a table starts at a title line: a line not starting with TAB, followed by a cell line
///   (TAB), that is a known table title or comes at the top or after a blank line;
/// - a unit block starts at a row (after a blank line) whose first cell ends with `小计`;
/// - the tail starts after the blank line that ends the last row.
///
/// A department's unit blocks are the same bytes in the district's procurement table,
/// and a unit's block stays the same from draft to draft unless that unit's procurement
/// changes.
enum TextSplitter {
    /// A piece of the text.
    struct Piece: Sendable, Hashable {
        /// What it is, for people: `T1`…`T9`, `A`, `P 表头`, `P 说明`, `P <unit>小计`.
        var label: String
        /// Its bytes in the text.
        var range: Range<Int>
        /// The unit blocks of a procurement body (empty for other pieces); they cover `range`.
        var blocks: [Piece] = []
    }

    private static let tab = UInt8(ascii: "\t")
    private static let subtotal = Array("小计".utf8)

    /// The pieces of `text`, in order; a procurement table with unit blocks gives a head,
    /// one body piece holding the blocks, and a tail (when it has one).
    static func split(_ text: [UInt8]) -> [Piece] {
        let lines = Lines(text)
        guard lines.count > 0 else { return [] }
        var pieces: [Piece] = []
        var tableStart = 0
        for index in 1...lines.count where index == lines.count || lines.isTitle(index) {
            pieces += table(lines, tableStart..<index)
            tableStart = index
        }
        return pieces
    }

    /// One table's lines `range` as pieces: the procurement table cut into head, blocks, tail.
    private static func table(_ lines: Lines, _ range: Range<Int>) -> [Piece] {
        let label = tableLabel(lines.string(range.lowerBound))
        let whole = Piece(label: label, range: lines.bytes(range))
        guard label == TableID.procurement.rawValue else { return [whole] }
        let blockStarts = range.dropFirst().filter { index in
            lines.isEmpty(index - 1) && lines.startsWithTab(index) && lines.endsWith(index, subtotal)
        }
        guard let first = blockStarts.first, let last = blockStarts.last,
              let lastCell = range.last(where: { lines.startsWithTab($0) }), lastCell >= last,
              let rowEnd = (lastCell..<range.upperBound).first(where: { lines.isEmpty($0) }) else { return [whole] }
        let tailStart = rowEnd + 1
        var blocks: [Piece] = []
        for (position, start) in blockStarts.enumerated() {
            let end = position + 1 < blockStarts.count ? blockStarts[position + 1] : tailStart
            let name = lines.string(start).dropFirst()
            blocks.append(Piece(label: "P \(name)", range: lines.bytes(start..<end)))
        }
        var out = [Piece(label: "P 表头", range: lines.bytes(range.lowerBound..<first))]
        out.append(Piece(label: "P 单位明细 \(blocks.count) 项", range: lines.bytes(first..<tailStart), blocks: blocks))
        if tailStart < range.upperBound {
            out.append(Piece(label: "P 说明", range: lines.bytes(tailStart..<range.upperBound)))
        }
        return out
    }

    /// `T1`…`T9`, `P`, `A`, `G` for a title line (`部门预算收支总表`, `部门政府采购预算`), else the title.
    static func tableLabel(_ title: String) -> String {
        var stem = Substring(title)
        for prefix in ["部门预算", "单位预算", "部门", "单位"] where stem.hasPrefix(prefix) {
            stem = stem.dropFirst(prefix.count)
            break
        }
        return TableID.allCases.first { $0.titleStem == stem }?.rawValue ?? title
    }
}

/// The lines of a text as byte ranges (without their line feeds).
private struct Lines {
    let text: [UInt8]
    /// Start of each line, and one past the end of the text.
    private var starts: [Int] = [0]

    init(_ text: [UInt8]) {
        self.text = text
        for (offset, byte) in text.enumerated() where byte == UInt8(ascii: "\n") { starts.append(offset + 1) }
        if starts.last != text.count { starts.append(text.count) }
    }

    var count: Int { starts.count - 1 }

    /// The bytes of line `index`, without its line feed.
    private func content(_ index: Int) -> ArraySlice<UInt8> {
        var end = starts[index + 1]
        if end > starts[index], text[end - 1] == UInt8(ascii: "\n") { end -= 1 }
        return text[starts[index]..<end]
    }

    func isEmpty(_ index: Int) -> Bool { content(index).isEmpty }
    func startsWithTab(_ index: Int) -> Bool { content(index).first == UInt8(ascii: "\t") }
    func endsWith(_ index: Int, _ suffix: [UInt8]) -> Bool { content(index).reversed().starts(with: suffix.reversed()) }
    func string(_ index: Int) -> String { String(decoding: content(index), as: UTF8.self) }

    /// A table title: not a cell, followed by a cell, and a known title or at the top or
    /// after a blank line (a title may follow the previous table's note directly).
    func isTitle(_ index: Int) -> Bool {
        guard !isEmpty(index), !startsWithTab(index), index + 1 < count, startsWithTab(index + 1) else { return false }
        return index == 0 || isEmpty(index - 1) || TableID(rawValue: TextSplitter.tableLabel(string(index))) != nil
    }

    /// The bytes of lines `range`, with their line feeds.
    func bytes(_ range: Range<Int>) -> Range<Int> { starts[range.lowerBound]..<starts[range.upperBound] }
}
