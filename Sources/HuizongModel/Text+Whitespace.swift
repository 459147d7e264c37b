extension StringProtocol {
    /// The text without any whitespace (ASCII, full-width U+3000, no-break space):
    /// how headers and labels are compared (`科目    编码` = `科目编码`).
    public var removingWhitespace: String {
        var out = String.UnicodeScalarView()
        for scalar in unicodeScalars where !scalar.properties.isWhitespace { out.append(scalar) }
        return String(out)
    }

    /// The text with leading and trailing whitespace removed (full-width and no-break too).
    public var trimmingAllWhitespace: String {
        let scalars = Array(unicodeScalars)
        var start = 0, end = scalars.count
        while start < end && scalars[start].properties.isWhitespace { start += 1 }
        while end > start && scalars[end - 1].properties.isWhitespace { end -= 1 }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[start..<end])
        return String(out)
    }
}

extension String {
    /// The text without `prefix`, when it starts with it.
    public func droppingPrefix(_ prefix: String) -> String {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self
    }
}
