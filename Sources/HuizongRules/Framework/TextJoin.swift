/// Strings put together in one allocation: the text of a not-checked reason or of a ledger
/// entry is built from a few parts, and interpolation would grow its buffer part by part
/// (`String.append` of a part costs several hundred instructions; copying the bytes into a
/// buffer of the final size and validating them once costs less).
enum TextJoin {
    /// `parts` one after another.
    static func concat(_ parts: String...) -> String { joined(parts, separator: "") }

    /// `parts` with `separator` between them, as `parts.joined(separator:)` gives.
    static func joined(_ parts: [String], separator: String) -> String {
        if parts.isEmpty { return "" }
        if parts.count == 1 { return parts[0] }
        var separator = separator
        var count = separator.utf8.count * (parts.count - 1)
        for part in parts { count += part.utf8.count }
        // Long parts (a ledger reason joins whole sentences): appending costs a few hundred
        // instructions a part whatever its length, validating some ten a byte.
        if count > 40 * parts.count {
            var out = String()
            out.reserveCapacity(count)
            for index in parts.indices {
                if index > 0 { out.append(separator) }
                out.append(parts[index])
            }
            return out
        }
        return separator.withUTF8 { between in
            String(unsafeUninitializedCapacity: count) { buffer in
                var at = 0
                for index in parts.indices {
                    if index > 0 { at = copy(between, into: buffer, at: at) }
                    var part = parts[index]
                    at = part.withUTF8 { copy($0, into: buffer, at: at) }
                }
                return at
            }
        }
    }

    /// Copies `bytes` into `buffer` at `offset`; the offset after them.
    private static func copy(_ bytes: UnsafeBufferPointer<UInt8>, into buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int) -> Int {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return offset }
        (buffer.baseAddress! + offset).update(from: source, count: bytes.count)
        return offset + bytes.count
    }
}
