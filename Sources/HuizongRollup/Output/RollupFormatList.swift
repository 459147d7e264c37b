import Foundation

extension RollupFormat {
    /// The formats named in `list` (comma-separated, each name trimmed of the blanks of
    /// `CharacterSet.whitespaces`: tab, the space separators and U+200B), in order: each
    /// name as written and its format, nil for an unknown name.
    ///
    /// Trims scalar by scalar: Foundation's `trimmingCharacters(in:)` goes through UTF-16,
    /// whose first use costs the run-time conformance look-ups of a UTF-16 decode
    /// (about a million instructions, serial, at start-up).
    public static func parseList(_ list: String) -> [(name: Substring, format: RollupFormat?)] {
        list.split(separator: ",").map { name in (name, RollupFormat(rawValue: trimmedBlanks(name))) }
    }

    /// `text` without its leading and trailing scalars of `CharacterSet.whitespaces`, as
    /// `trimmingCharacters(in: .whitespaces)` returns it.
    static func trimmedBlanks(_ text: Substring) -> String {
        let blanks = CharacterSet.whitespaces
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !blanks.contains($0) }),
              let last = scalars.lastIndex(where: { !blanks.contains($0) }) else { return "" }
        return String(scalars[first...last])
    }
}
