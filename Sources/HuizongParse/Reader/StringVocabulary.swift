import Foundation
import HuizongModel

/// The strings the reader has made on this thread, each distinct text made once.
///
/// Budgets repeat their labels: the same subject names in T2, T3, T5 and T6, the same
/// indicator texts in every 绩效目标表, and the same template texts in every file of a
/// batch. Reading cell texts through the vocabulary makes one `String` per distinct text
/// and shares it, instead of validating, allocating and copying it each time. Short texts
/// (at most 15 bytes, stored inside the `String` value) are kept in a small cache of
/// their own (see ``ShortStrings``); very long ones rarely repeat and are made directly.
///
/// The bytes it is given are pieces of a text the reader has checked to be UTF-8: new
/// strings are made from them without a second check (see ``ValidUTF8``).
///
/// Each thread has its own vocabulary (kept in a thread-specific slot), so it needs no
/// lock; it is emptied when it reaches ``entryLimit`` entries or ``byteLimit`` bytes.
///
/// The caches live in storage the vocabulary allocates itself, not in stored properties:
/// a class's `var` property costs a dynamic exclusivity check (`swift_beginAccess`) on
/// every access, which was a tenth of the cost of reading a short cell.
final class StringVocabulary {
    /// The caches behind the vocabulary.
    private struct Caches {
        /// The entries of texts of ``sharedLengths``.
        var table = Table()
        /// The short strings.
        var short = ShortStrings()
        /// The subject codes.
        var codes = SubjectCodes()
        /// What the narrative paragraphs that quote no figure turned out to be.
        var paragraphs = ParagraphMemo()
        /// What the raw labels of narrative figures say.
        var labels = ByteMemo<LabelReading>(entryLimit: 1 << 14, byteLimit: 1 << 20)
        /// This thread's empty rows of amounts.
        let emptyRows = EmptyAmountRows()
        /// The narrative block count of the last budget read on this thread (0 before the
        /// first; see ``narrativeBlockRoom``).
        var lastNarrativeBlocks = 0
        /// A claim list given back after its budget's check (see ``takeClaimRoom()``).
        var claimRoom: [NarrativeClaim] = []
    }

    /// The caches, owned by this vocabulary and used by one thread only.
    private let caches: UnsafeMutablePointer<Caches>

    init() {
        caches = .allocate(capacity: 1)
        caches.initialize(to: Caches())
    }

    deinit {
        caches.deinitialize(count: 1)
        caches.deallocate()
    }

    /// Texts between these lengths (in bytes) are shared. The template's paragraphs (名词
    ///解释 and the like, up to a few hundred characters) repeat in every file: hashing
    /// and comparing one costs a fraction of validating and copying it again.
    static let sharedLengths = 16...4096
    /// Most entries kept before the vocabulary starts afresh.
    static let entryLimit = 1 << 16
    /// Most text bytes kept before the vocabulary starts afresh.
    static let byteLimit = 4 << 20

    /// The vocabulary of the calling thread.
    ///
    /// Kept in a POSIX thread-specific slot (released when the thread ends): looking it up
    /// there costs a few instructions, where the thread dictionary cost a bridged
    /// dictionary look-up and a dynamic cast for every file read.
    static func forCurrentThread() -> StringVocabulary { slot.value { StringVocabulary() } }

    /// The thread-specific slot of each thread's vocabulary.
    private static let slot = PerThread<StringVocabulary>()

    /// The string of `bytes[range]` (valid UTF-8).
    func string(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        if range.isEmpty { return "" }
        return bytes.withUnsafeBufferPointer { string($0, range) }
    }

    /// The string of the bytes `slice` (valid UTF-8).
    func string(_ slice: ArraySlice<UInt8>) -> String {
        if slice.isEmpty { return "" }
        return slice.withUnsafeBufferPointer { string($0, 0..<$0.count) }
    }

    /// The string of the bytes in `buffer` (valid UTF-8).
    func string(_ buffer: UnsafeBufferPointer<UInt8>) -> String {
        if buffer.isEmpty { return "" }
        return string(buffer, 0..<buffer.count)
    }

    /// `width` empty amounts, shared by the rows read on this thread (see
    /// ``EmptyAmountRows``).
    @inline(__always)
    func emptyAmounts(width: Int) -> [Amount?] { caches.pointee.emptyRows.of(width: width) }

    /// One empty quantity, shared like ``emptyAmounts(width:)``.
    @inline(__always)
    var emptyQuantity: [Quantity?] { caches.pointee.emptyRows.oneQuantity }

    /// The room to reserve for the narrative blocks of the next budget read on this
    /// thread: the last budget's count and an eighth more.
    ///
    /// A budget keeps its blocks until the roll-up, in the array reserved when its reading
    /// starts. A fixed guess of 64 left a third of it empty (the template's narrative has
    /// 44 to 49 blocks: 0.7 KB a budget); budgets of a batch follow one template. A longer
    /// narrative grows its array as any array grows.
    var narrativeBlockRoom: Int {
        let last = caches.pointee.lastNarrativeBlocks
        return last == 0 ? 64 : last + last / 8 + 2
    }

    /// Notes the narrative block count of a budget just read (see ``narrativeBlockRoom``).
    func noteNarrativeBlocks(_ count: Int) { caches.pointee.lastNarrativeBlocks = count }

    /// The claim list given back on this thread (``giveBackClaimRoom(_:)``), emptied with
    /// its room kept, or an empty list; the vocabulary keeps none until the next one is
    /// given back.
    func takeClaimRoom() -> [NarrativeClaim] {
        var room: [NarrativeClaim] = []
        swap(&room, &caches.pointee.claimRoom)
        room.removeAll(keepingCapacity: true)
        return room
    }

    /// Keeps `claims` (a list no budget holds any more) for the next budget read on this
    /// thread to fill (``takeClaimRoom()``).
    func giveBackClaimRoom(_ claims: consuming [NarrativeClaim]) { caches.pointee.claimRoom = claims }

    /// What the paragraph `bytes` (quoting no figure) was found to be when it was read
    /// before on this thread, or nil (see ``ParagraphMemo``).
    func paragraphOutcome(_ bytes: UnsafeBufferPointer<UInt8>) -> ParagraphOutcome? {
        caches.pointee.paragraphs.outcome(bytes)
    }

    /// Remembers what the paragraph `bytes` (quoting no figure) was found to be.
    func note(paragraph bytes: UnsafeBufferPointer<UInt8>, _ outcome: ParagraphOutcome) {
        caches.pointee.paragraphs.note(bytes, outcome)
    }

    /// The entry of the raw narrative label `bytes` read before on this thread, or nil
    /// (see ``LabelReading``).
    func labelEntry(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        caches.pointee.labels.entry(bytes)
    }

    /// The reading kept in the label entry `entry`.
    func labelReading(_ entry: Int) -> LabelReading {
        caches.pointee.labels[entry]
    }

    /// Keeps `reading` (with more of its texts made) in the label entry `entry`.
    func setLabelReading(_ entry: Int, _ reading: LabelReading) {
        caches.pointee.labels[entry] = reading
    }

    /// Remembers `reading` for the raw narrative label `bytes`.
    func remember(label bytes: UnsafeBufferPointer<UInt8>, _ reading: LabelReading) {
        caches.pointee.labels.add(bytes, reading)
    }

    /// The subject code printed as `bytes[range]`, or nil when those bytes are not one
    /// (see ``SubjectCodes``).
    func subjectCode(_ bytes: [UInt8], _ range: Range<Int>, scheme: SubjectCode.Scheme) -> SubjectCode? {
        bytes.withUnsafeBufferPointer { caches.pointee.codes.code($0, range, scheme: scheme) }
    }

    private func string(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        if range.count <= ShortStrings.longest { return caches.pointee.short.string(text, range) }
        guard StringVocabulary.sharedLengths.contains(range.count) else {
            return ValidUTF8.string(UnsafeBufferPointer(rebasing: text[range]))
        }
        return caches.pointee.table.string(text, range)
    }
}

/// The open-addressing table behind ``StringVocabulary``.
///
/// A text enters the table at its second sighting: the first leaves only its hash in
/// ``seen``, a small direct-mapped list the next text of the same slot replaces. Texts
/// printed once (paragraphs quoting a unit's own figures and names, about half the
/// misses) then neither fill the table nor its pool, so the table stays small and starts
/// afresh rarely. The first sighting's string is kept only a short while, in ``recent``
/// (a few units' worth of new texts): a text printed again soon (a unit's name in each
/// of its tables' headers) gets that string, so equal texts of a unit share one string
/// (which the checks compare by identity first, then by their bytes). A text printed
/// again later gets a new string, kept by the table and shared from then on: keeping
/// every first sighting's string until its slot was taken released, on every first
/// sighting, a string made long before and no longer in the processor's cache.
private struct Table {
    private struct Entry {
        var start: Int
        var count: Int
        var string: String
    }

    /// For each slot, 0 when empty, else the high 32 bits of the entry's hash above its
    /// index + 1: a probe passes over other texts' slots without reading their entries.
    /// The count is a power of two.
    private var slots = [UInt64](repeating: 0, count: 1024)
    private var entries: [Entry] = []
    /// The bytes of every entry's text.
    private var pool: [UInt8] = []
    /// The hashes of texts seen once and not yet kept (0 for none), each at a slot chosen
    /// by bits of the hash. A hash that matches by chance only keeps the text sooner.
    private var seen = [UInt64](repeating: 0, count: 1 << Table.seenBits)
    private static let seenBits = 12
    /// The strings of the latest texts seen once, each at a slot chosen by bits of its
    /// hash (a string replaced here was made a few units before, so releasing it finds it
    /// in the cache).
    private var recent = [String](repeating: "", count: 1 << Table.recentBits)
    private static let recentBits = 7

    /// The string of `text[range]` (valid UTF-8, at least ``minimumLength`` bytes), made
    /// when new and kept when seen before.
    mutating func string(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        let count = range.count
        let bytes = UnsafeRawPointer(text.baseAddress! + range.lowerBound)
        let hash = Table.hash(bytes, count)
        let tag = hash & 0xFFFF_FFFF_0000_0000
        let mask = slots.count &- 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        // The probe reads the slots, entries and pool through pointers: they are only read
        // here, and the bounds hold by construction (a slot holds an entry index + 1, an
        // entry's bytes lie in the pool).
        let found: Int = slots.withUnsafeBufferPointer { slots in
            entries.withUnsafeBufferPointer { entries in
                pool.withUnsafeBufferPointer { pool in
                    guard let poolBase = pool.baseAddress else { return -1 }
                    while true {
                        let stored = slots[slot]
                        if stored == 0 { return -1 }
                        if stored & 0xFFFF_FFFF_0000_0000 == tag {
                            let index = Int(truncatingIfNeeded: stored & 0xFFFF_FFFF) &- 1
                            let entry = entries.baseAddress! + index
                            if entry.pointee.count == count
                                && Table.equal(bytes, UnsafeRawPointer(poolBase + entry.pointee.start), count) {
                                return index
                            }
                        }
                        slot = (slot &+ 1) & mask
                    }
                }
            }
        }
        if found >= 0 { return entries[found].string }
        let bytesSeen = UnsafeBufferPointer(rebasing: text[range])
        let seenIndex = Int(truncatingIfNeeded: hash &>> 16) & ((1 << Table.seenBits) - 1)
        let recentIndex = seenIndex & ((1 << Table.recentBits) - 1)
        if seen[seenIndex] == hash {
            seen[seenIndex] = 0
            let string = Table.same(recent[recentIndex], bytesSeen) ?? ValidUTF8.string(bytesSeen)
            add(string, hash: hash, bytes: bytesSeen, slot: slot)
            return string
        }
        let string = ValidUTF8.string(bytesSeen)
        seen[seenIndex] = hash
        recent[recentIndex] = string
        return string
    }

    /// `string` when its UTF-8 bytes are `bytes`, else nil.
    private static func same(_ string: String, _ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var string = string
        let matches = string.withUTF8 { own in
            own.count == bytes.count && equal(UnsafeRawPointer(own.baseAddress!), UnsafeRawPointer(bytes.baseAddress!), own.count)
        }
        return matches ? string : nil
    }

    /// The shortest text the table takes: its hash and comparison read whole words.
    static let minimumLength = 8

    /// Adds an entry at the empty `slot`, starting afresh first when full.
    private mutating func add(_ string: String, hash: UInt64, bytes: UnsafeBufferPointer<UInt8>, slot: Int) {
        var slot = slot
        if entries.count >= StringVocabulary.entryLimit || pool.count + bytes.count > StringVocabulary.byteLimit {
            entries.removeAll(keepingCapacity: true)
            pool.removeAll(keepingCapacity: true)
            for index in slots.indices { slots[index] = 0 }
            slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        }
        entries.append(Entry(start: pool.count, count: bytes.count, string: string))
        pool.append(contentsOf: bytes)
        slots[slot] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(entries.count)
        if entries.count * 2 > slots.count { grow() }
    }

    /// Doubles the slots and places every entry again (each at its hash's slot or the
    /// next free one after it: the hash is the entry's bytes' again).
    private mutating func grow() {
        var grown = [UInt64](repeating: 0, count: slots.count * 2)
        let mask = grown.count - 1
        pool.withUnsafeBytes { pool in
            for (index, entry) in entries.enumerated() {
                let hash = Table.hash(pool.baseAddress! + entry.start, entry.count)
                var slot = Int(truncatingIfNeeded: hash) & mask
                while grown[slot] != 0 { slot = (slot + 1) & mask }
                grown[slot] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(index + 1)
            }
        }
        slots = grown
    }

    /// A hash of the `count` bytes at `bytes` (at least eight): see ``ByteHash``.
    @inline(__always)
    private static func hash(_ bytes: UnsafeRawPointer, _ count: Int) -> UInt64 {
        ByteHash.hash(bytes, count)
    }

    /// Whether the `count` bytes (at least eight) at `x` and at `y` are equal; long texts
    /// through `memcmp`, which compares many bytes at a time.
    @inline(__always)
    private static func equal(_ x: UnsafeRawPointer, _ y: UnsafeRawPointer, _ count: Int) -> Bool {
        // Most texts are short cells: compared a word at a time here (the last word
        // overlapping the one before), without the call.
        guard count <= 64 else { return memcmp(x, y, count) == 0 }
        var offset = 0
        while offset &+ 8 < count {
            if x.loadUnaligned(fromByteOffset: offset, as: UInt64.self) != y.loadUnaligned(fromByteOffset: offset, as: UInt64.self) {
                return false
            }
            offset &+= 8
        }
        return x.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self) == y.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self)
    }
}
