import Foundation

/// The strings the reader has made on this thread, each distinct text made once.
///
/// Budgets repeat their labels: the same subject names in T2, T3, T5 and T6, the same
/// indicator texts in every 绩效目标表, and the same template texts in every file of a
/// batch. Reading cell texts through the vocabulary makes one `String` per distinct text
/// and shares it, instead of validating, allocating and copying it each time. Short texts
/// (at most 15 bytes, stored inside the `String` value) are kept in a small cache of
/// their own (see ``ShortStrings``); very long ones rarely repeat and are made directly.
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

    /// Texts between these lengths (in bytes) are shared.
    static let sharedLengths = 16...256
    /// Most entries kept before the vocabulary starts afresh.
    static let entryLimit = 1 << 16
    /// Most text bytes kept before the vocabulary starts afresh.
    static let byteLimit = 4 << 20

    /// The vocabulary of the calling thread.
    ///
    /// Kept in a POSIX thread-specific slot (released when the thread ends): looking it up
    /// there costs a few instructions, where the thread dictionary cost a bridged
    /// dictionary look-up and a dynamic cast for every file read.
    static func forCurrentThread() -> StringVocabulary {
        let key = ThreadSlot.key
        if let stored = pthread_getspecific(key) {
            return Unmanaged<StringVocabulary>.fromOpaque(stored).takeUnretainedValue()
        }
        let vocabulary = StringVocabulary()
        pthread_setspecific(key, Unmanaged.passRetained(vocabulary).toOpaque())
        return vocabulary
    }

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

    private func string(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        if range.count <= ShortStrings.longest { return caches.pointee.short.string(text, range) }
        guard StringVocabulary.sharedLengths.contains(range.count) else {
            return String(decoding: UnsafeBufferPointer(rebasing: text[range]), as: UTF8.self)
        }
        return caches.pointee.table.string(text, range)
    }
}

/// The thread-specific slot holding each thread's ``StringVocabulary`` (one retained
/// reference, released by the slot's destructor when the thread ends).
private enum ThreadSlot {
    static let key: pthread_key_t = {
        var key = pthread_key_t()
        let status = pthread_key_create(&key) { stored in
            guard let stored else { return }
            Unmanaged<StringVocabulary>.fromOpaque(stored).release()
        }
        precondition(status == 0, "pthread_key_create failed")
        return key
    }()
}

/// The open-addressing table behind ``StringVocabulary``.
private struct Table {
    private struct Entry {
        var hash: UInt64
        var start: Int
        var count: Int
        var string: String
    }

    /// Entry index + 1 for each slot; 0 is an empty slot. The count is a power of two.
    private var slots = [Int32](repeating: 0, count: 1024)
    private var entries: [Entry] = []
    /// The bytes of every entry's text.
    private var pool: [UInt8] = []

    /// The string of `text[range]` (valid UTF-8), made and added when new.
    mutating func string(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        let hash = Table.hash(text, range)
        var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        let found: Int? = pool.withUnsafeBufferPointer { pool in
            while slots[slot] != 0 {
                let index = Int(slots[slot]) - 1
                if entries[index].hash == hash && entries[index].count == range.count
                    && Table.equal(text, range.lowerBound, pool, entries[index].start, range.count) {
                    return index
                }
                slot = (slot + 1) & (slots.count - 1)
            }
            return nil
        }
        if let found { return entries[found].string }
        let string = String(decoding: UnsafeBufferPointer(rebasing: text[range]), as: UTF8.self)
        add(string, hash: hash, bytes: UnsafeBufferPointer(rebasing: text[range]), slot: slot)
        return string
    }

    /// Adds an entry at the empty `slot`, starting afresh first when full.
    private mutating func add(_ string: String, hash: UInt64, bytes: UnsafeBufferPointer<UInt8>, slot: Int) {
        var slot = slot
        if entries.count >= StringVocabulary.entryLimit || pool.count + bytes.count > StringVocabulary.byteLimit {
            entries.removeAll(keepingCapacity: true)
            pool.removeAll(keepingCapacity: true)
            for index in slots.indices { slots[index] = 0 }
            slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        }
        entries.append(Entry(hash: hash, start: pool.count, count: bytes.count, string: string))
        pool.append(contentsOf: bytes)
        slots[slot] = Int32(entries.count)
        if entries.count * 2 > slots.count { grow() }
    }

    /// Doubles the slots and places every entry again.
    private mutating func grow() {
        var larger = [Int32](repeating: 0, count: slots.count * 2)
        let mask = larger.count - 1
        for (index, entry) in entries.enumerated() {
            var slot = Int(truncatingIfNeeded: entry.hash) & mask
            while larger[slot] != 0 { slot = (slot + 1) & mask }
            larger[slot] = Int32(index + 1)
        }
        slots = larger
    }

    /// A hash of `bytes[range]`, eight bytes at a time.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        let base = UnsafeRawPointer(bytes.baseAddress!)
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(range.count)
        var index = range.lowerBound
        while index + 8 <= range.upperBound {
            let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            h = (h ^ word) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 29
            index += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while index < range.upperBound {
            tail |= UInt64(bytes[index]) << shift
            shift += 8
            index += 1
        }
        h = (h ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        return h ^ (h >> 32)
    }

    /// Whether the `count` bytes at `a` in `x` and at `b` in `y` are equal.
    private static func equal(_ x: UnsafeBufferPointer<UInt8>, _ a: Int, _ y: UnsafeBufferPointer<UInt8>, _ b: Int,
                              _ count: Int) -> Bool {
        let xBase = UnsafeRawPointer(x.baseAddress!), yBase = UnsafeRawPointer(y.baseAddress!)
        var offset = 0
        while offset + 8 <= count {
            if xBase.loadUnaligned(fromByteOffset: a + offset, as: UInt64.self)
                != yBase.loadUnaligned(fromByteOffset: b + offset, as: UInt64.self) { return false }
            offset += 8
        }
        while offset < count {
            if x[a + offset] != y[b + offset] { return false }
            offset += 1
        }
        return true
    }
}
