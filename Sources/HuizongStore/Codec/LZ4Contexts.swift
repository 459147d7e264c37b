import CLZ4

/// Owner of an `LZ4F_cctx*`: created by `LZ4F_createCompressionContext`, freed in `deinit`.
///
/// Noncopyable so the context has exactly one owner; the pointer is only lent out for the
/// duration of `withPointer`, which keeps the owner alive while liblz4 uses it.
struct CompressionContext: ~Copyable {
    private let pointer: OpaquePointer

    init() throws(LZ4Error) {
        var created: OpaquePointer?
        let result = LZ4F_createCompressionContext(&created, UInt32(LZ4F_VERSION))
        _ = try lz4Check(result, "compress: LZ4F_createCompressionContext")
        guard let created else {
            throw LZ4Error(code: LZ4Error.allocationFailed, context: "compress: LZ4F_createCompressionContext")
        }
        pointer = created
    }

    /// Runs `body` with the context pointer; the pointer must not escape `body`.
    func withPointer<R>(_ body: (OpaquePointer) -> R) -> R {
        body(pointer)
    }

    deinit {
        _ = LZ4F_freeCompressionContext(pointer)
    }
}

/// Owner of an `LZ4F_dctx*`: created by `LZ4F_createDecompressionContext`, freed in `deinit`.
///
/// One context decodes one frame; the codec never reuses it after an error.
struct DecompressionContext: ~Copyable {
    private let pointer: OpaquePointer

    init() throws(LZ4Error) {
        var created: OpaquePointer?
        let result = LZ4F_createDecompressionContext(&created, UInt32(LZ4F_VERSION))
        _ = try lz4Check(result, "decompress: LZ4F_createDecompressionContext")
        guard let created else {
            throw LZ4Error(code: LZ4Error.allocationFailed, context: "decompress: LZ4F_createDecompressionContext")
        }
        pointer = created
    }

    /// Runs `body` with the context pointer; the pointer must not escape `body`.
    func withPointer<R>(_ body: (OpaquePointer) -> R) -> R {
        body(pointer)
    }

    deinit {
        _ = LZ4F_freeDecompressionContext(pointer)
    }
}

/// Calls `body` with a non-null base address for `bytes`, even when `bytes` is empty.
///
/// liblz4 asserts on `NULL` sources in some paths even for zero lengths, and an empty
/// Swift array may report a `nil` base address.
func withNonNullBytes<R>(_ bytes: [UInt8], _ body: (UnsafeRawPointer, Int) -> R) -> R {
    bytes.withUnsafeBytes { raw in
        if let base = raw.baseAddress { return body(base, raw.count) }
        let placeholder: UInt8 = 0
        return withUnsafeBytes(of: placeholder) { body($0.baseAddress!, 0) }
    }
}
