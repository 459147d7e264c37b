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
        for k in 0..<count where matches(k, in: text, at: index) { return k }
        return nil
    }
}
