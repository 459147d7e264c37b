import Foundation

/// Values remembered on one thread by the bytes they were found for (a paragraph, a
/// label), so that bytes read again are hashed and compared instead of read again.
///
/// An open-addressing table over ``ByteHash``: the keys' bytes are kept in one pool, the
/// entries in one array. Keys shorter than ``minimumLength`` bytes are not remembered
/// (the hash reads whole words). The memo is emptied when it reaches its entry or byte
/// limit.
struct ByteMemo<Value> {
    private struct Entry {
        var hash: UInt64
        var start: Int
        var count: Int
        var value: Value
    }

    /// The shortest key remembered (``ByteHash`` reads whole words).
    static var minimumLength: Int { 8 }

    /// Most entries kept before starting afresh.
    let entryLimit: Int
    /// Most key bytes kept before starting afresh.
    let byteLimit: Int

    /// Entry index + 1 for each slot; 0 is an empty slot. The count is a power of two,
    /// more than twice the entries.
    private var slots = [Int32](repeating: 0, count: 256)
    private var entries: [Entry] = []
    /// The bytes of every entry's key.
    private var pool: [UInt8] = []

    /// An empty memo that starts afresh at `entryLimit` entries or `byteLimit` key bytes.
    init(entryLimit: Int, byteLimit: Int) {
        self.entryLimit = entryLimit
        self.byteLimit = byteLimit
    }

    /// The entry remembered for the key `bytes`, or nil.
    func entry(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard bytes.count >= ByteMemo.minimumLength, !entries.isEmpty else { return nil }
        return probe(bytes, hash: ByteHash.hash(UnsafeRawPointer(bytes.baseAddress!), bytes.count)).entry
    }

    /// The value of `entry` (from ``entry(_:)`` or ``add(_:_:)``, with no ``add(_:_:)``
    /// since that may have started afresh).
    subscript(entry: Int) -> Value {
        get { entries[entry].value }
        set { entries[entry].value = newValue }
    }

    /// Remembers `value` for the key `bytes` unless it is remembered already; the key's
    /// entry, or nil when the key is too short or too long to be remembered.
    @discardableResult
    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, _ value: Value) -> Int? {
        guard bytes.count >= ByteMemo.minimumLength, bytes.count <= byteLimit else { return nil }
        let hash = ByteHash.hash(UnsafeRawPointer(bytes.baseAddress!), bytes.count)
        let (free, found) = probe(bytes, hash: hash)
        if let found { return found }
        var slot = free
        if entries.count >= entryLimit || pool.count + bytes.count > byteLimit {
            entries.removeAll(keepingCapacity: true)
            pool.removeAll(keepingCapacity: true)
            for index in slots.indices { slots[index] = 0 }
            slot = Int(truncatingIfNeeded: hash) & (slots.count &- 1)
        }
        entries.append(Entry(hash: hash, start: pool.count, count: bytes.count, value: value))
        pool.append(contentsOf: bytes)
        slots[slot] = Int32(entries.count)
        if entries.count * 2 > slots.count { grow() }
        return entries.count - 1
    }

    /// The slot where `bytes` (hashing to `hash`) is or would go, and the index of its
    /// entry when it is there.
    private func probe(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (slot: Int, entry: Int?) {
        let base = UnsafeRawPointer(bytes.baseAddress!)
        let count = bytes.count
        let mask = slots.count &- 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        // Read through pointers: only read here, and the indices hold by construction (a
        // slot holds an entry index + 1, an entry's bytes lie in the pool).
        return slots.withUnsafeBufferPointer { slots in
            entries.withUnsafeBufferPointer { entries in
                pool.withUnsafeBytes { pool in
                    while true {
                        let stored = Int(slots[slot])
                        if stored == 0 { return (slot, nil) }
                        let entry = entries.baseAddress! + (stored &- 1)
                        if entry.pointee.hash == hash && entry.pointee.count == count
                            && memcmp(base, pool.baseAddress! + entry.pointee.start, count) == 0 {
                            return (slot, stored &- 1)
                        }
                        slot = (slot &+ 1) & mask
                    }
                }
            }
        }
    }

    /// Doubles the slots and places every entry again.
    private mutating func grow() {
        slots = ByteHash.slots(count: slots.count * 2, hashes: entries.lazy.map(\.hash))
    }
}
