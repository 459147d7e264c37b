import Crypto

/// Content addresses of the store: SHA-256 as lowercase hex.
public enum ContentHash {
    /// SHA-256 of `bytes`, 64 lowercase hex digits. Pass it to `UnitLoader.load(fingerprint:)`
    /// so a run's manifest records the hash of every input file.
    @Sendable
    public static func sha256(_ bytes: [UInt8]) -> String {
        hex(SHA256.hash(data: bytes))
    }

    /// SHA-256 of a string's UTF-8 bytes.
    public static func sha256(_ text: String) -> String {
        hex(SHA256.hash(data: Array(text.utf8)))
    }

    private static let digits = Array("0123456789abcdef".utf8)

    static func hex(_ digest: SHA256.Digest) -> String {
        var out = [UInt8]()
        out.reserveCapacity(64)
        for byte in digest {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// One blob ready to store: its address, sizes and LZ4 frame.
struct EncodedBlob: Sendable {
    var hash: String
    var rawSize: Int
    var frame: [UInt8]
}

/// Encoding and checked decoding of blobs.
enum BlobCodec {
    /// Hashes and compresses `bytes`.
    static func encode(_ bytes: [UInt8]) throws(LZ4Error) -> EncodedBlob {
        EncodedBlob(hash: ContentHash.sha256(bytes), rawSize: bytes.count, frame: try LZ4Frame.compress(bytes))
    }

    /// Why a stored blob is bad, or nil when it decompresses and hashes to its address.
    enum Problem: Error, Sendable, Hashable {
        case checksum(String)
        case hashMismatch(actual: String)
        case sizeMismatch(expected: Int, actual: Int)

        /// The problem for people.
        var message: String {
            switch self {
            case .checksum(let detail): "无法解压（\(detail)）"
            case .hashMismatch(let actual): "解压后的 SHA-256 为 \(actual)，与地址不符"
            case .sizeMismatch(let expected, let actual): "解压后 \(actual) 字节，记录为 \(expected) 字节"
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
}
