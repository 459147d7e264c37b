import CLZ4
import Crypto

/// Raw dictionary bytes for LZ4 frame compression, plus the ID written into the frame header.
///
/// A dictionary primes the compressor with content that small inputs are likely to repeat
/// (for Huizong: an empty budget template), which can shrink blobs of a few KiB markedly.
/// LZ4 uses at most the last 64 KiB of the dictionary, on both sides. The same bytes must
/// be supplied to `LZ4Frame.decompress`; the frame's `dictID` lets the decoder refuse a
/// wrong dictionary instead of producing garbage.
///
/// The value holds a digested `LZ4F_CDict` that is built once in `init` and shared
/// read-only by every compression using this dictionary (liblz4 documents a CDict as safe
/// for concurrent use). Equality and hashing consider only `bytes` and `id`.
public struct LZ4Dictionary: Sendable, Hashable {
    /// The raw dictionary bytes (only the last 64 KiB influence compression).
    public let bytes: [UInt8]
    /// The dictionary ID stored in each frame's header; never 0 (0 means "no dictionary").
    public let id: UInt32
    /// The digested dictionary, owned and freed by this box.
    let digested: DigestedDictionary

    /// Creates a dictionary from raw bytes and digests it for compression.
    ///
    /// - Parameters:
    ///   - bytes: The dictionary content, e.g. a serialized empty template.
    ///   - id: The frame-header dictionary ID. Defaults to the first four bytes (little-endian)
    ///     of the SHA-256 of `bytes`, so equal content yields equal IDs; 0 is replaced by 1.
    /// - Throws: `LZ4Error` if liblz4 cannot build the digested dictionary or this liblz4
    ///   build does not export the dictionary API.
    public init(_ bytes: [UInt8], id: UInt32? = nil) throws(LZ4Error) {
        let resolved = id ?? Self.derivedID(of: bytes)
        self.bytes = bytes
        self.id = resolved == 0 ? 1 : resolved
        self.digested = try DigestedDictionary(bytes)
    }

    /// The default dictionary ID: the little-endian first word of SHA-256(`bytes`).
    public static func derivedID(of bytes: [UInt8]) -> UInt32 {
        let digest = Array(SHA256.hash(data: bytes))
        let word = digest.prefix(4).enumerated().reduce(UInt32(0)) { partial, element in
            partial | UInt32(element.element) << (8 * UInt32(element.offset))
        }
        return word == 0 ? 1 : word
    }

    /// Two dictionaries are equal when their bytes and IDs are equal.
    public static func == (lhs: LZ4Dictionary, rhs: LZ4Dictionary) -> Bool {
        lhs.id == rhs.id && lhs.bytes == rhs.bytes
    }

    /// Hashes the ID and bytes.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(bytes)
    }
}

/// Owner of an `LZ4F_CDict*`; frees it in `deinit`.
///
/// `@unchecked Sendable`: the pointer is written once in `init` and the CDict is only read
/// afterwards, which lz4frame.h documents as safe from several threads at once.
final class DigestedDictionary: @unchecked Sendable {
    /// The `LZ4F_CDict*` (opaque: the type is hidden in lz4frame.h's static section).
    let pointer: OpaquePointer

    init(_ bytes: [UInt8]) throws(LZ4Error) {
        // LZ4F_createCDict copies the content, so the buffer may go away afterwards.
        let created = bytes.withUnsafeBytes { raw in
            LZ4F_createCDict(raw.baseAddress, raw.count)
        }
        guard let created else {
            throw LZ4Error(code: LZ4Error.allocationFailed, context: "dictionary: LZ4F_createCDict failed")
        }
        self.pointer = created
    }

    deinit {
        LZ4F_freeCDict(pointer)
    }
}
