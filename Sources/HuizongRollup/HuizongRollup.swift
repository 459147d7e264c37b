/// The `HuizongRollup` stage of the Huizong pipeline (see Package.swift for the stage order).
public enum HuizongRollupStage { public static let name = "HuizongRollup" }
