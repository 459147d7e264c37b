/// The `HuizongReport` stage of the Huizong pipeline (see Package.swift for the stage order).
public enum HuizongReportStage { public static let name = "HuizongReport" }
