/// The `HuizongRules` stage of the Huizong pipeline (see Package.swift for the stage order).
public enum HuizongRulesStage { public static let name = "HuizongRules" }
