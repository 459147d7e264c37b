import Testing
@testable import HuizongRules

/// IndexFilter lists the same indices as `indices.filter`, in the same order.
@Suite struct IndexFilterTests {
    @Test(arguments: [0, 1, 2, 7, 64])
    func sameIndicesAsFilter(count: Int) {
        let values = (0..<count).map { ($0 * 37) % 11 }
        for divisor in 1...4 {
            let expected = values.indices.filter { values[$0] % divisor == 0 }
            #expect(IndexFilter.indices(values) { $0 % divisor == 0 } == expected)
        }
        #expect(IndexFilter.indices(values) { _ in false } == [])
        #expect(IndexFilter.indices(values) { _ in true } == Array(values.indices))
    }

    @Test func elementsAreTestedInPlace() {
        let names = ["合计", "一、因公出国（境）费", "其中：公务用车购置费", "公务接待费"]
        #expect(IndexFilter.indices(names) { $0.hasSuffix("费") } == [1, 2, 3])
    }
}
