import Crypto

/// Content addresses of the store: SHA-256 as lowercase hex.
public enum ContentHash {
    /// SHA-256 of `bytes`, 64 lowercase hex digits. Pass it to `UnitLoader.load(fingerprint:)`
    /// so a run's manifest records the hash of every input file.
    @Sendable
    public static func sha256(_ bytes: [UInt8]) -> String {
        hex(SHA256.hash(data: bytes))
    }

    /// SHA-256 of part of a buffer.
    static func sha256(_ bytes: ArraySlice<UInt8>) -> String {
        bytes.withUnsafeBytes { hex(SHA256.hash(data: $0)) }
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
