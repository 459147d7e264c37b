import Foundation
import HuizongModel

/// Prints a ``Budget`` as JSON: keys sorted, pretty-printed, slashes unescaped.
/// Amounts encode as decimal strings in 万元 (`"1047.65"`), never as floats; empty
/// cells as `null`; source locations as line numbers.
public enum JSONWriter {
    /// The JSON text of `budget` (UTF-8, no trailing line end).
    public static func write(_ budget: Budget) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let data = try encoder.encode(budget)
        return String(decoding: data, as: UTF8.self)
    }
}
