/// The item rows of the procurement table's projects (``ProcurementRows/projects(_:groups:)``):
/// every project's row indices, project after project, in one array.
///
/// Projects are addressed by number (0 up to ``count``) and their rows read through
/// ``range(_:)`` in ``rows``: no slice per project, so neither building the projects nor
/// walking them retains the shared storage once per project.
struct ProcurementProjects {
    /// The item rows' indices in ``ProcurementTable/rows``, project after project; within a
    /// project in printed order.
    let rows: [Int]
    /// Where each project's rows end in ``rows``.
    let ends: [Int]

    /// No projects (no procurement table).
    static let none = ProcurementProjects(rows: [], ends: [])

    /// The number of projects.
    var count: Int { ends.count }

    /// The positions in ``rows`` of project `project`'s rows.
    @inline(__always)
    func range(_ project: Int) -> Range<Int> {
        (project == 0 ? 0 : ends[project - 1])..<ends[project]
    }
}
