import Testing
import HuizongParse
import HuizongTestSupport
@testable import HuizongStore
@Suite struct ScratchDebug {
    @Test func sizes() {
        let text = TextLayoutWriter.write(Seed.unit(code: "401001"))
        print("writer seed", text.utf8.count)
        let p = DictionaryMeasurement.perturbed("401001", numerator: 9)
        let r = BudgetReader.read(text: text)
        print("t1", p.t1 != nil, p.t2 != nil, p.t9 != nil, r.diagnostics.prefix(3).map(\.message))
        print(text.split(separator: "\n").prefix(40).joined(separator: "|"))
    }
}
