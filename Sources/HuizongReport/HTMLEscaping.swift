/// The one escaping function of the report.
///
/// Every text that comes from the inputs — unit and department names, file paths, rule
/// messages, project and item names, labels, the job's title — reaches the HTML only
/// through ``HTMLEscaping/escape(_:)``, in element content, in attribute values and inside
/// inline SVG alike. Markup the report writes itself is literal text in this module.
public enum HTMLEscaping {
    /// `text` made inert in HTML and SVG: `&`, `<`, `>`, `"` and `'` become character
    /// references, and control characters other than tab, line feed and carriage return
    /// (which HTML does not allow) become U+FFFD.
    ///
    /// The result is safe in element content and in quoted attribute values; the report
    /// always quotes attributes with `"`.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value < 0xA0) {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
