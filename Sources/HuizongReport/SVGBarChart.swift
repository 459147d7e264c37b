import HuizongModel

/// A horizontal bar chart as inline SVG: one bar per item, labelled with its name on the
/// left and its amount (`Amount.text()`) after the bar. No script, no external resource.
///
/// Amounts are exact; only the bar lengths use a `Double` ratio to the largest amount.
struct SVGBarChart {
    /// One bar.
    struct Bar {
        /// The label, e.g. `208 社会保障和就业支出` (escaped when drawn).
        var label: String
        /// The amount; an empty cell draws no bar and prints 空.
        var amount: Amount?
    }

    /// What the chart shows, for screen readers (escaped).
    var title: String
    var bars: [Bar]

    /// The drawing's width in user units (the SVG scales to the page width).
    static let width = 760.0
    static let rowHeight = 24.0
    static let barHeight = 16.0
    static let fontSize = 13.0
    /// Labels longer than this (in user units) are shortened with …; the full label is the bar's tooltip.
    static let maxLabelWidth = 300.0
    /// Room for the amount after the longest bar.
    static let amountWidth = 110.0

    /// The `<svg>` element, or a note when there is nothing to draw.
    func render() -> String {
        guard !bars.isEmpty else { return "<p class=\"note\">无数据。</p>" }
        let labelWidth = min(Self.maxLabelWidth, bars.map { Self.textWidth($0.label) }.max() ?? 0) + 8
        let barStart = labelWidth + 8
        let barSpace = Self.width - barStart - Self.amountWidth
        let largest = bars.compactMap(\.amount).filter { $0.fen > 0 }.max()
        let height = Double(bars.count) * Self.rowHeight + 8
        var svg = "<svg class=\"chart\" viewBox=\"0 0 \(Self.number(Self.width)) \(Self.number(height))\" "
        svg += "width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" role=\"img\" aria-label=\"\(esc(title))\">\n"
        svg += "<title>\(esc(title))</title>\n"
        for (index, bar) in bars.enumerated() {
            let top = 4 + Double(index) * Self.rowHeight
            let middle = top + Self.rowHeight / 2
            let ratio: Double
            if let amount = bar.amount, let largest, amount.fen > 0 {
                ratio = Double(amount.fen) / Double(largest.fen)
            } else {
                ratio = 0
            }
            let length = max(ratio * barSpace, bar.amount.map { $0.fen > 0 } == true ? 1 : 0)
            let negative = (bar.amount?.fen ?? 0) < 0
            svg += "<g><title>\(esc(bar.label))：\(esc(bar.amount?.text() ?? "空")) 万元</title>"
            svg += "<text class=\"label\" x=\"\(Self.number(labelWidth))\" y=\"\(Self.number(middle))\" "
            svg += "text-anchor=\"end\" dominant-baseline=\"central\">\(esc(Self.shortened(bar.label)))</text>"
            svg += "<rect class=\"bar\" x=\"\(Self.number(barStart))\" y=\"\(Self.number(middle - Self.barHeight / 2))\" "
            svg += "width=\"\(Self.number(length))\" height=\"\(Self.number(Self.barHeight))\" rx=\"2\"></rect>"
            svg += "<text class=\"value\(negative ? " negative" : "")\" x=\"\(Self.number(barStart + length + 6))\" "
            svg += "y=\"\(Self.number(middle))\" dominant-baseline=\"central\">\(esc(bar.amount?.text() ?? "空"))</text></g>\n"
        }
        svg += "<line class=\"axis\" x1=\"\(Self.number(barStart))\" y1=\"2\" x2=\"\(Self.number(barStart))\" "
        svg += "y2=\"\(Self.number(height - 2))\"></line>\n</svg>\n"
        return svg
    }

    /// The approximate drawn width of `text`: full width for CJK and other wide
    /// characters, a little over half for Latin letters and digits.
    static func textWidth(_ text: String) -> Double {
        text.unicodeScalars.reduce(0) { $0 + (isWide($1) ? fontSize : fontSize * 0.6) }
    }

    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x1100 && !(scalar.value >= 0x2000 && scalar.value < 0x2E80)
    }

    /// `label` cut to ``maxLabelWidth`` with an ellipsis (by characters, never inside one).
    static func shortened(_ label: String) -> String {
        guard textWidth(label) > maxLabelWidth else { return label }
        var out = ""
        var width = fontSize   // room for the ellipsis
        for character in label {
            let w = textWidth(String(character))
            if width + w > maxLabelWidth { break }
            out.append(character)
            width += w
        }
        return out + "…"
    }

    /// A coordinate with at most one decimal.
    static func number(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        let whole = Int(tenths) / 10, fraction = abs(Int(tenths) % 10)
        return fraction == 0 ? String(whole) : "\(tenths < 0 && whole == 0 ? "-" : "")\(whole).\(fraction)"
    }
}
