/// Strings made from bytes the reader has already checked to be UTF-8.
///
/// Every text the reader parses is strict UTF-8: a file's bytes pass ``TextScan`` 's check
/// (no overlong forms, no surrogates, nothing above U+10FFFF), and a file converted from
/// GB18030 or UTF-16 is the bytes of a `String`. The reader cuts such a text only between
/// characters. `String(decoding:as:)` checks the bytes again, scalar by scalar: for a new
/// paragraph of Chinese text that second check was most of the cost of making its string
/// (a 792-byte paragraph: 2.8 µs, against 0.2 µs made from the bytes as they are).
///
/// A piece of a valid text that starts at a character and ends with a whole one is valid
/// itself, so only its two ends are looked at; a piece that cuts a character (none of the
/// reader's does) is decoded the checked way, as before. The strings are the same as
/// `String(decoding:as:)` makes, down to the flag that marks an all-ASCII text.
enum ValidUTF8 {
    /// The string of `bytes`, a contiguous piece of a text that is valid UTF-8.
    static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let count = bytes.count
        guard count > 0 else { return "" }
        guard startsAndEndsWhole(bytes) else { return String(decoding: bytes, as: UTF8.self) }
        // A text of at most 15 bytes is held inside the `String` value, which works out
        // its ASCII flag from its bytes itself: only a longer text needs it scanned here.
        let ascii = count > smallLimit && isASCII(bytes)
        let span = unsafe UTF8Span(unchecked: bytes.span, isKnownASCII: ascii)
        return String(copying: span)
    }

    /// The longest text a `String` holds inside its value (on 64-bit platforms).
    static let smallLimit = 15

    /// Whether `bytes` (not empty) begins with a character's first byte and ends with a
    /// character's last.
    @inline(__always)
    static func startsAndEndsWhole(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        guard bytes[0] & 0xC0 != 0x80 else { return false }
        // The last character's first byte: at most three continuation bytes back.
        var lead = count &- 1
        while lead > 0 && count &- lead < 4 && bytes[lead] & 0xC0 == 0x80 { lead &-= 1 }
        let b = bytes[lead]
        let length = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 0
        return length == count &- lead
    }

    /// Whether every byte of `bytes` is ASCII, read eight bytes at a time.
    @inline(__always)
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let base = UnsafeRawPointer(bytes.baseAddress!)
        let count = bytes.count
        var bits: UInt64 = 0
        var offset = 0
        while offset &+ 8 <= count {
            bits |= base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            offset &+= 8
        }
        while offset < count {
            bits |= UInt64(base.load(fromByteOffset: offset, as: UInt8.self))
            offset &+= 1
        }
        return bits & 0x8080_8080_8080_8080 == 0
    }
}
