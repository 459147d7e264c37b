import HuizongModel

/// Cells written into room made for a whole row at once (``LayoutBuffer/write(room:endsWithBlank:_:)``):
/// the same bytes as ``LayoutBuffer/cell(_:)``, ``LayoutBuffer/amountCell(_:)`` and
/// ``LayoutBuffer/quantityCell(_:)``, without a room test and a uniqueness check of the
/// buffer per cell. Each writes at `out` and returns the bytes written.
extension LayoutBuffer {
    /// The room a text cell of `text` takes: TAB, its bytes, the line end.
    @inline(__always)
    static func cellRoom(_ text: String) -> Int { text.utf8.count &+ 2 }

    /// A text cell: TAB, the text's bytes, the line end (as ``cell(_:)`` writes it).
    @inline(__always)
    static func putCell(_ text: String, at out: UnsafeMutablePointer<UInt8>) -> Int {
        text.withBorrowedUTF8 { bytes in
            out[0] = 0x09
            if let base = bytes.baseAddress, !bytes.isEmpty { (out + 1).update(from: base, count: bytes.count) }
            out[1 &+ bytes.count] = 0x0A
            return 2 &+ bytes.count
        }
    }

    /// The room a whole, non-negative quantity's cell takes at most: TAB, 19 digits, the line end.
    static let wholeQuantityRoom = 24

    /// True when ``quantityCell(_:)`` writes `value`'s digits itself (a whole, non-negative
    /// quantity); otherwise it prints ``CellText/quantity(_:)``.
    @inline(__always)
    static func isWholeQuantity(_ value: Quantity?) -> Bool {
        guard let value else { return false }
        return value.decimals == 0 && value.tenThousandths >= 0
    }

    /// The cell of a whole, non-negative quantity (``isWholeQuantity(_:)``): TAB, its
    /// digits, the line end.
    @inline(__always)
    static func putWholeQuantityCell(_ value: Quantity, at out: UnsafeMutablePointer<UInt8>) -> Int {
        var whole = value.tenThousandths / 10_000
        var digits = 1
        var rest = whole / 10
        while rest > 0 { digits &+= 1; rest /= 10 }
        out[0] = 0x09
        var index = digits
        repeat { out[index] = 0x30 + UInt8(truncatingIfNeeded: whole % 10); whole /= 10; index &-= 1 } while whole > 0
        out[digits &+ 1] = 0x0A
        return digits &+ 2
    }
}
