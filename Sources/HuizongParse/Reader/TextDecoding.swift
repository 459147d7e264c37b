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
/// Bytes that contain NUL or other control characters are not text.
enum TextDecoding {
    /// Why the bytes are not a text.
    enum Failure: Error { case empty, binary(String) }

    static func decode(_ raw: [UInt8]) -> Result<(bytes: [UInt8], encoding: SourceEncoding), Failure> {
        if raw.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) { return .failure(.empty) }
        if raw.count >= 3 && raw[0] == 0xEF && raw[1] == 0xBB && raw[2] == 0xBF {
            let body = Array(raw[3...])
            return validateText(body, encoding: .utf8WithBOM)
        }
        if raw.count >= 2 && ((raw[0] == 0xFF && raw[1] == 0xFE) || (raw[0] == 0xFE && raw[1] == 0xFF)) {
            guard let text = String(data: Data(raw), encoding: .utf16) else { return .failure(.binary("UTF-16 字节序标记之后的内容无法解码")) }
            return validateText(Array(text.utf8), encoding: .utf16)
        }
        if isValidUTF8(raw) { return validateText(raw, encoding: .utf8) }
        if raw.contains(0) { return .failure(.binary("含有 NUL 字节")) }
        let gb18030 = String.Encoding(rawValue: 0x8000_0632)
        guard let text = String(data: Data(raw), encoding: gb18030) else {
            return .failure(.binary("既不是有效的 UTF-8，也不是有效的 GB18030/GBK"))
        }
        return validateText(Array(text.utf8), encoding: .gb18030)
    }

    /// Rejects text with control characters other than TAB, LF, CR, FF.
    private static func validateText(_ bytes: [UInt8], encoding: SourceEncoding) -> Result<(bytes: [UInt8], encoding: SourceEncoding), Failure> {
        var controls = 0
        for b in bytes where b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C { controls += 1 }
        if controls > 0 { return .failure(.binary("含有 \(controls) 个控制字符")) }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) { return .failure(.empty) }
        return .success((bytes, encoding))
    }

    /// A strict UTF-8 validator (no overlongs, no surrogates), byte by byte.
    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            var need = 0
            var min: UInt32 = 0
            var cp: UInt32 = 0
            if b & 0xE0 == 0xC0 { need = 1; min = 0x80; cp = UInt32(b & 0x1F) }
            else if b & 0xF0 == 0xE0 { need = 2; min = 0x800; cp = UInt32(b & 0x0F) }
            else if b & 0xF8 == 0xF0 { need = 3; min = 0x10000; cp = UInt32(b & 0x07) }
            else { return false }
            for k in 1...need {
                guard i + k < n else { return false }
                let c = bytes[i + k]
                guard c & 0xC0 == 0x80 else { return false }
                cp = (cp << 6) | UInt32(c & 0x3F)
            }
            if cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) { return false }
            i += need + 1
        }
        return true
    }
}
