/// Where a piece of the model was read from: a 1-based line of the input file.
///
/// Locations never take part in equality or hashing: a budget read from the tab layout
/// and the same budget read from the pipe layout are equal although their line numbers
/// differ. They are kept so that findings can point at the source line.
///
/// The line is stored in 32 bits: every row, line, claim and block of a budget carries a
/// location, and four bytes (beside a row's one-byte tags) let those values pack into
/// fewer bytes than an eight-byte field would (see the field order of ``ClassifiedRow``,
/// ``NarrativeClaim``, ``TableHeader``…). A file of more than 4,294,967,295 lines cannot be
/// read (it would be larger than 4 GB of line ends).
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    @usableFromInline var storedLine: UInt32

    /// The 1-based line number, 0 when the value was not read from a file (computed or generated).
    @inlinable public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Self.stored(newValue) }
    }

    /// A location on `line` (0…4,294,967,295).
    @inlinable public init(line: Int) { storedLine = Self.stored(line) }
    /// No location: built, not read.
    public static let none = SourceLocation(line: 0)

    /// `line` in 32 bits; traps on a negative line or one beyond 32 bits.
    @inlinable static func stored(_ line: Int) -> UInt32 {
        guard let stored = UInt32(exactly: line) else { preconditionFailure("line \(line) is not a line of a file") }
        return stored
    }

    public static func == (a: SourceLocation, b: SourceLocation) -> Bool { true }
    public func hash(into hasher: inout Hasher) {}
    public var description: String { line > 0 ? "第\(line)行" : "" }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let line = try container.decode(Int.self)
        guard let stored = UInt32(exactly: line) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "line \(line) is not a line of a file")
        }
        storedLine = stored
    }
    public func encode(to encoder: Encoder) throws { var c = encoder.singleValueContainer(); try c.encode(line) }
}
