import Testing
import HuizongModel
@testable import HuizongRules

/// `ProcurementRows.smeIndex` is a literal: it must name the last summed column, the share.
@Suite struct ProcurementRowsSchemaTests {
    @Test func smeIndexIsTheLastSummedColumn() {
        #expect(ProcurementRows.smeIndex == ProcurementRows.summedColumns.count - 1)
        #expect(ProcurementRows.summedColumns[ProcurementRows.smeIndex] == ProcurementRows.smeColumn)
        #expect(ProcurementRows.smeIndex == TableSchema.procurementAmounts.count)
    }
}
