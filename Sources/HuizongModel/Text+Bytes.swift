/// Byte-level comparisons of labels. Swift's `==`, `hasPrefix`, hashing and Foundation's
/// `contains` normalise Unicode (NFC) on every call, which is slow on Chinese text; the
/// template's labels are compared as they are printed, so comparing UTF-8 bytes is both
/// exact and fast. Nothing here allocates, and no text is copied (so none is retained):
/// the bytes are borrowed (``Swift/String/withBorrowedUTF8(_:)``).
extension String {
    /// True when both texts have the same UTF-8 bytes.
    @inlinable @inline(__always)
    public func bytesEqual(_ other: String) -> Bool {
        guard utf8.count == other.utf8.count else { return false }
        return withBorrowedUTF8 { x in other.withBorrowedUTF8 { y in UTF8Bytes.equal(x[...], y[...]) } }
    }

    /// True when the text, with all whitespace removed, is `label` (given without whitespace).
    public func equalsIgnoringWhitespace(_ label: String) -> Bool { matchesIgnoringWhitespace(label, whole: true) }

    /// True when the text's UTF-8 bytes start with `prefix`'s.
    public func hasPrefixBytes(_ prefix: String) -> Bool {
        guard utf8.count >= prefix.utf8.count else { return false }
        return withBorrowedUTF8 { x in prefix.withBorrowedUTF8 { y in UTF8Bytes.equal(x[..<y.count], y[...]) } }
    }

    /// True when the text, with all whitespace removed, starts with `prefix` (given
    /// without whitespace): `四、 财政专户…` starts with `四、`.
    public func hasPrefixIgnoringWhitespace(_ prefix: String) -> Bool { matchesIgnoringWhitespace(prefix, whole: false) }

    /// Compares the text, its whitespace skipped, with `label`'s bytes: true when they all
    /// match in order and, when `whole`, nothing but whitespace follows.
    private func matchesIgnoringWhitespace(_ label: String, whole: Bool) -> Bool {
        withBorrowedUTF8 { bytes in
            label.withBorrowedUTF8 { target in
                var i = 0, k = 0
                while i < bytes.count {
                    let space = UTF8Whitespace.whitespaceLength(in: bytes, at: i)
                    if space > 0 { i += space; continue }
                    if k == target.count { return !whole }
                    if bytes[i] != target[k] { return false }
                    i += 1; k += 1
                }
                return k == target.count
            }
        }
    }

    /// True when the text's UTF-8 bytes end with `suffix`'s.
    public func hasSuffixBytes(_ suffix: String) -> Bool {
        guard utf8.count >= suffix.utf8.count else { return false }
        return withBorrowedUTF8 { x in suffix.withBorrowedUTF8 { y in UTF8Bytes.equal(x[(x.count - y.count)...], y[...]) } }
    }

    /// True when the text contains no non-whitespace character.
    public var isBlank: Bool {
        withBorrowedUTF8 { UTF8Whitespace.trimmedRange($0).isEmpty }
    }
}

/// A string hashed and compared by its UTF-8 bytes: a dictionary key for labels that
/// avoids Unicode normalisation on every lookup.
public struct ByteKey: Hashable, Sendable {
    /// The text.
    public let text: String

    @inlinable public init(_ text: String) { self.text = text }

    public static func == (a: ByteKey, b: ByteKey) -> Bool { a.text.bytesEqual(b.text) }

    public func hash(into hasher: inout Hasher) {
        text.withBorrowedUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

/// Comparing runs of bytes eight at a time.
public enum UTF8Bytes {
    /// True when both slices (of equal length) hold the same bytes.
    @inlinable
    public static func equal(_ a: Slice<UnsafeBufferPointer<UInt8>>, _ b: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        let count = a.count
        guard count == b.count else { return false }
        guard count > 0 else { return true }
        let x = UnsafeRawPointer(a.base.baseAddress! + a.startIndex), y = UnsafeRawPointer(b.base.baseAddress! + b.startIndex)
        var i = 0
        while i + 8 <= count {
            if x.loadUnaligned(fromByteOffset: i, as: UInt64.self) != y.loadUnaligned(fromByteOffset: i, as: UInt64.self) { return false }
            i += 8
        }
        while i < count {
            if x.load(fromByteOffset: i, as: UInt8.self) != y.load(fromByteOffset: i, as: UInt8.self) { return false }
            i += 1
        }
        return true
    }
}
