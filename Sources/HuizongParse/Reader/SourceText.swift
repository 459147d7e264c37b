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
///
/// A class, so the parser and its cursor share one copy without retaining four arrays
/// at every access.
final class SourceText {
    let bytes: [UInt8]
    /// Start offset of each line.
    let starts: [Int]
    /// End offset of each line (before CR/LF).
    let ends: [Int]
    let kinds: [LineKind]
    let layout: TextLayout

    var lineCount: Int { starts.count }

    /// Splits and classifies `bytes` (valid UTF-8).
    convenience init(bytes: [UInt8]) {
        self.init(bytes: bytes, scan: TextScan(bytes))
    }

    /// Classifies the lines `scan` found in `bytes`.
    init(bytes: [UInt8], scan: TextScan) {
        self.bytes = bytes
        let starts = scan.lineStarts, ends = scan.lineEnds
        self.starts = starts
        self.ends = ends
        // Layout: more lines ending in '|' than starting with TAB means the pipe layout.
        // The kinds of the tab layout are worked out in the same pass.
        var tabLines = 0, pipeLines = 0
        var kinds = [LineKind](repeating: .blank, count: starts.count)
        for k in 0..<starts.count {
            let (s, e) = SourceText.trimmed(bytes, starts[k], ends[k])
            let startsWithTab = starts[k] < ends[k] && bytes[starts[k]] == 0x09
            if startsWithTab { tabLines += 1 }
            if s == e { kinds[k] = startsWithTab ? .cell : .blank; continue }
            if bytes[e - 1] == UInt8(ascii: "|") { pipeLines += 1 }
            kinds[k] = startsWithTab ? .cell : .text
        }
        let layout: TextLayout = pipeLines > tabLines ? .pipe : .tab
        self.layout = layout
        if layout == .pipe {
            for k in 0..<starts.count {
                let (s, e) = SourceText.trimmed(bytes, starts[k], ends[k])
                if s == e { kinds[k] = .blank; continue }
                if bytes[e - 1] == UInt8(ascii: "|") {
                    // `| ||` (only bars and spaces, more than one bar) marks a merged header cell.
                    var bars = 0, other = false
                    for j in s..<e { if bytes[j] == UInt8(ascii: "|") { bars += 1 } else if bytes[j] != 0x20 { other = true } }
                    kinds[k] = (!other && bars > 1) ? .merged : .cell
                } else {
                    kinds[k] = .text
                }
            }
        }
        self.kinds = kinds
    }

    /// The line without surrounding ASCII spaces and tabs (U+3000/U+00A0 kept) — offsets.
    @inline(__always)
    static func trimmed(_ bytes: [UInt8], _ start: Int, _ end: Int) -> (Int, Int) {
        var s = start, e = end
        while s < e && (bytes[s] == 0x20 || bytes[s] == 0x09) { s += 1 }
        while e > s && (bytes[e - 1] == 0x20 || bytes[e - 1] == 0x09) { e -= 1 }
        return (s, e)
    }

    /// The content bytes of cell line `k` (layout markers and surrounding spaces removed).
    func cellRange(_ k: Int) -> Range<Int> {
        var (s, e) = SourceText.trimmed(bytes, starts[k], ends[k])
        if layout == .pipe, kinds[k] == .cell || kinds[k] == .merged {
            if e > s && bytes[e - 1] == UInt8(ascii: "|") { e -= 1 }
            while e > s && bytes[e - 1] == 0x20 { e -= 1 }
        }
        return s..<e
    }

    /// Line `k` without surrounding ASCII spaces and tabs, as a byte range.
    func lineRange(_ k: Int) -> Range<Int> {
        let (s, e) = SourceText.trimmed(bytes, starts[k], ends[k])
        return s..<e
    }

    /// The text of line `k`, surrounding ASCII whitespace removed.
    func lineText(_ k: Int) -> String { string(lineRange(k)) }

    /// A string from a byte range.
    func string(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
}
