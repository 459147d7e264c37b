/// The unit's fixed assets at the end of last year (固定资产占用情况表).
enum AssetPlanner {
    /// Official cars of a unit (公务用车): offices usually have some, institutions rarely.
    static func vehicles(_ spec: UnitSpec, rng: inout SplitMix64) -> Int64 {
        if spec.isOffice { return rng.percent(70) ? Int64(rng.int(1...3)) : 0 }
        return rng.percent(35) ? Int64(rng.int(1...2)) : 0
    }

    /// The asset figures of a unit with `staff` people and `vehicles` cars.
    static func assets(_ spec: UnitSpec, staff: Int, vehicles: Int64, rng: inout SplitMix64) -> AssetFigures {
        var figures = AssetFigures(buildingArea: nil, buildingValue: 0, officeArea: nil, officeValue: 0,
                                   vehicles: vehicles, vehicleValue: 0, equipment: 0, equipmentValue: 0,
                                   others: 0, otherValue: 0)
        if rng.percent(70) {
            let perHead = spec.template.themes.contains("school") || spec.template.themes.contains("clinic") ? 40...90 : 15...40
            let area = Int64(staff * rng.int(perHead))
            let value = area * Int64(rng.int(1_500...4_500)) / 100
            let officeShare = Int64(rng.int(25...70))
            figures.buildingArea = area
            figures.buildingValue = value
            figures.officeArea = area * officeShare / 100
            figures.officeValue = value * officeShare / 100
        }
        if vehicles > 0 { figures.vehicleValue = vehicles * Int64(rng.int(800...2_500)) }
        if rng.percent(15) {
            figures.equipment = Int64(rng.int(1...3))
            figures.equipmentValue = figures.equipment * Int64(rng.int(2_500...12_000))
        }
        figures.others = Int64(staff * rng.int(5...15))
        figures.otherValue = Int64(staff) * Int64(rng.int(60...150)) + Int64(rng.int(0...99))
        return figures
    }
}
