import EngageCore

/// The agencies report on its page: authority × agency type, a ✓ where an agency of that type
/// was reached in the period, the column totals under them.
enum AgenciesReportView {
    static func render(_ report: AgenciesReport) -> HTML {
        let types = AgencyType.allCases
        let columns = [ReportTable.Column("Authority"), .init("Region")] + types.map { ReportTable.Column($0.name, number: true) }
        let rows = report.rows.map { row in [row.authority, row.region.name] + types.map { row.reached($0) ? "✓" : "" } }
        let total = ["Authorities reached: \(report.authoritiesReached)", ""] + types.map { String(report.total($0)) }
        return """
            <p class="report-note">Authorities reached through more than one agency type: \
            <strong>\(report.reachedThroughSeveralTypes)</strong>.</p>\
            \(ReportTable.render(id: "agencies-table", caption: "Agency types reached per authority", columns: columns, rows: rows,
                                 total: total, empty: "No agency was reached in this period."))
            """
    }
}
