import CLZ4

/// The LZ4 frame codec of the store: whole-buffer compression into standard LZ4 frames.
///
/// Every frame written here carries its content size and an xxHash32 content checksum
/// (block checksums off, 64 KiB linked blocks), so `lz4 -d` reads it and any corruption is
/// detected on decompression. This enum and its helpers in `Codec/` are the only Swift
/// code that calls liblz4; no liblz4 pointer leaves them.
public enum LZ4Frame {
    /// Compresses `bytes` into one LZ4 frame with content size and content checksum.
    ///
    /// - Parameters:
    ///   - bytes: The content to compress; may be empty.
    ///   - level: liblz4 compression level: 0 (default) and 1–2 use the fast compressor,
    ///     3–12 the high-compression one (values above 12 act as 12), negative values trade
    ///     ratio for speed ("acceleration").
    ///   - dictionary: An optional dictionary; its `id` is written as the frame's `dictID`
    ///     and the same dictionary is then required by `decompress`.
    /// - Returns: The complete frame, starting with the magic number `04 22 4D 18`.
    /// - Throws: `LZ4Error` if liblz4 fails (allocation, or a dictionary API that this
    ///   liblz4 build does not export).
    public static func compress(
        _ bytes: [UInt8], level: Int = 0, dictionary: LZ4Dictionary? = nil
    ) throws(LZ4Error) -> [UInt8] {
        var preferences = framePreferences(
            contentSize: bytes.count, level: level, dictionaryID: dictionary?.id ?? 0)
        let bound = try lz4Check(
            LZ4F_compressFrameBound(bytes.count, &preferences), "compress: LZ4F_compressFrameBound")

        var result = 0
        var frame: [UInt8]
        if let dictionary {
            let context = try CompressionContext()
            let digested = dictionary.digested
            frame = [UInt8](unsafeUninitializedCapacity: bound) { output, initialized in
                result = withNonNullBytes(bytes) { source, count in
                    context.withPointer { cctx in
                        LZ4F_compressFrame_usingCDict(
                            cctx, output.baseAddress, output.count, source, count,
                            digested.pointer, &preferences)
                    }
                }
                initialized = LZ4F_isError(result) != 0 ? 0 : result
            }
            withExtendedLifetime(digested) {}
        } else {
            frame = [UInt8](unsafeUninitializedCapacity: bound) { output, initialized in
                result = withNonNullBytes(bytes) { source, count in
                    LZ4F_compressFrame(output.baseAddress, output.count, source, count, &preferences)
                }
                initialized = LZ4F_isError(result) != 0 ? 0 : result
            }
        }
        _ = try lz4Check(result, dictionary == nil ? "compress" : "compress with dictionary")
        return frame
    }

    /// Decompresses one complete LZ4 frame and verifies its content checksum.
    ///
    /// The input must be exactly one frame (no trailing bytes, no skippable frames) with the
    /// content-checksum flag set, as written by `compress` and by `lz4` with default options.
    /// liblz4 verifies the header checksum, every block, the declared content size and the
    /// xxHash32 of the content; the codec adds checks for truncation, trailing bytes and the
    /// dictionary ID. Garbage input yields an error, never a crash; the output buffer grows
    /// only as data is actually decoded, so a forged content size cannot force a huge
    /// allocation.
    ///
    /// - Parameters:
    ///   - frame: The frame bytes.
    ///   - dictionary: The dictionary used for compression. Required when the frame header
    ///     names a `dictID`, and its `id` must match; a frame without `dictID` (e.g. from
    ///     `lz4 -D`) is decoded with the given dictionary unchecked.
    /// - Returns: The original content.
    /// - Throws: `LZ4Error` on corruption, truncation, a missing checksum, trailing bytes or a
    ///   dictionary mismatch.
    public static func decompress(
        _ frame: [UInt8], dictionary: LZ4Dictionary? = nil
    ) throws(LZ4Error) -> [UInt8] {
        guard frame.count >= Int(LZ4F_HEADER_SIZE_MIN) else {
            throw LZ4Error(
                code: LZ4Error.frameHeaderIncomplete,
                context: "decompress: truncated frame (\(frame.count) bytes, header needs at least 7)")
        }
        let context = try DecompressionContext()
        let outcome: Result<[UInt8], LZ4Error> = frame.withUnsafeBytes { source in
            withDictionaryBytes(dictionary) { dictionaryBytes in
                context.withPointer { dctx in
                    var decoder = FrameDecoder(
                        dctx: dctx, source: source, dictionary: dictionaryBytes)
                    return Result { () throws(LZ4Error) in
                        try decoder.run(expectedDictionaryID: dictionary?.id)
                    }
                }
            }
        }
        return try outcome.get()
    }

    /// The preferences of every frame the codec writes.
    static func framePreferences(contentSize: Int, level: Int, dictionaryID: UInt32) -> LZ4F_preferences_t {
        var preferences = LZ4F_preferences_t()  // zero-initialized: all liblz4 defaults
        preferences.frameInfo.contentChecksumFlag = LZ4F_contentChecksumEnabled
        preferences.frameInfo.blockChecksumFlag = LZ4F_noBlockChecksum
        preferences.frameInfo.contentSize = UInt64(contentSize)
        preferences.frameInfo.dictID = dictionaryID
        preferences.compressionLevel = Int32(clamping: level)
        return preferences
    }

    private static func withDictionaryBytes<R>(
        _ dictionary: LZ4Dictionary?, _ body: (UnsafeRawBufferPointer?) -> R
    ) -> R {
        guard let dictionary else { return body(nil) }
        return dictionary.bytes.withUnsafeBytes { body($0) }
    }
}
