/// Byte-level comparisons of labels. Swift's `==`, `hasPrefix`, hashing and Foundation's
/// `contains` normalise Unicode (NFC) on every call, which is slow on Chinese text; the
/// template's labels are compared as they are printed, so comparing UTF-8 bytes is both
/// exact and fast. Nothing here allocates.
extension String {
    /// True when both texts have the same UTF-8 bytes.
    @inlinable
    public func bytesEqual(_ other: String) -> Bool {
        utf8.count == other.utf8.count && utf8.elementsEqual(other.utf8)
    }

    /// True when the text, with all whitespace removed, is `label` (given without whitespace).
    public func equalsIgnoringWhitespace(_ label: String) -> Bool {
        var text = self, wanted = label
        return text.withUTF8 { bytes in
            wanted.withUTF8 { target in
                var i = 0, k = 0
                while i < bytes.count {
                    let space = UTF8Whitespace.whitespaceLength(in: bytes, at: i)
                    if space > 0 { i += space; continue }
                    if k >= target.count || bytes[i] != target[k] { return false }
                    i += 1; k += 1
                }
                return k == target.count
            }
        }
    }

    /// True when the text's UTF-8 bytes start with `prefix`'s.
    public func hasPrefixBytes(_ prefix: String) -> Bool {
        let count = prefix.utf8.count
        return utf8.count >= count && utf8.prefix(count).elementsEqual(prefix.utf8)
    }

    /// True when the text's UTF-8 bytes end with `suffix`'s.
    public func hasSuffixBytes(_ suffix: String) -> Bool {
        let count = suffix.utf8.count
        return utf8.count >= count && utf8.suffix(count).elementsEqual(suffix.utf8)
    }

    /// True when the text contains no non-whitespace character.
    public var isBlank: Bool {
        var text = self
        return text.withUTF8 { UTF8Whitespace.trimmedRange($0).isEmpty }
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
        var text = self.text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
