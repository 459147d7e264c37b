import CLZ4

/// A failure of the LZ4 frame codec, with liblz4's error code and name and the step that failed.
///
/// `code` is a value of liblz4's `LZ4F_errorCodes` list (see `lz4frame.h`, which hides the
/// enum behind `LZ4F_STATIC_LINKING_ONLY`; the well-known values are mirrored as static
/// constants below). Conditions that the codec detects itself (a truncated frame, trailing
/// bytes, a dictionary mismatch) reuse the closest liblz4 code, so `name` always comes from
/// `LZ4F_getErrorName` and `context` tells what actually went wrong.
public struct LZ4Error: Error, Sendable, Hashable, CustomStringConvertible {
    /// The liblz4 error code (an `LZ4F_errorCodes` value, e.g. 18 for a content checksum mismatch).
    public let code: Int
    /// The error name liblz4 reports for `code`, e.g. `"ERROR_contentChecksum_invalid"`.
    public let name: String
    /// The operation and condition that failed, e.g. `"decompress: truncated frame"`.
    public let context: String

    /// Creates an error from a liblz4 error code, looking its name up with `LZ4F_getErrorName`.
    ///
    /// - Parameters:
    ///   - code: An `LZ4F_errorCodes` value (positive; `0` means no error).
    ///   - context: The operation and condition that failed.
    public init(code: Int, context: String) {
        self.code = code
        self.name = String(cString: LZ4F_getErrorName(0 &- code))
        self.context = context
    }

    /// Creates an error from the raw `size_t` result of a liblz4 frame function.
    ///
    /// liblz4 encodes an error as `(size_t)-code`; Swift imports `size_t` as `Int`, so the
    /// code is the negated result.
    init(result: Int, context: String) {
        self.code = 0 &- result
        self.name = String(cString: LZ4F_getErrorName(result))
        self.context = context
    }

    /// A one-line rendering: context, liblz4 error name and code.
    public var description: String {
        "LZ4 \(context): \(name) (code \(code))"
    }
}

extension LZ4Error {
    /// `ERROR_GENERIC`: an unspecified failure (also used for trailing bytes after a frame).
    public static let generic = 1
    /// `ERROR_contentChecksumFlag_invalid`: the frame lacks the content checksum the codec requires.
    public static let contentChecksumFlagInvalid = 4
    /// `ERROR_allocation_failed`: liblz4 could not allocate a context or dictionary.
    public static let allocationFailed = 9
    /// `ERROR_dstMaxSize_tooSmall`: the output buffer was too small.
    public static let dstMaxSizeTooSmall = 11
    /// `ERROR_frameHeader_incomplete`: the input ends inside the frame header.
    public static let frameHeaderIncomplete = 12
    /// `ERROR_frameType_unknown`: the input does not start with the LZ4 frame magic number.
    public static let frameTypeUnknown = 13
    /// `ERROR_frameSize_wrong`: the frame is truncated or its content size disagrees with the data.
    public static let frameSizeWrong = 14
    /// `ERROR_decompressionFailed`: a compressed block is malformed.
    public static let decompressionFailed = 16
    /// `ERROR_headerChecksum_invalid`: the frame header checksum does not match.
    public static let headerChecksumInvalid = 17
    /// `ERROR_contentChecksum_invalid`: the decoded content does not match the frame's xxHash32.
    public static let contentChecksumInvalid = 18
    /// `ERROR_parameter_null`: a required parameter was missing (also: a dictionary mismatch).
    public static let parameterNull = 21
}

/// Returns `result` unchanged if it is not a liblz4 error code; throws otherwise.
///
/// - Parameters:
///   - result: The `size_t` result of an `LZ4F_*` function, imported as `Int`.
///   - context: The operation named in the thrown error.
@inline(__always)
func lz4Check(_ result: Int, _ context: @autoclosure () -> String) throws(LZ4Error) -> Int {
    if LZ4F_isError(result) != 0 {
        throw LZ4Error(result: result, context: context())
    }
    return result
}
