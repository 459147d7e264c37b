/// The reader's UTF-8 check and its unchecked strings, for other modules' text files.
///
/// Making a `String` with `String(decoding:as:)` checks its bytes scalar by scalar: for
/// the 40,000 fields of a 10,000-unit hierarchy CSV that check was 42 M of the 68 M
/// instructions its reading took, before the first unit could be read. A file that passes
/// the reader's strict check once (``isValid(_:)``, five CJK characters per vector compare)
/// can have its pieces made strings without a second check (``string(validPiece:)``).
public enum UTF8Text {
    /// Whether `bytes` are strict UTF-8 (no overlong forms, no surrogates, nothing above
    /// U+10FFFF): the check the reader makes of every file.
    public static func isValid(_ bytes: [UInt8]) -> Bool { TextScan(bytes).isValidUTF8 }

    /// The string of `piece`: contiguous bytes of a text for which ``isValid(_:)`` held
    /// (or the concatenation of such pieces), the same string `String(decoding:as:)`
    /// makes. A piece that starts or ends inside a character is decoded the checked way.
    public static func string(validPiece piece: UnsafeBufferPointer<UInt8>) -> String {
        ValidUTF8.string(piece)
    }
}
