import Crypto
import HuizongModel

/// Every blob a snapshot needs, hashed and compressed before the database is touched.
///
/// Unit budgets and all findings are plain blobs. Department and district budgets are
/// composites (`PartList`) of their pieces (`TextSplitter`): one blob per table, and the
/// procurement table as its head, its unit blocks and its tail. A department's unit
/// blocks form one group composite, which the district's procurement table reuses where
/// the department's blocks appear in it, so the district adds no block of its own. A
/// composite's address is the SHA-256 of the whole text, as for a plain blob, so
/// addresses mean the same whatever the storage.
struct BlobPlan: Sendable {
    /// What is planned for one entry.
    struct Item: Sendable {
        /// `unit`, `department` or `district`: departments and the district are split.
        var level: String
        var entry: SnapshotContent.Entry
    }

    /// Every blob of the snapshot, by address.
    var blobs: [String: EncodedBlob] = [:]
    /// The address of each item's text and of its findings.
    var textHashes: [String] = []
    var findingsHashes: [String] = []

    /// The distinct blobs reachable from the items, by address order.
    var reachable: [EncodedBlob] {
        var seen = Set<String>()
        var stack = textHashes + findingsHashes
        var out: [EncodedBlob] = []
        while let hash = stack.popLast() {
            guard seen.insert(hash).inserted, let blob = blobs[hash] else { continue }
            out.append(blob)
            stack += blob.children
        }
        return out.sorted { $0.hash < $1.hash }
    }

    /// The items of `content`: units, then departments, then the district.
    static func items(of content: SnapshotContent) -> [Item] {
        content.units.map { Item(level: "unit", entry: $0) }
            + content.departments.map { Item(level: "department", entry: $0) }
            + (content.districtBudget.map { [Item(level: "district", entry: $0)] } ?? [])
    }

    /// Hashes and compresses everything `items` hold, on `threads` threads.
    static func make(_ items: [Item], threads: Int?) throws(LZ4Error) -> BlobPlan {
        // 1. Pieces of the consolidated budgets; every plain payload as a slice.
        let pieces = Parallel.map(items, threads: threads) { item -> [TextSplitter.Piece] in
            item.level == "unit" ? [] : TextSplitter.split(item.entry.text)
        }
        var payloads: [ArraySlice<UInt8>] = []
        var leafIndex: [[Int]] = []  // per item: payload index of each leaf piece (blocks flattened)
        var findingsIndex: [Int] = []
        for (item, itemPieces) in zip(items, pieces) {
            var indices: [Int] = []
            if itemPieces.count < 2 {
                indices.append(payloads.count)
                payloads.append(item.entry.text[...])
            } else {
                for piece in itemPieces {
                    for leaf in piece.blocks.isEmpty ? [piece] : piece.blocks {
                        indices.append(payloads.count)
                        payloads.append(item.entry.text[leaf.range])
                    }
                }
            }
            leafIndex.append(indices)
            findingsIndex.append(payloads.count)
            payloads.append(item.entry.findingsJSON[...])
        }
        // 2. Hash every payload and every composite's whole text; compress each distinct payload once.
        let payloadSlices = payloads
        let hashes = Parallel.map(Array(payloads.indices), threads: threads) { ContentHash.sha256(payloadSlices[$0]) }
        var firstOf: [String: Int] = [:]
        for (index, hash) in hashes.enumerated() where firstOf[hash] == nil { firstOf[hash] = index }
        let distinct = firstOf.values.sorted()
        let encoded = Parallel.map(distinct, threads: threads) { index -> Result<EncodedBlob, LZ4Error> in
            Result { () throws(LZ4Error) in try BlobCodec.encode(Array(payloadSlices[index]), hash: hashes[index]) }
        }
        var plan = BlobPlan()
        for result in encoded {
            let blob = try result.get()
            plan.blobs[blob.hash] = blob
        }
        let wholeHashes = Parallel.map(Array(items.indices), threads: threads) { index -> String? in
            pieces[index].count < 2 ? nil : ContentHash.sha256(items[index].entry.text)
        }
        // 3. Composites: department groups first (registered for the district), then each budget.
        var groups = GroupIndex()
        for (index, item) in items.enumerated() {
            let leaves = leafIndex[index].map { hashes[$0] }
            plan.findingsHashes.append(hashes[findingsIndex[index]])
            guard let address = wholeHashes[index] else {
                plan.textHashes.append(leaves[0])
                continue
            }
            var parts: [PartList.Part] = []
            var next = leaves.makeIterator()
            for piece in pieces[index] {
                guard !piece.blocks.isEmpty else {
                    parts.append(PartList.Part(hash: next.next()!, size: piece.range.count, label: piece.label))
                    continue
                }
                let blocks = piece.blocks.map { block in
                    PartList.Part(hash: next.next()!, size: block.range.count, label: block.label)
                }
                if item.level == "department" && blocks.count > 1 {
                    let group = try groups.register(blocks, bytes: item.entry.text[piece.range],
                                                    label: "部门 \(item.entry.code) \(piece.label)")
                    plan.blobs[group.hash] = group.blob
                    parts.append(PartList.Part(hash: group.hash, size: piece.range.count, label: piece.label))
                } else {
                    parts += groups.cover(blocks)
                }
            }
            if parts.contains(where: { $0.hash == address }) || parts.count < 2 {
                // Cannot happen for a real budget; stored whole rather than pointing at itself.
                let whole = try BlobCodec.encode(item.entry.text, hash: address)
                plan.blobs[address] = whole
            } else {
                plan.blobs[address] = try BlobCodec.composite(
                    address: address, list: PartList(parts: parts, headlines: item.entry.headlineTotals))
            }
            plan.textHashes.append(address)
        }
        return plan
    }
}

/// The department groups of unit blocks known so far in a plan.
private struct GroupIndex {
    struct Group { var hash: String; var blob: EncodedBlob; var blocks: [PartList.Part]; var label: String; var size: Int }
    private var byFirstBlock: [String: [Group]] = [:]

    /// A group of `blocks` (at least two), whose bytes are `bytes`; registered for `cover`.
    mutating func register(_ blocks: [PartList.Part], bytes: ArraySlice<UInt8>, label: String) throws(LZ4Error) -> Group {
        let hash = ContentHash.sha256(bytes)
        let blob = try BlobCodec.composite(address: hash, list: PartList(parts: blocks, headlines: nil))
        let group = Group(hash: hash, blob: blob, blocks: blocks, label: label, size: bytes.count)
        byFirstBlock[blocks[0].hash, default: []].append(group)
        return group
    }

    /// `blocks` as parts: each run that is a known group becomes that group, the rest stay blocks.
    func cover(_ blocks: [PartList.Part]) -> [PartList.Part] {
        var out: [PartList.Part] = []
        var position = 0
        while position < blocks.count {
            let match = byFirstBlock[blocks[position].hash]?.first { group in
                position + group.blocks.count <= blocks.count
                    && zip(group.blocks, blocks[position...]).allSatisfy { $0.hash == $1.hash }
            }
            if let match {
                out.append(PartList.Part(hash: match.hash, size: match.size, label: match.label))
                position += match.blocks.count
            } else {
                out.append(blocks[position])
                position += 1
            }
        }
        return out
    }
}
