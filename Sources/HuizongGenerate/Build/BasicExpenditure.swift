/// A unit's basic expenditure (基本支出): wages and social contributions by staff, pensions
/// by retirees, running costs by head, each on its economic 款 and function 项 as the
/// seed books them (养老保险缴费 under 2080505, 医疗 under 21011, 公积金 under 2210201 …).
enum BasicExpenditure {
    /// The lines of a unit with `staff` people and `vehicles` official cars.
    static func lines(_ spec: UnitSpec, staff: Int, vehicles: Int64, rng: inout SplitMix64) -> [BasicLine] {
        let admin = spec.template.nature.isAdministrative
        let main = spec.mainItem
        var lines: [BasicLine] = []
        func add(_ code: String, _ item: String, yuan: Int64) {
            let hundredths = (yuan + 50) / 100
            guard hundredths > 0 else { return }
            lines.append(BasicLine(economic: code, item: item, amount: hundredths))
        }
        func perHead(_ range: ClosedRange<Int>, _ heads: Int = staff) -> Int64 {
            Int64(heads) * Int64(rng.int(range)) + Int64(rng.int(0...9_999))
        }
        func share(_ base: Int64, _ perMille: ClosedRange<Int>) -> Int64 { base * Int64(rng.int(perMille)) / 1000 }

        // 301 工资福利支出.
        let wage = perHead(admin ? 33_000...40_000 : 28_000...38_000)
        let allowance = perHead(admin ? 20_000...32_000 : 5_000...12_000)
        let bonus = admin ? perHead(2_800...3_400) : 0
        let performance = admin ? 0 : perHead(25_000...45_000)
        let base = wage + allowance + bonus + performance
        add("30101", main, yuan: wage)
        add("30102", main, yuan: allowance)
        add("30103", main, yuan: bonus)
        add("30107", main, yuan: performance)
        add("30108", "2080505", yuan: base * 16 / 100)
        add("30109", "2080506", yuan: base * 8 / 100)
        add("30110", admin ? "2101101" : "2101102", yuan: share(base, 60...80))
        if admin || rng.percent(50) { add("30111", "2101103", yuan: share(base, 25...40)) }
        add("30112", main, yuan: share(base, 5...10))
        add("30113", "2210201", yuan: base * 12 / 100)
        if rng.percent(40) { add("30199", main, yuan: share(base, 20...100)) }

        // 302 商品和服务支出.
        let running = perHead(admin ? 6_000...12_000 : 4_000...9_000)
        add("30201", main, yuan: share(running, 260...340))
        if rng.percent(30) { add("30202", main, yuan: share(running, 10...40)) }
        add("30205", main, yuan: share(running, 20...40))
        add("30206", main, yuan: share(running, 50...90))
        add("30207", main, yuan: share(running, 30...60))
        if rng.percent(60) { add("30208", main, yuan: share(running, 50...120)) }
        if rng.percent(30) { add("30209", main, yuan: share(running, 60...150)) }
        add("30211", main, yuan: share(running, 60...120))
        if rng.percent(3) && spec.isOffice { add("30212", main, yuan: Int64(rng.int(20_000...80_000))) }
        if rng.percent(50) { add("30213", main, yuan: share(running, 40...100)) }
        if rng.percent(10) { add("30214", main, yuan: share(running, 50...150)) }
        if rng.percent(30) { add("30215", main, yuan: share(running, 10...30)) }
        add("30216", main, yuan: share(running, 20...50))
        if rng.percent(admin ? 70 : 30) { add("30217", main, yuan: Int64(rng.int(10...150)) * 100) }
        if rng.percent(15) { add("30226", main, yuan: share(running, 30...80)) }
        if rng.percent(10) { add("30227", main, yuan: share(running, 30...80)) }
        add("30228", main, yuan: base * 2 / 100)
        add("30229", main, yuan: share(base, 15...25))
        if vehicles > 0 { add("30231", main, yuan: vehicles * Int64(rng.int(12_000...30_000))) }
        if admin && rng.percent(70) { add("30239", main, yuan: perHead(3_000...7_000)) }
        add("30299", main, yuan: share(running, 10...50))

        // 303 对个人和家庭的补助.
        let pensionItem = admin ? "2080501" : "2080502"
        let retirees = max(1, staff * rng.int(10...60) / 100)
        if rng.percent(8) { add("30301", pensionItem, yuan: Int64(rng.int(150_000...600_000))) }
        add("30302", pensionItem, yuan: perHead(8_000...25_000, retirees))
        if rng.percent(20) { add("30305", pensionItem, yuan: Int64(rng.int(10_000...80_000))) }
        if rng.percent(5) { add("30304", pensionItem, yuan: Int64(rng.int(20_000...120_000))) }

        // 310 资本性支出.
        if rng.percent(25) { add("31002", main, yuan: Int64(rng.int(10...60)) * 1_000) }
        return lines
    }
}
