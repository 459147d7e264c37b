import Foundation
import HuizongModel

/// What a narrative paragraph that quotes no figure is: plain text, or a numbered
/// heading with the subject of its section (see ``NarrativeHeading``).
enum ParagraphOutcome: Equatable {
    case text
    case heading(ClaimSubject?)
}

/// The outcomes of the paragraphs quoting no figure read so far on one thread, by their
/// bytes.
///
/// The template's paragraphs (its headings, 名词解释, the notes) repeat in every file;
/// the outcome of one depends on its bytes alone, so a repeated paragraph is hashed and
/// compared instead of being scanned for figures and headings again. Kept in the
/// thread's ``StringVocabulary``; emptied when it reaches ``entryLimit`` entries or
/// ``byteLimit`` bytes.
struct ParagraphMemo {
    private struct Entry {
        var hash: UInt64
        var start: Int
        var count: Int
        var outcome: ParagraphOutcome
    }

    /// The shortest paragraph remembered (``ByteHash`` reads whole words).
    static let minimumLength = 8
    /// Most entries kept before starting afresh.
    static let entryLimit = 1 << 14
    /// Most paragraph bytes kept before starting afresh.
    static let byteLimit = 1 << 20

    /// Entry index + 1 for each slot; 0 is an empty slot. The count is a power of two,
    /// more than twice the entries.
    private var slots = [Int32](repeating: 0, count: 256)
    private var entries: [Entry] = []
    /// The bytes of every entry's paragraph.
    private var pool: [UInt8] = []

    /// The outcome remembered for the paragraph `bytes`, or nil.
    func outcome(_ bytes: UnsafeBufferPointer<UInt8>) -> ParagraphOutcome? {
        guard bytes.count >= ParagraphMemo.minimumLength, !entries.isEmpty else { return nil }
        return probe(bytes).entry.map { entries[$0].outcome }
    }

    /// Remembers `outcome` for the paragraph `bytes` (not remembered yet).
    mutating func note(_ bytes: UnsafeBufferPointer<UInt8>, _ outcome: ParagraphOutcome) {
        guard bytes.count >= ParagraphMemo.minimumLength, bytes.count <= ParagraphMemo.byteLimit else { return }
        if entries.count >= ParagraphMemo.entryLimit || pool.count + bytes.count > ParagraphMemo.byteLimit {
            entries.removeAll(keepingCapacity: true)
            pool.removeAll(keepingCapacity: true)
            for index in slots.indices { slots[index] = 0 }
        }
        let (slot, found) = probe(bytes)
        guard found == nil else { return }
        let hash = ByteHash.hash(UnsafeRawPointer(bytes.baseAddress!), bytes.count)
        entries.append(Entry(hash: hash, start: pool.count, count: bytes.count, outcome: outcome))
        pool.append(contentsOf: bytes)
        slots[slot] = Int32(entries.count)
        if entries.count * 2 > slots.count { grow() }
    }

    /// The slot where `bytes` is or would go, and the index of its entry when it is there.
    private func probe(_ bytes: UnsafeBufferPointer<UInt8>) -> (slot: Int, entry: Int?) {
        let base = UnsafeRawPointer(bytes.baseAddress!)
        let count = bytes.count
        let hash = ByteHash.hash(base, count)
        let mask = slots.count &- 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        return pool.withUnsafeBytes { pool in
            while true {
                let stored = Int(slots[slot])
                if stored == 0 { return (slot, nil) }
                let entry = entries[stored &- 1]
                if entry.hash == hash && entry.count == count && memcmp(base, pool.baseAddress! + entry.start, count) == 0 {
                    return (slot, stored &- 1)
                }
                slot = (slot &+ 1) & mask
            }
        }
    }

    /// Doubles the slots and places every entry again.
    private mutating func grow() {
        slots = ByteHash.slots(count: slots.count * 2, hashes: entries.lazy.map(\.hash))
    }
}
