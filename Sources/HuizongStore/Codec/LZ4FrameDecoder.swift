import CLZ4

/// The decode loop of `LZ4Frame.decompress`, over borrowed buffers that outlive it.
///
/// Reads the header with `LZ4F_getFrameInfo`, validates it, then calls `LZ4F_decompress`
/// (or `LZ4F_decompress_usingDict`) until liblz4 reports the end of the frame, growing
/// the output buffer only when liblz4 has filled it.
struct FrameDecoder {
    let dctx: OpaquePointer
    let source: UnsafeRawBufferPointer
    /// The raw dictionary bytes, borrowed for the whole frame ("used in place" by liblz4).
    let dictionary: UnsafeRawBufferPointer?

    /// Bytes of `source` consumed so far.
    private var offset = 0

    init(dctx: OpaquePointer, source: UnsafeRawBufferPointer, dictionary: UnsafeRawBufferPointer?) {
        self.dctx = dctx
        self.source = source
        self.dictionary = dictionary
    }

    /// Decodes the frame in `source` and returns its content.
    ///
    /// - Parameter expectedDictionaryID: The `id` of the dictionary supplied by the caller,
    ///   or `nil` if none was supplied.
    mutating func run(expectedDictionaryID: UInt32?) throws(LZ4Error) -> [UInt8] {
        let info = try readHeader()
        try validate(info, expectedDictionaryID: expectedDictionaryID)

        // Trust the declared content size only up to LZ4's maximum expansion (~255:1 per
        // block) of the bytes actually present; beyond that the buffer grows on demand.
        let plausible = UInt64(source.count) * 256 + 65_536
        let declared = info.contentSize
        let initial = declared > 0 ? min(declared, plausible) : min(UInt64(source.count) * 4, plausible)
        var output = [UInt8](repeating: 0, count: max(Int(initial), 64))
        var produced = 0

        while true {
            var sourceSize = source.count - offset
            var outputSize = output.count - produced
            let hint = output.withUnsafeMutableBytes { destination in
                decompressStep(
                    destination.baseAddress! + produced, &outputSize,
                    source.baseAddress! + offset, &sourceSize)
            }
            _ = try lz4Check(hint, "decompress")
            offset += sourceSize
            produced += outputSize
            if hint == 0 { break }  // end mark and checksum verified
            if produced == output.count {
                output.append(contentsOf: repeatElement(0, count: output.count))
            } else if offset == source.count {
                throw LZ4Error(
                    code: LZ4Error.frameSizeWrong,
                    context: "decompress: truncated frame (input ended, liblz4 expects \(hint) more bytes)")
            } else if sourceSize == 0 && outputSize == 0 {
                throw LZ4Error(code: LZ4Error.generic, context: "decompress: liblz4 made no progress")
            }
        }

        guard offset == source.count else {
            throw LZ4Error(
                code: LZ4Error.generic,
                context: "decompress: \(source.count - offset) trailing bytes after the frame")
        }
        if declared > 0 && UInt64(produced) != declared {
            throw LZ4Error(
                code: LZ4Error.frameSizeWrong,
                context: "decompress: content is \(produced) bytes, header declares \(declared)")
        }
        output.removeSubrange(produced...)
        return output
    }

    /// Decodes the frame header, consuming it from `source`.
    private mutating func readHeader() throws(LZ4Error) -> LZ4F_frameInfo_t {
        var info = LZ4F_frameInfo_t()
        var consumed = source.count
        let hint = LZ4F_getFrameInfo(dctx, &info, source.baseAddress, &consumed)
        if LZ4F_isError(hint) != 0 {
            let error = LZ4Error(result: hint, context: "decompress: frame header")
            if error.code == LZ4Error.frameHeaderIncomplete {
                throw LZ4Error(code: error.code, context: "decompress: truncated frame header")
            }
            throw error
        }
        offset = consumed
        return info
    }

    private func validate(_ info: LZ4F_frameInfo_t, expectedDictionaryID: UInt32?) throws(LZ4Error) {
        guard info.frameType == LZ4F_frame else {
            throw LZ4Error(code: LZ4Error.frameTypeUnknown, context: "decompress: skippable frame, no content")
        }
        guard info.contentChecksumFlag == LZ4F_contentChecksumEnabled else {
            throw LZ4Error(
                code: LZ4Error.contentChecksumFlagInvalid,
                context: "decompress: frame has no content checksum, refusing unverifiable data")
        }
        if info.dictID != 0 {
            guard let expectedDictionaryID else {
                throw LZ4Error(
                    code: LZ4Error.parameterNull,
                    context: "decompress: frame needs dictionary \(info.dictID), none given")
            }
            guard expectedDictionaryID == info.dictID else {
                throw LZ4Error(
                    code: LZ4Error.parameterNull,
                    context: "decompress: frame needs dictionary \(info.dictID), got \(expectedDictionaryID)")
            }
        }
    }

    /// One `LZ4F_decompress` call, with the dictionary when there is one.
    private func decompressStep(
        _ destination: UnsafeMutableRawPointer, _ destinationSize: UnsafeMutablePointer<Int>,
        _ source: UnsafeRawPointer, _ sourceSize: UnsafeMutablePointer<Int>
    ) -> Int {
        if let dictionary {
            return LZ4F_decompress_usingDict(
                dctx, destination, destinationSize, source, sourceSize,
                dictionary.baseAddress, dictionary.count, nil)
        }
        return LZ4F_decompress(dctx, destination, destinationSize, source, sourceSize, nil)
    }
}
