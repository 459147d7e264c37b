// swift-tools-version: 6.1
// Huizong (汇总): batch consolidation of Hebei-template unit budgets.
//
// Modules, one per stage, dependencies pointing one way:
//   HuizongModel → HuizongParse → HuizongRules → HuizongRollup → HuizongStore
//   → HuizongDiff → HuizongReport → HuizongJobs → huizong (CLI)
// Only HuizongStore touches C (CLZ4, SQLite through GRDB).
import PackageDescription

let package = Package(
    name: "Huizong",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "huizong", targets: ["huizong"]),
        .library(name: "HuizongModel", targets: ["HuizongModel"]),
        .library(name: "HuizongParse", targets: ["HuizongParse"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.0.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .target(name: "HuizongModel"),
        .target(name: "HuizongParse", dependencies: ["HuizongModel"]),
        .target(name: "HuizongRules", dependencies: ["HuizongModel", "HuizongParse"]),
        .target(name: "HuizongRollup", dependencies: ["HuizongModel", "HuizongParse", "HuizongRules"]),
        .target(name: "HuizongGenerate", dependencies: ["HuizongModel", "HuizongParse"]),
        .systemLibrary(
            name: "CLZ4",
            path: "Sources/CLZ4",
            pkgConfig: "liblz4",
            providers: [.apt(["liblz4-dev"])]
        ),
        .target(name: "HuizongStore", dependencies: [
            "HuizongModel", "HuizongParse", "HuizongRules", "HuizongRollup", "CLZ4",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        .target(name: "HuizongDiff", dependencies: ["HuizongModel", "HuizongParse", "HuizongRules", "HuizongStore"]),
        .target(name: "HuizongReport", dependencies: ["HuizongModel", "HuizongParse", "HuizongRules", "HuizongRollup", "HuizongDiff"]),
        .target(name: "HuizongJobs", dependencies: [
            "HuizongModel", "HuizongParse", "HuizongRules", "HuizongRollup", "HuizongStore", "HuizongDiff", "HuizongReport",
            .product(name: "Yams", package: "Yams"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .executableTarget(name: "huizong", dependencies: [
            "HuizongModel", "HuizongParse", "HuizongRules", "HuizongRollup", "HuizongGenerate", "HuizongStore", "HuizongDiff", "HuizongReport", "HuizongJobs",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .target(name: "HuizongTestSupport", dependencies: ["HuizongModel", "HuizongParse"], path: "Tests/HuizongTestSupport"),
        .testTarget(name: "HuizongModelTests", dependencies: ["HuizongModel"]),
        .testTarget(name: "HuizongParseTests", dependencies: ["HuizongModel", "HuizongParse", "HuizongTestSupport"]),
        .testTarget(name: "HuizongRulesTests", dependencies: ["HuizongModel", "HuizongParse", "HuizongRules", "HuizongTestSupport"]),
        .testTarget(name: "HuizongGenerateTests", dependencies: ["HuizongModel", "HuizongParse", "HuizongRules", "HuizongGenerate", "HuizongTestSupport"]),
        .testTarget(name: "HuizongRollupTests", dependencies: ["HuizongModel", "HuizongParse", "HuizongRules", "HuizongRollup", "HuizongGenerate", "HuizongTestSupport"]),
        .testTarget(name: "HuizongDiffTests", dependencies: ["HuizongModel", "HuizongParse", "HuizongRules", "HuizongRollup", "HuizongStore", "HuizongDiff", "HuizongTestSupport"]),
        .testTarget(name: "HuizongJobsTests", dependencies: ["HuizongModel", "HuizongParse", "HuizongRules", "HuizongStore", "HuizongJobs", "HuizongTestSupport"]),
        .testTarget(name: "HuizongStoreTests", dependencies: ["HuizongModel", "HuizongParse", "HuizongRules", "HuizongRollup", "HuizongStore", "HuizongTestSupport"]),
        .testTarget(name: "HuizongReportTests", dependencies: ["HuizongModel", "HuizongParse", "HuizongRules", "HuizongRollup", "HuizongDiff", "HuizongReport", "HuizongTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
