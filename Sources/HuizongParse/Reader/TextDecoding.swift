import Foundation

/// The encodings a budget file can arrive in; detected, not configured.
public enum SourceEncoding: String, Sendable, Hashable, Codable {
    case utf8 = "UTF-8"
    case utf8WithBOM = "UTF-8 (BOM)"
    case gb18030 = "GB18030"
    case utf16 = "UTF-16"
}

/// Turns the bytes of a file into UTF-8 bytes, detecting the encoding.
///
/// UTF-8 (with or without BOM) is taken as is; UTF-16 with a BOM is converted; anything
/// else that is not valid UTF-8 is decoded as GB18030 (a superset of GBK and GB2312).
/// Bytes that contain NUL or other control characters are not text. The decoded text
/// comes with its ``TextScan``, so a UTF-8 file is looked at only once.
enum TextDecoding {
    /// Why the bytes are not a text.
    enum Failure: Error { case empty, binary(String) }

    /// Decoded text: valid UTF-8 bytes, the encoding they came in, and their scan.
    struct Decoded {
        var bytes: [UInt8]
        var encoding: SourceEncoding
        var scan: TextScan
    }

    /// The decoded text, or why the bytes are not a text.
    ///
    /// Not a `Result<Decoded, Failure>`: the first use of a Result's type checks at run time
    /// that its failure type conforms to Error, a look-up that scans every conformance
    /// record of every loaded library (some 200 K instructions, serial).
    enum Outcome {
        case success(Decoded)
        case failure(Failure)
    }

    static func decode(_ raw: [UInt8]) -> Outcome {
        if raw.count >= 3 && raw[0] == 0xEF && raw[1] == 0xBB && raw[2] == 0xBF {
            var body = Array(raw[3...])
            let scan = TextScan(body)
            if scan.isValidUTF8 { return validateText(body, scan, encoding: .utf8WithBOM) }
            // Invalid bytes after a BOM are read as U+FFFD, as `String(decoding:)` reads them.
            let controls = TextScan.controlCount(body)
            if controls > 0 { return .failure(.binary("含有 \(controls) 个控制字符")) }
            body = Array(String(decoding: body, as: UTF8.self).utf8)
            return validateText(body, TextScan(body), encoding: .utf8WithBOM)
        }
        if raw.count >= 2 && ((raw[0] == 0xFF && raw[1] == 0xFE) || (raw[0] == 0xFE && raw[1] == 0xFF)) {
            guard let text = String(data: Data(raw), encoding: .utf16) else { return .failure(.binary("UTF-16 字节序标记之后的内容无法解码")) }
            let bytes = Array(text.utf8)
            return validateText(bytes, TextScan(bytes), encoding: .utf16)
        }
        let scan = TextScan(raw)
        if scan.isOnlyWhitespace { return .failure(.empty) }
        if scan.isValidUTF8 { return validateText(raw, scan, encoding: .utf8) }
        if scan.hasNUL { return .failure(.binary("含有 NUL 字节")) }
        let gb18030 = String.Encoding(rawValue: 0x8000_0632)
        guard let text = String(data: Data(raw), encoding: gb18030) else {
            return .failure(.binary("既不是有效的 UTF-8，也不是有效的 GB18030/GBK"))
        }
        let bytes = Array(text.utf8)
        return validateText(bytes, TextScan(bytes), encoding: .gb18030)
    }

    /// Rejects text with control characters other than TAB, LF, CR, FF.
    private static func validateText(_ bytes: [UInt8], _ scan: TextScan, encoding: SourceEncoding) -> Outcome {
        if scan.controlCount > 0 { return .failure(.binary("含有 \(scan.controlCount) 个控制字符")) }
        if scan.isOnlyWhitespace { return .failure(.empty) }
        return .success(Decoded(bytes: bytes, encoding: encoding, scan: scan))
    }
}
