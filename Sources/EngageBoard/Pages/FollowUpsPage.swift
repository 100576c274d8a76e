import EngageCore

/// `/followups`: what awaits follow-up, oldest first, overdue marked. With `?overdue=true`, as
/// `engage followup list --overdue`: the overdue follow-ups and the overdue work-plan actions in
/// one list by due date, the actions marked as such (class `action`, `data-action` = the action's
/// id, shown as A7).
enum FollowUpsPage {
    /// The page; `overdueOnly` keeps only the overdue follow-ups, and adds the overdue actions.
    static func render(_ data: BoardData, overdueOnly: Bool, viewer: Visit) -> HTML {
        let items = items(data, overdueOnly: overdueOnly)
        let overdueLink: HTML = overdueOnly
            ? "<a href=\"/followups\">Show all</a>"
            : "<a href=\"/followups?overdue=true\">Only overdue</a>"
        let table: HTML = items.isEmpty
            ? "<p class=\"empty\" id=\"no-followups\">Nothing awaits follow-up here.</p>"
            : TableWrap.render("""
              <table id="followups"><thead><tr><th>Authority</th><th>Region</th><th>Lead officer</th><th>Asked</th>\
              <th>\(overdueOnly ? "Request or action" : "Request")</th><th>Age</th><th>Due</th></tr></thead>\
              <tbody>\(items.map { row($0, today: data.today, viewer: viewer) })</tbody></table>
              """, label: overdueOnly ? "Overdue follow-ups and actions" : "Follow-ups")
        let heading: HTML = overdueOnly ? "Overdue: follow-ups and work-plan actions" : "Awaiting follow-up"
        let body: HTML = """
            <h1>\(heading) <span class="count">\(items.count)</span></h1>
            \(Filters.render(path: "/followups", data: data, extra: overdueOnly ? [("overdue", "true")] : []))
            <p>\(overdueLink)</p>\(overdueOnly ? "" : overdueActionsLine(data))\(table)
            """
        return Layout.page(title: "Follow-ups", viewer: viewer, current: "/followups", body: body)
    }

    /// The rows: the open follow-ups that pass the filters, oldest first; or, when `overdueOnly`,
    /// the overdue ones and the overdue actions by due date, as the CLI lists them.
    static func items(_ data: BoardData, overdueOnly: Bool) -> [AwaitingItem] {
        let followUps = data.shownFollowUps.filter { !overdueOnly || $0.isOverdue(today: data.today) }
            .map { AwaitingFollowUp($0, today: data.today) }
        guard overdueOnly else { return followUps.map(AwaitingItem.followUp) }
        return AwaitingItem.byDueDate(followUps: followUps, actions: data.shownOverdueActions, today: data.today)
    }

    /// Without `overdue=true`: how many work-plan actions are overdue, linked to the list that
    /// shows them; nothing when none is.
    private static func overdueActionsLine(_ data: BoardData) -> HTML {
        let count = data.shownOverdueActions.count
        guard count > 0 else { return "" }
        let filters = (data.region.map { [("region", $0.rawValue)] } ?? []) + (data.officer.map { [("officer", $0)] } ?? [])
        let link = "/followups" + HTML.query([("overdue", "true")] + filters)
        return """
            <p class="notice" id="overdue-actions" data-overdue-actions="\(count)"><a href="\(link)">\(count) work-plan \
            action\(count == 1 ? " is" : "s are") overdue</a>: listed with the overdue follow-ups.</p>
            """
    }

    private static func row(_ item: AwaitingItem, today: Day, viewer: Visit) -> HTML {
        switch item {
        case .followUp(let awaiting): followUpRow(awaiting.followUp, today: today, viewer: viewer)
        case .action(let awaiting): actionRow(awaiting.action, overdue: awaiting.overdue, viewer: viewer)
        }
    }

    private static func followUpRow(_ followUp: FollowUp, today: Day, viewer: Visit) -> HTML {
        let overdue = followUp.isOverdue(today: today)
        let mine = viewer.officer != nil && followUp.leadOfficer == viewer.officer
        let classes: HTML = "\(overdue ? "overdue" : "")\(mine ? " mine" : "")"
        let due: HTML = followUp.dueOn.map { day in overdue ? "<span class=\"late\">\(day.description) overdue</span>" : "\(day.description)" } ?? "—"
        return """
            <tr class="\(classes)" data-authority="\(followUp.authority)" data-id="\(Int(followUp.id))">\
            <td>\(AuthorityPage.link(followUp.authority))</td>\
            <td>\(followUp.region.name)</td><td>\(followUp.leadOfficer ?? "—")</td><td>\(followUp.openedOn.description)</td>\
            <td>\(followUp.summary)\(doneLink(followUp, viewer: viewer))</td><td>\(followUp.age(today: today))d</td><td>\(due)</td></tr>
            """
    }

    /// "Mark done", for those who may record on the follow-up's authority.
    private static func doneLink(_ followUp: FollowUp, viewer: Visit) -> HTML {
        guard viewer.mayRecord(.officer, leadOfficer: followUp.leadOfficer) else { return "" }
        return """
             <a class="row-action" href="/followups/\(Int(followUp.id))/done">Mark done<span class="visually-hidden"> \
            follow-up \(Int(followUp.id))</span></a>
            """
    }

    private static func actionRow(_ action: PlanAction, overdue: Bool, viewer: Visit) -> HTML {
        let mine = viewer.officer != nil && action.leadOfficer == viewer.officer
        let classes: HTML = "\(overdue ? "overdue " : "")action\(mine ? " mine" : "")"
        let due: HTML = overdue ? "<span class=\"late\">\(action.dueOn.description) overdue</span>" : "\(action.dueOn.description)"
        return """
            <tr class="\(classes)" data-authority="\(action.authority)" data-action="\(Int(action.id))">\
            <td>\(AuthorityPage.link(action.authority))</td>\
            <td>\(action.region.name)</td><td>\(action.leadOfficer ?? "—")</td><td>—</td>\
            <td><span class="tag action-tag">Action A\(Int(action.id))</span> <code>\(action.statement)</code> \(action.action) \
            <span class="owner">(owner: \(action.owner))</span></td><td>—</td><td>\(due)</td></tr>
            """
    }
}
