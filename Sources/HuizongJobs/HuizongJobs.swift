/// The `HuizongJobs` stage of the Huizong pipeline (see Package.swift for the stage order).
public enum HuizongJobsStage { public static let name = "HuizongJobs" }
