/// A fixed list of words as UTF-8, stored in one flat array.
///
/// The extractor compares text with many short words; keeping them in one buffer (rather
/// than an array of arrays) lets it do so without retaining and releasing a word's
/// storage for every comparison.
struct WordList: Sendable {
    /// Every word's bytes, one after the other.
    private let bytes: [UInt8]
    /// Where each word starts in `bytes`, and where the last one ends.
    private let starts: [Int]
    /// A bit for each byte some word starts with (four words of 64 bits), so
    /// ``firstMatch(in:at:)`` passes over most offsets without trying any word.
    private let firstBytes: (UInt64, UInt64, UInt64, UInt64)
    /// Whether some word is empty (it matches at every offset).
    private let hasEmptyWord: Bool

    /// The words of `list`, in order.
    init(_ list: [String]) {
        var bytes: [UInt8] = []
        var starts: [Int] = [0]
        for word in list {
            bytes.append(contentsOf: word.utf8)
            starts.append(bytes.count)
        }
        self.bytes = bytes
        self.starts = starts
        var bits: [UInt64] = [0, 0, 0, 0]
        for k in 0..<starts.count - 1 where starts[k + 1] > starts[k] {
            let b = bytes[starts[k]]
            bits[Int(b >> 6)] |= 1 << UInt64(b & 0x3F)
        }
        firstBytes = (bits[0], bits[1], bits[2], bits[3])
        hasEmptyWord = zip(starts, starts.dropFirst()).contains { $0 == $1 }
    }

    /// Whether some word starts with byte `b`.
    @inline(__always)
    private func mayStart(with b: UInt8) -> Bool {
        let word: UInt64
        switch b >> 6 {
        case 0: word = firstBytes.0
        case 1: word = firstBytes.1
        case 2: word = firstBytes.2
        default: word = firstBytes.3
        }
        return word & (1 << UInt64(b & 0x3F)) != 0
    }

    /// The number of words.
    var count: Int { starts.count - 1 }

    /// The length in bytes of word `k`.
    @inline(__always)
    func length(_ k: Int) -> Int { starts[k + 1] - starts[k] }

    /// Byte `offset` of word `k`.
    @inline(__always)
    func byte(_ k: Int, _ offset: Int) -> UInt8 { bytes[starts[k] + offset] }

    /// True when word `k` occurs in `text` starting at `index`.
    @inline(__always)
    func matches<Text: RandomAccessCollection<UInt8>>(_ k: Int, in text: Text, at index: Int) -> Bool
    where Text.Index == Int {
        let start = starts[k], length = starts[k + 1] - start
        guard index >= text.startIndex, length <= text.endIndex - index else { return false }
        var offset = 0
        while offset < length {
            if text[index + offset] != bytes[start + offset] { return false }
            offset += 1
        }
        return true
    }

    /// True when word `k` occurs anywhere in `text[range]`.
    func occurs<Text: RandomAccessCollection<UInt8>>(_ k: Int, in text: Text, within range: Range<Int>) -> Bool
    where Text.Index == Int {
        let length = self.length(k)
        guard length > 0 else { return true }
        let first = byte(k, 0)
        var index = range.lowerBound
        while index + length <= range.upperBound {
            if text[index] == first && matches(k, in: text, at: index) { return true }
            index += 1
        }
        return false
    }

    /// The first word (in list order) that occurs in `text` at `index`, or nil.
    func firstMatch<Text: RandomAccessCollection<UInt8>>(in text: Text, at index: Int) -> Int?
    where Text.Index == Int {
        // No word matches where none starts with the byte there (an empty word matches
        // anywhere: it sets no bit, so the words are then tried).
        if index >= text.startIndex && index < text.endIndex && !mayStart(with: text[index]) && !hasEmptyWord { return nil }
        for k in 0..<count where matches(k, in: text, at: index) { return k }
        return nil
    }
}
