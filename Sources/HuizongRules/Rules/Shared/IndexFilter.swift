/// Indices of the elements that satisfy a cheap test, in an array allocated once at its
/// final size: `indices.filter` grows its result one doubling at a time (an allocation,
/// a copy and a free per step), which cost more than testing the elements twice.
enum IndexFilter {
    /// The indices of `elements` whose element satisfies `isIncluded`, in order (`isIncluded`
    /// is called twice per element: keep it cheap and free of side effects).
    @inline(__always)
    static func indices<Element>(_ elements: [Element], where isIncluded: (Element) -> Bool) -> [Int] {
        elements.withUnsafeBufferPointer { buffer in
            var count = 0
            // Elements read in place through the buffer (a loop over elements would copy each).
            for index in buffer.indices where isIncluded(buffer[index]) { count += 1 }
            if count == 0 { return [] }
            var indices: [Int] = []
            indices.reserveCapacity(count)
            for index in buffer.indices where isIncluded(buffer[index]) { indices.append(index) }
            precondition(indices.count == count, "the test gives the same answer twice")
            return indices
        }
    }
}
