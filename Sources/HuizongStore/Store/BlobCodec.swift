import HuizongModel

/// One blob ready to store: its address, sizes and LZ4 frame.
struct EncodedBlob: Sendable {
    var hash: String
    /// The bytes in the frame (for a composite: its part list).
    var rawSize: Int
    var frame: [UInt8]
    /// The addresses of a composite's parts, in order (empty for a plain blob).
    var children: [String] = []
    /// `blob.parts`: 0 for a plain blob, else the number of parts.
    var parts: Int { children.count }
}

/// Encoding and checked decoding of blobs.
enum BlobCodec {
    /// Hashes and compresses `bytes`.
    static func encode(_ bytes: [UInt8]) throws(LZ4Error) -> EncodedBlob {
        try encode(bytes, hash: ContentHash.sha256(bytes))
    }

    /// Compresses `bytes` already hashed to `hash`.
    static func encode(_ bytes: [UInt8], hash: String) throws(LZ4Error) -> EncodedBlob {
        EncodedBlob(hash: hash, rawSize: bytes.count, frame: try LZ4Frame.compress(bytes))
    }

    /// The composite at `address` (the SHA-256 of its parts' bytes, concatenated): its part list, compressed.
    static func composite(address: String, list: PartList) throws(LZ4Error) -> EncodedBlob {
        let bytes = list.encoded()
        return EncodedBlob(hash: address, rawSize: bytes.count, frame: try LZ4Frame.compress(bytes),
                           children: list.parts.map(\.hash))
    }

    /// Why a stored blob is bad, or nil when it decompresses and hashes to its address.
    enum Problem: Error, Sendable, Hashable {
        case checksum(String)
        case hashMismatch(actual: String)
        case sizeMismatch(expected: Int, actual: Int)
        case notAPartList(String)
        case partMismatch(String)

        /// The problem for people.
        var message: String {
            switch self {
            case .checksum(let detail): "无法解压（\(detail)）"
            case .hashMismatch(let actual): "解压后的 SHA-256 为 \(actual)，与地址不符"
            case .sizeMismatch(let expected, let actual): "解压后 \(actual) 字节，记录为 \(expected) 字节"
            case .notAPartList(let detail): "组合内容的部分清单无法读取（\(detail)）"
            case .partMismatch(let detail): "组合内容与地址不符（\(detail)）"
            }
        }
    }

    /// Decompresses `frame` and checks it against its address and recorded size.
    static func decode(_ frame: [UInt8], hash: String, rawSize: Int?) -> Result<[UInt8], Problem> {
        let bytes: [UInt8]
        do { bytes = try LZ4Frame.decompress(frame) } catch { return .failure(.checksum(error.description)) }
        let actual = ContentHash.sha256(bytes)
        if actual != hash { return .failure(.hashMismatch(actual: actual)) }
        if let rawSize, rawSize != bytes.count { return .failure(.sizeMismatch(expected: rawSize, actual: bytes.count)) }
        return .success(bytes)
    }

    /// Decompresses a composite's frame (checked by its content checksum and recorded size)
    /// and reads its part list; whether the parts add up to the address is checked by whoever
    /// assembles them.
    static func decodePartList(_ frame: [UInt8], rawSize: Int?, parts: Int) -> Result<PartList, Problem> {
        let bytes: [UInt8]
        do { bytes = try LZ4Frame.decompress(frame) } catch { return .failure(.checksum(error.description)) }
        if let rawSize, rawSize != bytes.count { return .failure(.sizeMismatch(expected: rawSize, actual: bytes.count)) }
        return PartList.decode(bytes).flatMap { list in
            list.parts.count == parts ? .success(list) : .failure(.notAPartList("记录为 \(parts) 个部分，清单有 \(list.parts.count) 个"))
        }
    }
}
