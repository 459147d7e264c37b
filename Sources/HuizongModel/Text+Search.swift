extension String {
    /// Whether the text contains `fragment`, comparing UTF-8 bytes: no Unicode
    /// normalisation and no Foundation, so it is fast on hot paths (labels, rule checks).
    public func containsBytes(_ fragment: String) -> Bool {
        withBorrowedUTF8 { bytes in fragment.withBorrowedUTF8 { needle in
            guard !needle.isEmpty else { return true }
            guard bytes.count >= needle.count else { return false }
            let first = needle[0]
            var i = 0
            let last = bytes.count - needle.count
            while i <= last {
                if bytes[i] == first {
                    var k = 1
                    while k < needle.count && bytes[i + k] == needle[k] { k += 1 }
                    if k == needle.count { return true }
                }
                i += 1
            }
            return false
        } }
    }
}
