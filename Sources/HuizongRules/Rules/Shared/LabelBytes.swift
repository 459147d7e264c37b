import HuizongModel

/// Label comparisons on UTF-8 bytes read in place (see ``StructureText/withBytes(_:_:)``),
/// against labels given as `StaticString`: no copy, no retain, no allocation unless a
/// label holds whitespace. Each mirrors a `String` helper of the model so results match.
enum LabelBytes {
    /// The bytes of `label`.
    @inline(__always)
    static func bytes(_ label: StaticString) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: label.utf8Start, count: label.utf8CodeUnitCount)
    }

    /// True when `a` and `b` have the same bytes (``String/bytesEqual(_:)``), read in place.
    static func equal(_ a: String, _ b: String) -> Bool { StructureText.equal(a, b) }

    /// True when `text` and `label` have the same bytes (``String/bytesEqual(_:)``).
    static func equal(_ text: UnsafeBufferPointer<UInt8>, _ label: StaticString) -> Bool {
        text.count == label.utf8CodeUnitCount && UTF8Bytes.equal(text[...], bytes(label)[...])
    }

    /// True when `text` with its whitespace removed is `label` (``String/equalsIgnoringWhitespace(_:)``).
    static func equalIgnoringWhitespace(_ text: UnsafeBufferPointer<UInt8>, _ label: StaticString) -> Bool {
        let target = bytes(label)
        var i = 0, k = 0
        while i < text.count {
            let space = UTF8Whitespace.whitespaceLength(in: text, at: i)
            if space > 0 { i += space; continue }
            if k >= target.count || text[i] != target[k] { return false }
            i += 1; k += 1
        }
        return k == target.count
    }

    /// True when `bytes` (the label `text`, holding whitespace when `spaced`) contain
    /// `keyword`, as printed or once whitespace is removed (`containsBytes` on the text or
    /// on `removingWhitespace`).
    static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ keyword: StaticString, text: String, spaced: Bool) -> Bool {
        contains(bytes, keyword) || (spaced && text.removingWhitespace.containsBytes(keyword.description))
    }

    /// True when `text` contains `keyword` (``String/containsBytes(_:)``), its bytes read
    /// in place (`containsBytes` copies both texts, a retain and a release each).
    static func contains(_ text: String, _ keyword: StaticString) -> Bool {
        StructureText.withBytes(text) { contains($0, keyword) }
    }

    /// True when `text` starts with `prefix` (``String/hasPrefixBytes(_:)``), its bytes read in place.
    static func hasPrefix(_ text: String, _ prefix: StaticString) -> Bool {
        StructureText.withBytes(text) { bytes in
            let wanted = self.bytes(prefix)
            return bytes.count >= wanted.count && UTF8Bytes.equal(bytes[..<wanted.count], wanted[...])
        }
    }

    /// True when `bytes` contain `keyword`'s bytes (``String/containsBytes(_:)``).
    static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ keyword: StaticString) -> Bool {
        contains(bytes, self.bytes(keyword))
    }

    /// True when `bytes` contain the bytes `needle` (``String/containsBytes(_:)``).
    static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !needle.isEmpty else { return true }
        guard bytes.count >= needle.count else { return false }
        let first = needle[0]
        for start in 0...(bytes.count - needle.count) where bytes[start] == first
            && UTF8Bytes.equal(bytes[start..<(start + needle.count)], needle[...]) { return true }
        return false
    }
}

/// The first line naming each of four labels, exactly and once whitespace is removed,
/// filled in while visiting the lines in order.
struct LabelMatches {
    private var exact = InlineArray<4, Int>(repeating: -1)
    private var loose = InlineArray<4, Int>(repeating: -1)

    /// Records which of `labels` line `index` (label `bytes`, holding whitespace when
    /// `spaced`) names; returns the positions it names once whitespace is removed (exact
    /// names included), as bits.
    mutating func visit(_ bytes: UnsafeBufferPointer<UInt8>, spaced: Bool, at index: Int,
                        _ labels: InlineArray<4, StaticString>) -> LabelSet {
        var matched = LabelSet()
        for position in 0..<4 {
            let isExact = LabelBytes.equal(bytes, labels[position])
            guard isExact || (spaced && LabelBytes.equalIgnoringWhitespace(bytes, labels[position])) else { continue }
            matched.insert(position)
            if isExact && exact[position] < 0 { exact[position] = index }
            if loose[position] < 0 { loose[position] = index }
        }
        return matched
    }

    /// The line of label `position` as ``BalanceTable/line(income:)`` finds it: the first
    /// exact name, else the first once whitespace is removed.
    subscript(position: Int) -> Int? {
        exact[position] >= 0 ? exact[position] : loose[position] >= 0 ? loose[position] : nil
    }

    /// The first line naming label `position`, exactly or once whitespace is removed.
    func firstLoose(_ position: Int) -> Int? { loose[position] >= 0 ? loose[position] : nil }
}

/// A set of label positions (0…7).
struct LabelSet {
    private var bits: UInt8 = 0
    mutating func insert(_ position: Int) { bits |= 1 << UInt8(position) }
    func contains(_ position: Int) -> Bool { bits & (1 << UInt8(position)) != 0 }
    var isEmpty: Bool { bits == 0 }
}

/// `String ==` (canonical equivalence) decided on bytes where it can be. A text made only of
/// scalars that have no canonical decomposition and combine with nothing (ASCII, CJK
/// U+4000–U+9FFF, CJK punctuation U+3000–U+3029 and U+3030–U+303F, full-width forms
/// U+FF00–U+FFFF) is its own normal form, so two such texts are equal exactly when their
/// bytes are; anything else is compared by `==`.
enum StableText {
    /// True when `text` is made only of the scalars above.
    static func isStable(_ text: String) -> Bool {
        StructureText.withBytes(text) { bytes in
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b < 0x80 { i += 1; continue }
                guard i + 2 < bytes.count else { return false }
                let c = bytes[i + 1], d = bytes[i + 2]
                let stable = (b >= 0xE4 && b <= 0xE9)
                    || (b == 0xEF && c >= 0xBC)
                    || (b == 0xE3 && c == 0x80 && (d < 0xAA || d >= 0xB0))
                guard stable else { return false }
                i += 3
            }
            return true
        }
    }

    /// `a == b`, where `aStable` and `bStable` are ``isStable(_:)`` of each.
    static func equal(_ a: String, _ aStable: Bool, _ b: String, _ bStable: Bool) -> Bool {
        if LabelBytes.equal(a, b) { return true }
        return aStable && bStable ? false : a == b
    }
}
