/// The `HuizongDiff` stage of the Huizong pipeline (see Package.swift for the stage order).
public enum HuizongDiffStage { public static let name = "HuizongDiff" }
