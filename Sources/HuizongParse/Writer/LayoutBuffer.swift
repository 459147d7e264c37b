import HuizongModel

/// Collects the lines of the tab layout: one grid cell per line starting with a TAB,
/// a blank line after each row, continuation lines of multi-line cells without a TAB.
struct LayoutBuffer {
    /// Room for the output: the UTF-8 bytes written so far are `storage[..<count]`, every
    /// line ended by `\n`; the rest is room not yet written (see ``room(_:copying:)``),
    /// doubled when full. Bytes, not a
    /// `String`: appending to a `String` checks grapheme boundaries at every join, which
    /// costs hundreds of instructions per cell of Chinese text; and writing into room
    /// already there costs a store per byte, where each `Array.append` checks capacity.
    private var storage: [UInt8]
    /// The number of bytes written.
    private var count = 0
    /// True when the last line written is blank (or nothing was written).
    private(set) var endsWithBlank = true

    /// An empty buffer with room for `capacity` bytes (at least 40,000) before it grows.
    init(capacity: Int = 40_000) { storage = Self.room(max(capacity, 40_000), copying: nil) }

    /// `capacity` bytes of room, the first of them copied from `written`, the rest left
    /// as the allocator gave them: no byte past ``count`` is ever read (``finish()`` cuts
    /// them off), and a large block's pages are taken only when the text reaches them. A
    /// zero fill wrote every page of the room at once: the district's text (8.7 MB at
    /// 10,000 units) outgrew its estimate and held 16 MB of written room until saved.
    private static func room(_ capacity: Int, copying written: UnsafeBufferPointer<UInt8>?) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: capacity) { room, initialized in
            if let written, let base = written.baseAddress, !written.isEmpty {
                room.baseAddress!.update(from: base, count: written.count)
            }
            // Counted as the room (bytes need no initialization to be overwritten).
            initialized = capacity
        }
    }

    /// The bytes written; the buffer is empty afterwards.
    mutating func finish() -> [UInt8] {
        storage.removeLast(storage.count - count)
        count = 0
        defer { storage = [] }
        return storage
    }

    /// Writes `body`'s bytes between an optional `prefix` and `suffix` byte.
    @inline(__always)
    private mutating func write(_ body: UnsafeBufferPointer<UInt8>, prefix: UInt8?, suffix: UInt8?) {
        makeRoom(body.count + 2)
        let start = count
        count = storage.withUnsafeMutableBufferPointer { Self.put(body, prefix: prefix, suffix: suffix, into: $0, at: start) }
    }

    /// Grows the room (doubling it) when fewer than `needed` bytes are left.
    @inline(__always)
    private mutating func makeRoom(_ needed: Int) {
        if count + needed > storage.count { grow(needed) }
    }

    /// Doubles the room (or makes room for `needed` more bytes, when more), keeping the
    /// bytes written.
    @inline(never)
    private mutating func grow(_ needed: Int) {
        let capacity = storage.count + max(storage.count, needed), written = count
        storage = storage.withUnsafeBufferPointer { Self.room(capacity, copying: UnsafeBufferPointer(rebasing: $0[..<written])) }
    }

    /// Copies `prefix`, `body` and `suffix` into `room` from `start` (the room is there);
    /// returns where the copy ends.
    @inline(__always)
    private static func put(_ body: UnsafeBufferPointer<UInt8>, prefix: UInt8?, suffix: UInt8?,
                            into room: UnsafeMutableBufferPointer<UInt8>, at start: Int) -> Int {
        var at = start
        if let prefix { room[at] = prefix; at += 1 }
        if let base = body.baseAddress, !body.isEmpty {
            (room.baseAddress! + at).update(from: base, count: body.count)
            at += body.count
        }
        if let suffix { room[at] = suffix; at += 1 }
        return at
    }

    /// Writes the text's UTF-8 bytes between an optional `prefix` and `suffix` byte. They
    /// are borrowed with `withCString` (a native text's own bytes, which end in a NUL; the
    /// count is `utf8.count`, so a NUL inside the text is copied too), not through
    /// `utf8.withContiguousStorageIfAvailable`: the `utf8` view is a copy of the text, which
    /// retained it at every cell, and texts the reader shares between units would have their
    /// counts bounced between the threads writing them.
    @inline(__always)
    private mutating func write(_ text: String, prefix: UInt8?, suffix: UInt8?) {
        let length = text.utf8.count
        makeRoom(length + 2)
        let start = count
        count = storage.withUnsafeMutableBufferPointer { room in
            text.withCString { chars in
                chars.withMemoryRebound(to: UInt8.self, capacity: length) {
                    Self.put(UnsafeBufferPointer(start: $0, count: length), prefix: prefix, suffix: suffix, into: room, at: start)
                }
            }
        }
    }

    /// The number of bytes written so far.
    var byteCount: Int { count }

    /// Writes several cells at once: room is made for `room` bytes, and `body` writes at
    /// most that many from the pointer it is given and returns how many it wrote (one room
    /// test and one uniqueness check for a whole row; see `LayoutBuffer+Rows.swift`).
    /// `endsWithBlank` tells whether they end with a blank line.
    @inline(__always)
    mutating func write(room: Int, endsWithBlank: Bool, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        makeRoom(room)
        let start = count
        count = storage.withUnsafeMutableBufferPointer { start &+ body($0.baseAddress! + start) }
        self.endsWithBlank = endsWithBlank
    }

    /// Copies `bytes` that this writer printed before (a part of another text), as they
    /// are; `endsWithBlank` tells whether they end with a blank line.
    mutating func append(_ bytes: ArraySlice<UInt8>, endsWithBlank: Bool) {
        if bytes.isEmpty { return }
        bytes.withUnsafeBufferPointer { write($0, prefix: nil, suffix: nil) }
        self.endsWithBlank = endsWithBlank
    }

    /// One byte.
    @inline(__always)
    private mutating func write(_ byte: UInt8) {
        write(UnsafeBufferPointer(start: nil, count: 0), prefix: byte, suffix: nil)
    }

    /// A line as is (titles, paragraphs, notes).
    mutating func line(_ line: String) {
        write(line, prefix: nil, suffix: 0x0A)
        endsWithBlank = line.isEmpty
    }

    /// `count` blank lines.
    mutating func blank(_ count: Int = 1) {
        for _ in 0..<count { write(0x0A) }
        if count > 0 { endsWithBlank = true }
    }

    /// One grid cell: `TAB + text`; the lines after the first of a multi-line text
    /// are printed without a TAB (as the seed prints the 绩效目标 cell), since the text's
    /// own newlines are copied as they are.
    @inline(__always)
    mutating func cell(_ cell: String) {
        write(cell, prefix: 0x09, suffix: 0x0A)
        endsWithBlank = false
    }

    /// One grid cell holding `value` as ``CellText/amount(_:)`` prints it (empty when
    /// there is none), its digits written straight into the buffer.
    mutating func amountCell(_ value: Amount?) {
        endsWithBlank = false
        makeRoom(Self.amountCellRoom)
        let start = count
        count = storage.withUnsafeMutableBufferPointer { room in
            start &+ Self.putAmountCell(value, at: room.baseAddress! + start)
        }
    }

    /// The most bytes an amount cell takes: a TAB, `Amount.withText`'s at most 48 bytes
    /// and the line end, rounded up.
    static let amountCellRoom = 56

    /// Writes the cell of `value` (TAB, ``CellText/amount(_:)``'s text, line end) at `out`,
    /// which has room for ``amountCellRoom`` bytes; returns the bytes written. Table amounts
    /// are on the 0.01 万元 grid, printed with exactly two decimals (``putHundredths(_:at:)``);
    /// others as `Amount.withText` spells them.
    @inline(__always)
    static func putAmountCell(_ value: Amount?, at out: UnsafeMutablePointer<UInt8>) -> Int {
        guard let value else {
            out[0] = 0x09
            out[1] = 0x0A
            return 2
        }
        if value.isOnWanGrid { return putHundredths(value.fen / 10_000, at: out) }
        return value.withText { text in
            out[0] = 0x09
            if let base = text.baseAddress { (out + 1).update(from: base, count: text.count) }
            out[1 &+ text.count] = 0x0A
            return 2 &+ text.count
        }
    }

    /// The ASCII digits of 0…99, two bytes each: `n`'s pair at `2n`.
    private static let digitPairs: StaticString = "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"

    /// Writes the cell of `hundredths` × 0.01 (TAB, sign, whole part, point, two decimals,
    /// line end) at `out`, which has room for 24 bytes; returns the bytes written. The
    /// whole part's digits are counted first, then written from their end two at a time
    /// (a pair read from ``digitPairs``: one division by 100 per pair): no digit is
    /// written backwards and turned around, and no index is checked against the room (the
    /// amount cells' writes are the buffer's only unchecked ones, within the room made for
    /// them first).
    @inline(__always)
    private static func putHundredths(_ hundredths: Int64, at out: UnsafeMutablePointer<UInt8>) -> Int {
        let magnitude = hundredths.magnitude
        var whole = magnitude / 100
        let cents = Int(truncatingIfNeeded: magnitude % 100)
        // At most 17 digits (|Int64| / 100 < 10¹⁷), so `power` never passes 10¹⁷.
        var digits = 1
        var power: UInt64 = 10
        while whole >= power && digits < 19 { digits &+= 1; power &*= 10 }
        let pairs = digitPairs.utf8Start
        out[0] = 0x09
        let sign = hundredths < 0 ? 1 : 0
        if sign == 1 { out[1] = UInt8(ascii: "-") }
        let point = 1 &+ sign &+ digits
        var at = point
        while whole >= 100 {
            let pair = Int(truncatingIfNeeded: whole % 100) &* 2
            whole /= 100
            at &-= 2
            out[at] = pairs[pair]
            out[at &+ 1] = pairs[pair &+ 1]
        }
        if whole >= 10 {
            let pair = Int(truncatingIfNeeded: whole) &* 2
            out[at &- 2] = pairs[pair]
            out[at &- 1] = pairs[pair &+ 1]
        } else {
            out[at &- 1] = 0x30 &+ UInt8(truncatingIfNeeded: whole)
        }
        out[point] = UInt8(ascii: ".")
        out[point &+ 1] = pairs[cents &* 2]
        out[point &+ 2] = pairs[cents &* 2 &+ 1]
        out[point &+ 3] = 0x0A
        return point &+ 4
    }

    /// One grid cell holding `value` as ``CellText/quantity(_:)`` prints it; a whole
    /// quantity's digits are written straight into the buffer.
    mutating func quantityCell(_ value: Quantity?) {
        guard let value, value.decimals == 0, value.tenThousandths >= 0 else {
            cell(CellText.quantity(value))
            return
        }
        endsWithBlank = false
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { digits in
            var whole = value.tenThousandths / 10_000
            var index = 23
            repeat { digits[index] = 0x30 + UInt8(whole % 10); whole /= 10; index -= 1 } while whole > 0
            write(UnsafeBufferPointer(rebasing: digits[(index + 1)...]), prefix: 0x09, suffix: 0x0A)
        }
    }

    /// The cells of `values` as amounts, padded with empty cells to at least `count`.
    /// Room is made for all of them at once and they are written in one pass over the
    /// storage (no room test or uniqueness check per cell).
    mutating func amountCells(_ values: [Amount?], padTo count: Int) {
        let cells = max(count, values.count)
        guard cells > 0 else { return }
        endsWithBlank = false
        makeRoom(cells &* Self.amountCellRoom)
        let start = self.count
        self.count = storage.withUnsafeMutableBufferPointer { room in
            var at = start
            // By index: iterating the array would copy (retain) it.
            for index in values.indices { at &+= Self.putAmountCell(values[index], at: room.baseAddress! + at) }
            for _ in values.count..<cells { at &+= Self.putAmountCell(nil, at: room.baseAddress! + at) }
            return at
        }
    }

    /// Ends a row written cell by cell: the blank line after its cells.
    mutating func endRow() { blank() }

    /// A grid row: its cells, then the blank line that ends the row.
    mutating func row(_ cells: [String]) {
        for cell in cells { self.cell(cell) }
        blank()
    }
}

/// Printing amounts and quantities as cells.
enum CellText {
    /// `1047.65`, or an empty cell when there is no amount (never `0.00`).
    static func amount(_ value: Amount?) -> String { value?.text() ?? "" }

    /// `2000`, `1234.50`, or an empty cell.
    static func quantity(_ value: Quantity?) -> String { value?.description ?? "" }
}
