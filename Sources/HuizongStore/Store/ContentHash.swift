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

    /// The digest's 32 bytes as 64 lowercase hex digits, written straight into the string's
    /// storage from the digest's own bytes. (Iterating the digest as a Sequence copied its
    /// bytes into an array per call, and its first use cost run-time type look-ups.)
    static func hex(_ digest: SHA256.Digest) -> String {
        digest.withUnsafeBytes { raw in
            String(unsafeUninitializedCapacity: raw.count * 2) { out in
                for (index, byte) in raw.enumerated() {
                    out[2 * index] = digits[Int(byte >> 4)]
                    out[2 * index + 1] = digits[Int(byte & 0x0F)]
                }
                return raw.count * 2
            }
        }
    }
}
