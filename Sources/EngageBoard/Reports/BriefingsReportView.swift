import EngageCore

/// The briefings report on its page: each briefing sent, with where it went and how often.
enum BriefingsReportView {
    static func render(_ report: BriefingsReport) -> HTML {
        let columns = [ReportTable.Column("Briefing"), .init("Kind"), .init("Published"), .init("Sendings", number: true),
                       .init("Authorities", number: true), .init("Agencies", number: true), .init("Networks", number: true),
                       .init("Sent to")]
        let rows = report.briefings.map { entry in
            [entry.title, entry.kind.rawValue, entry.publishedOn?.description ?? "—", String(entry.counts.sendings),
             String(entry.counts.authorities), String(entry.counts.agencies), String(entry.counts.networks),
             entry.targets.map { "\($0.name) (\($0.kind.rawValue)\($0.times > 1 ? ", ×\($0.times)" : ""))" }.joined(separator: "; ")]
        }
        let total = ["Total", "", "", String(report.total.sendings), String(report.total.authorities),
                     String(report.total.agencies), String(report.total.networks), ""]
        return ReportTable.render(id: "briefings-table", caption: "Briefings sent in the period", columns: columns, rows: rows,
                                  total: total, empty: "No briefing was sent in this period.")
    }
}
