import HuizongModel

/// The words that tell what a narrative figure refers to.
///
/// Keywords are written in the form ``ClaimLabel/normalised(_:)`` produces: no quotes,
/// no whitespace, ASCII parentheses, so `“三公”经费`, `"三公"经费` and `三公经费` all match
/// `三公经费`.
enum ClaimVocabulary {
    /// One keyword and what it names.
    struct Entry: Sendable {
        let keyword: Scalars
        let subject: ClaimSubject
    }

    /// Subject keywords. The match ending nearest the figure wins (`基本支出中人员经费` is
    /// 人员经费); among matches ending at the same place the one listed first wins, so
    /// longer keywords come before the shorter ones they end with (`一般公共预算收入`
    /// before `预算收入`). Entries mapping to `.unrecognised` block a shorter keyword
    /// (`一般公共预算支出` is not `预算支出`).
    static let subjects: [Entry] = table([
        ("拟购置固定资产总额", .plannedAssetPurchases), ("拟购置固定资产", .plannedAssetPurchases),
        ("购置固定资产", .plannedAssetPurchases),
        ("上年末固定资产金额", .fixedAssets), ("固定资产金额", .fixedAssets), ("固定资产总额", .fixedAssets),
        ("固定资产原值", .fixedAssets),
        ("一般公共预算财政拨款收入", .generalBudgetIncome), ("一般公共预算拨款收入", .generalBudgetIncome),
        ("一般公共预算收入", .generalBudgetIncome),
        ("政府性基金预算财政拨款收入", .fundBudgetIncome), ("政府性基金预算拨款收入", .fundBudgetIncome),
        ("政府性基金预算收入", .fundBudgetIncome), ("基金预算拨款收入", .fundBudgetIncome),
        ("基金预算收入", .fundBudgetIncome),
        ("国有资本经营预算财政拨款收入", .stateCapitalIncome), ("国有资本经营预算拨款收入", .stateCapitalIncome),
        ("国有资本经营预算收入", .stateCapitalIncome),
        ("财政专户管理资金收入", .specialAccountIncome), ("财政专户核拨收入", .specialAccountIncome),
        ("财政专户收入", .specialAccountIncome),
        ("单位资金收入", .unitFundsIncome),
        ("上年结转结余", .carriedForward), ("上年结转", .carriedForward),
        ("年初结转和结余", .carriedForward), ("年初结转结余", .carriedForward), ("年初结转", .carriedForward),
        ("一般公共预算财政拨款支出", .unrecognised), ("一般公共预算拨款支出", .unrecognised),
        ("一般公共预算支出", .unrecognised), ("基金预算支出", .unrecognised),
        ("国有资本经营预算支出", .unrecognised), ("财政拨款支出", .unrecognised),
        ("财政拨款收入", .unrecognised),
        ("预算收支安排", .totalBudget), ("收支总预算", .totalBudget), ("收支预算", .totalBudget),
        ("收支安排", .totalBudget),
        ("支出总预算", .totalExpenditure), ("支出预算", .totalExpenditure), ("预算支出", .totalExpenditure),
        ("支出总计", .totalExpenditure),
        ("预算收入", .totalIncome), ("收入预算", .totalIncome), ("收入总计", .totalIncome),
        ("机关运行经费", .operatingCosts),
        ("公务用车购置及运行维护费", .officialVehicles), ("公务用车购置及运维费", .officialVehicles),
        ("公务用车购置及运行费", .officialVehicles),
        ("公务用车购置费", .vehiclePurchase),
        ("公务用车运行维护费", .vehicleOperation), ("公务用车运维费", .vehicleOperation),
        ("公务用车运行费", .vehicleOperation),
        ("因公出国(境)费", .travelAbroad), ("因公出国境费", .travelAbroad), ("因公出国费", .travelAbroad),
        ("公务接待费", .reception),
        ("三公经费", .threePublic),
        ("基本支出", .basicExpenditure),
        ("人员经费", .personnelExpenditure),
        ("日常公用经费", .publicExpenditure), ("公用经费", .publicExpenditure),
        ("项目支出", .projectExpenditure),
    ])

    /// Words that make a figure an increase against last year.
    static let increaseWords: [Scalars] = ["增加", "增长", "上升", "提高", "增多"].map { Scalars(scalarsOf: $0) }
    /// Words that make a figure a decrease against last year.
    static let decreaseWords: [Scalars] = ["减少", "下降", "降低", "减小", "缩减"].map { Scalars(scalarsOf: $0) }

    /// Words after a 项目支出 figure that introduce the list of named projects.
    static let projectListWords: [Scalars] = [
        "主要为", "主要是", "主要包括", "主要有", "主要用于", "具体为", "具体包括", "分别为", "包括", "其中",
    ].map { Scalars(scalarsOf: $0) }

    /// The subject a normalised label names, or `nil` when it names none (blocking
    /// entries give `.unrecognised`).
    static func subject(named label: Scalars) -> ClaimSubject? {
        var best: (end: Int, subject: ClaimSubject)? = nil
        for entry in subjects {
            guard let start = label.lastIndex(ofScalars: entry.keyword) else { continue }
            let end = start + entry.keyword.count
            if best == nil || end > best!.end { best = (end, entry.subject) }
        }
        return best?.subject
    }

    /// Whether a normalised label states a change: the change word nearest the figure wins.
    static func change(in label: Scalars) -> ClaimChange {
        var best: (end: Int, change: ClaimChange)? = nil
        for (words, change) in [(increaseWords, ClaimChange.increase), (decreaseWords, .decrease)] {
            for word in words {
                guard let start = label.lastIndex(ofScalars: word) else { continue }
                let end = start + word.count
                if best == nil || end > best!.end { best = (end, change) }
            }
        }
        return best?.change ?? .level
    }

    private static func table(_ rows: [(String, ClaimSubject)]) -> [Entry] {
        rows.map { Entry(keyword: Scalars(scalarsOf: $0.0), subject: $0.1) }
    }
}
