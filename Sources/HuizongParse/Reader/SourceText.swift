/// The two text layouts a unit budget arrives in.
public enum TextLayout: String, Sendable, Hashable, Codable {
    /// The seed's layout: a cell per line starting with TAB, a blank line after each row.
    case tab
    /// Cells one per line ending in ` |`, no blank lines between rows, empty cells `|`,
    /// merged header cells `| ||`.
    case pipe
}

/// What one physical line is.
enum LineKind: UInt8 {
    /// Empty or whitespace only.
    case blank
    /// A table cell.
    case cell
    /// A merged header cell (`| ||`, pipe layout).
    case merged
    /// Anything else: a title, a note, a paragraph, or a continuation of a cell.
    case text
}

/// The decoded file: UTF-8 bytes split into lines, each classified once.
struct SourceText {
    let bytes: [UInt8]
    /// Each line's content range and kind.
    let lines: [SourceLine]
    let layout: TextLayout

    var lineCount: Int { lines.count }

    /// Splits and classifies `bytes` (valid UTF-8).
    init(bytes: [UInt8]) {
        self.init(bytes: bytes, scan: TextScan(bytes))
    }

    /// Classifies the lines `scan` found in `bytes`.
    init(bytes: [UInt8], scan: TextScan) {
        self.bytes = bytes
        // Layout: more lines ending in '|' than starting with TAB means the pipe layout.
        // The scan classified the lines for the tab layout already.
        let layout: TextLayout = scan.pipeLines > scan.tabLines ? .pipe : .tab
        self.layout = layout
        var lines = scan.lines
        if layout == .pipe {
            for k in 0..<lines.count {
                let (s, e) = (lines[k].start, lines[k].end)
                if s == e { lines[k].kind = .blank; continue }
                if bytes[e - 1] == UInt8(ascii: "|") {
                    // `| ||` (only bars and spaces, more than one bar) marks a merged header cell.
                    var bars = 0, other = false
                    for j in s..<e { if bytes[j] == UInt8(ascii: "|") { bars += 1 } else if bytes[j] != 0x20 { other = true } }
                    lines[k].kind = (!other && bars > 1) ? .merged : .cell
                    // The content of a cell line stops before its ` |`.
                    var end = e - 1
                    while end > s && bytes[end - 1] == 0x20 { end -= 1 }
                    lines[k].end = end
                } else {
                    lines[k].kind = .text
                }
            }
        }
        self.lines = lines
    }

    /// The kind of line `k`.
    @inline(__always)
    func kind(_ k: Int) -> LineKind { lines[k].kind }

    /// The content bytes of cell line `k` (layout markers and surrounding spaces removed).
    @inline(__always)
    func cellRange(_ k: Int) -> Range<Int> { lines[k].range }

    /// Text line `k` without surrounding ASCII spaces and tabs, as a byte range.
    @inline(__always)
    func lineRange(_ k: Int) -> Range<Int> { lines[k].range }

    /// The text of text line `k`, surrounding ASCII whitespace removed.
    func lineText(_ k: Int) -> String { string(lineRange(k)) }

    /// A string from a byte range.
    func string(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
}
