/// Where a piece of the model was read from: a 1-based line of the input file.
///
/// Locations never take part in equality or hashing: a budget read from the tab layout
/// and the same budget read from the pipe layout are equal although their line numbers
/// differ. They are kept so that findings can point at the source line.
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The 1-based line number, 0 when the value was not read from a file (computed or generated).
    public var line: Int

    /// A location on `line`.
    public init(line: Int) { self.line = line }
    /// No location: built, not read.
    public static let none = SourceLocation(line: 0)

    public static func == (a: SourceLocation, b: SourceLocation) -> Bool { true }
    public func hash(into hasher: inout Hasher) {}
    public var description: String { line > 0 ? "第\(line)行" : "" }

    public init(from decoder: Decoder) throws { line = try decoder.singleValueContainer().decode(Int.self) }
    public func encode(to encoder: Encoder) throws { var c = encoder.singleValueContainer(); try c.encode(line) }
}
