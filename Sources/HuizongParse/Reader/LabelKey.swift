import HuizongModel

/// The comparison key of a label: whitespace and quotes removed, ASCII colon and
/// parentheses made full-width (`科目  编码` = `科目编码`, `预算年度:` = `预算年度：`,
/// `财政拨款"三公"经费` = `财政拨款“三公”经费`).
///
/// Keys of the template's labels are computed once; a cell is compared with them byte by
/// byte as its key is produced (forwards, or backwards for a suffix), without building
/// a string or an array.
struct LabelKey: Hashable, Sendable {
    /// The UTF-8 bytes of the key.
    let bytes: [UInt8]

    /// The key of `text`.
    init(_ text: String) {
        var key: [UInt8] = []
        let source = Array(text.utf8)
        _ = LabelKey.forEachKeyByte(source, 0..<source.count) { b in key.append(b); return true }
        bytes = key
    }

    /// True when the key of `bytes[range]` (valid UTF-8) equals this key.
    func matches(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        // A key is its own key: text printed exactly as the key needs no key of its own.
        if isExactly(bytes, range) { return true }
        var matcher = PrefixMatcher(key: self.bytes)
        return LabelKey.forEachKeyByte(bytes, range) { matcher.accept($0) } && matcher.isComplete
    }

    /// True when the key of the cell's text (all its lines) equals this key.
    func matches(_ cell: Cell, in text: SourceText) -> Bool {
        if cell.isSingleLine && (isExactly(text.bytes, cell.range) || isSpacedOut(text.bytes, cell.range)) { return true }
        var matcher = PrefixMatcher(key: bytes)
        return LabelKey.forEachKeyByte(cell, in: text) { matcher.accept($0) } && matcher.isComplete
    }

    /// True when `bytes[range]` are the key's bytes themselves (the usual case of a label
    /// printed as the template prints it): then the text's key is this key too, as no key
    /// holds a byte that making a key drops or changes.
    @inline(__always)
    func isExactly(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        guard range.count == self.bytes.count else { return false }
        return bytes.withUnsafeBufferPointer { text in
            self.bytes.withUnsafeBufferPointer { key in
                guard let textBase = text.baseAddress, let keyBase = key.baseAddress else { return key.isEmpty }
                let x = UnsafeRawPointer(textBase + range.lowerBound), y = UnsafeRawPointer(keyBase)
                let count = key.count
                var offset = 0
                while offset + 8 <= count {
                    if x.loadUnaligned(fromByteOffset: offset, as: UInt64.self) != y.loadUnaligned(fromByteOffset: offset, as: UInt64.self) {
                        return false
                    }
                    offset += 8
                }
                while offset < count {
                    if x.load(fromByteOffset: offset, as: UInt8.self) != y.load(fromByteOffset: offset, as: UInt8.self) { return false }
                    offset += 1
                }
                return true
            }
        }
    }

    /// True when `bytes[range]` are the key's bytes with ASCII spaces before, between or
    /// after them (`其中：财政    资金`): making a key drops those spaces and, as for
    /// ``isExactly(_:_:)``, keeps every byte of a key, so the text's key is this key. A
    /// space is a whole scalar in UTF-8, so the key's scalars are the text's. Read in one
    /// pass over the bytes, where producing the key byte by byte cost five times as much;
    /// any other text stops at its first byte that differs.
    @inline(__always)
    func isSpacedOut(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        bytes.withUnsafeBufferPointer { text in
            self.bytes.withUnsafeBufferPointer { key in
                var matched = 0
                for index in range {
                    let b = text[index]
                    if b == 0x20 { continue }
                    guard matched < key.count, key[matched] == b else { return false }
                    matched &+= 1
                }
                return matched == key.count
            }
        }
    }

    /// True when the key of the cell's text starts with this key.
    func isPrefix(of cell: Cell, in text: SourceText) -> Bool {
        var matcher = PrefixMatcher(key: bytes)
        _ = LabelKey.forEachKeyByte(cell, in: text) { matcher.accept($0) }
        return matcher.isComplete
    }

    /// True when the key of `bytes[range]` ends with this key.
    func isSuffix(of bytes: [UInt8], _ range: Range<Int>) -> Bool {
        var matcher = SuffixMatcher(key: self.bytes)
        _ = LabelKey.forEachKeyByteBackward(bytes, range) { matcher.accept($0) }
        return matcher.isComplete
    }

    /// True when the key of the cell's text ends with this key.
    func isSuffix(of cell: Cell, in text: SourceText) -> Bool {
        var matcher = SuffixMatcher(key: bytes)
        for line in cell.moreLines.reversed() {
            guard LabelKey.forEachKeyByteBackward(text.bytes, text.cellRange(line), { matcher.accept($0) }) else {
                return matcher.isComplete
            }
        }
        _ = LabelKey.forEachKeyByteBackward(text.bytes, cell.range) { matcher.accept($0) }
        return matcher.isComplete
    }
}

/// Compares key bytes given first to last with a key, from its start.
private struct PrefixMatcher {
    let key: [UInt8]
    var matched = 0

    init(key: [UInt8]) { self.key = key }

    /// Takes the next byte; false (stop) when it differs or the key is complete.
    @inline(__always)
    mutating func accept(_ b: UInt8) -> Bool {
        guard matched < key.count, key[matched] == b else { return false }
        matched += 1
        return true
    }

    var isComplete: Bool { matched == key.count }
}

/// Compares key bytes given last to first with a key, from its end.
private struct SuffixMatcher {
    let key: [UInt8]
    var matched = 0

    init(key: [UInt8]) { self.key = key }

    /// Takes the previous byte; false (stop) when it differs or the key is complete.
    @inline(__always)
    mutating func accept(_ b: UInt8) -> Bool {
        guard matched < key.count, key[key.count - 1 - matched] == b else { return false }
        matched += 1
        return matched < key.count
    }

    var isComplete: Bool { matched == key.count }
}
