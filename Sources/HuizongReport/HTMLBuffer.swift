import HuizongModel
import HuizongRules

/// Shorthand for ``HTMLEscaping/escape(_:)`` inside this module's markup literals.
@inline(__always) func esc(_ text: String) -> String { HTMLEscaping.escape(text) }

/// One cell of a report table. Every case that carries text escapes it when written.
enum Cell {
    /// Text from the inputs or the report (escaped).
    case text(String)
    /// A code (unit code, catalogue code): escaped, monospaced, never wrapped.
    case code(String)
    /// An amount in 万元 as `Amount.text()`, right-aligned; an empty cell shows 空.
    case amount(Amount?)
    /// A difference as `signedText` (+1.00 / −1.00), right-aligned and coloured.
    case change(Amount)
    /// A number other than an amount (a quantity), escaped and right-aligned.
    case number(String)
    /// A count, right-aligned; zero is shown dimmed, `alert` marks non-zero counts.
    case count(Int, alert: String? = nil)
    /// Several lines of text (escaped each), one under the other.
    case lines([String])
    /// Markup built by this module's own builders (never raw input text).
    case markup(String)

    /// The cell's `<td>`.
    var html: String {
        switch self {
        case .text(let text): return "<td>\(esc(text))</td>"
        case .code(let code): return "<td class=\"code\">\(esc(code))</td>"
        case .amount(let amount): return "<td class=\"num\">\(Cell.amountText(amount))</td>"
        case .change(let amount):
            let kind = amount.fen > 0 ? "up" : amount.fen < 0 ? "down" : "zero"
            return "<td class=\"num \(kind)\">\(esc(amount.signedText))</td>"
        case .number(let text): return "<td class=\"num\">\(esc(text))</td>"
        case .count(let count, let alert):
            let kind = count == 0 ? " zero" : alert.map { " \($0)" } ?? ""
            return "<td class=\"num\(kind)\">\(count)</td>"
        case .lines(let lines): return "<td>\(lines.map(esc).joined(separator: "<br>"))</td>"
        case .markup(let markup): return "<td>\(markup)</td>"
        }
    }

    /// `Amount.text()`, or a dimmed 空 for an empty cell.
    static func amountText(_ amount: Amount?) -> String {
        amount.map { esc($0.text()) } ?? "<span class=\"empty\">空</span>"
    }
}

/// A table column: its heading, whether it holds numbers (right-aligned), and whether the
/// heading may wrap (short headings of narrow columns do not).
struct Column {
    var title: String
    var numeric = false
    var nowrap = false

    /// A text column.
    static func text(_ title: String) -> Column { Column(title: title) }
    /// A narrow column (codes, tags) whose heading stays on one line.
    static func code(_ title: String) -> Column { Column(title: title, nowrap: true) }
    /// A number column; its heading stays on one line unless `wrap`.
    static func number(_ title: String, wrap: Bool = false) -> Column { Column(title: title, numeric: true, nowrap: !wrap) }

    /// The column's `<th>`.
    var html: String {
        let classes = (numeric ? ["num"] : []) + (nowrap ? ["nowrap"] : [])
        return "<th\(classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\"")>\(esc(title))</th>"
    }
}

/// Accumulates the report's markup. Text goes in through `text`, `element` and table
/// cells, which escape it; `markup` takes only this module's own literal markup.
struct HTMLBuffer {
    private(set) var html = ""

    init() { html.reserveCapacity(64 * 1024) }

    /// Appends literal markup written by this module.
    mutating func markup(_ literal: String) { html += literal }

    /// Appends escaped text.
    mutating func text(_ text: String) { html += esc(text) }

    /// Appends `<tag class="…">text</tag>` with `text` escaped.
    mutating func element(_ tag: String, _ text: String, class cls: String? = nil) {
        html += "<\(tag)\(cls.map { " class=\"\(esc($0))\"" } ?? "")>\(esc(text))</\(tag)>"
    }

    /// Opens a numbered report section with its heading.
    mutating func openSection(id: String, title: String) {
        html += "<section id=\"\(esc(id))\"><h2>\(esc(title))</h2>\n"
    }

    /// Closes the section.
    mutating func closeSection() { html += "</section>\n" }

    /// A short note (`<p class="note">`), escaped.
    mutating func note(_ text: String, class cls: String = "note") { element("p", text, class: cls) }

    /// Appends a table; `footer` rows (totals) are set apart in `<tfoot>`.
    mutating func table(_ columns: [Column], rows: [[Cell]], footer: [[Cell]] = [], class cls: String = "") {
        html += "<table\(cls.isEmpty ? "" : " class=\"\(esc(cls))\"")><thead><tr>"
        for column in columns { html += column.html }
        html += "</tr></thead>\n<tbody>\n"
        for row in rows { html += "<tr>" + row.map(\.html).joined() + "</tr>\n" }
        html += "</tbody>"
        if !footer.isEmpty {
            html += "<tfoot>"
            for row in footer { html += "<tr>" + row.map(\.html).joined() + "</tr>" }
            html += "</tfoot>"
        }
        html += "</table>\n"
    }
}
