import EngageCore

/// `/followups`: what awaits follow-up, oldest first, overdue marked.
enum FollowUpsPage {
    /// The page; `overdueOnly` keeps only the overdue ones.
    static func render(_ data: BoardData, overdueOnly: Bool, viewer: APIToken) -> HTML {
        let rows = data.shownFollowUps.filter { !overdueOnly || $0.isOverdue(today: data.today) }
        let overdueLink: HTML = overdueOnly
            ? "<a href=\"/followups\">Show all</a>"
            : "<a href=\"/followups?overdue=true\">Only overdue</a>"
        let table: HTML = rows.isEmpty
            ? "<p class=\"empty\" id=\"no-followups\">Nothing awaits follow-up here.</p>"
            : """
              <table id="followups"><thead><tr><th>Authority</th><th>Region</th><th>Lead officer</th><th>Asked</th>\
              <th>Request</th><th>Age</th><th>Due</th></tr></thead><tbody>\(rows.map { row($0, today: data.today, viewer: viewer) })</tbody></table>
              """
        let body: HTML = """
            <h1>Awaiting follow-up <span class="count">\(rows.count)</span></h1>
            \(Filters.render(path: "/followups", data: data, extra: overdueOnly ? [("overdue", "true")] : []))
            <p>\(overdueLink)</p>\(table)
            """
        return Layout.page(title: "Follow-ups", viewer: viewer, current: "/followups", body: body)
    }

    private static func row(_ followUp: FollowUp, today: Day, viewer: APIToken) -> HTML {
        let overdue = followUp.isOverdue(today: today)
        let mine = viewer.officer != nil && followUp.leadOfficer == viewer.officer
        let classes: HTML = "\(overdue ? "overdue" : "")\(mine ? " mine" : "")"
        let due: HTML = followUp.dueOn.map { day in overdue ? "<span class=\"late\">\(day.description) overdue</span>" : "\(day.description)" } ?? "—"
        return """
            <tr class="\(classes)" data-authority="\(followUp.authority)" data-id="\(Int(followUp.id))"><td>\(followUp.authority)</td>\
            <td>\(followUp.region.name)</td><td>\(followUp.leadOfficer ?? "—")</td><td>\(followUp.openedOn.description)</td>\
            <td>\(followUp.summary)</td><td>\(followUp.age(today: today))d</td><td>\(due)</td></tr>
            """
    }
}
