import EngageCore

/// The tables of an authority's page: ratings per statement, stage history, follow-ups and work
/// plan, each with a helpful line instead when it would be empty. Every text is escaped.
enum AuthorityTables {
    /// One row per statement: the first rating, the latest, the change and the latest evidence
    /// note; with a single assessment, its rating and note.
    static func ratings(_ comparison: AssessmentComparison) -> HTML {
        let latest = comparison.latest.assessedOn.description
        let head: HTML = comparison.earlier.map { earlier in
            "<th>Statement</th><th>First (\(earlier.assessedOn.description))</th><th>Latest (\(latest))</th><th>Change</th><th>Evidence (latest)</th>"
        } ?? "<th>Statement</th><th>Rating (\(latest))</th><th>Evidence</th>"
        let rows = comparison.statements.map { line -> HTML in
            let first: HTML = comparison.earlier == nil ? "" : "<td>\(rating(line.earlier))</td>"
            let change: HTML = comparison.earlier == nil ? "" : "<td class=\"change\">\(line.change == nil ? "—" : line.changeText)</td>"
            return """
                <tr data-statement="\(line.statement)"><td>\(line.title) <code>\(line.statement)</code></td>\(first)\
                <td>\(rating(line.latest))</td>\(change)<td class="evidence">\(line.evidence ?? "—")</td></tr>
                """
        }
        return TableWrap.render("<table id=\"ratings\"><thead><tr>\(head)</tr></thead><tbody>\(rows)</tbody></table>",
                                label: "Ratings by statement")
    }

    /// Every change of status and stage, oldest first, overrides marked.
    static func history(_ data: AuthorityData) -> HTML {
        guard !data.history.isEmpty else { return "<p class=\"empty\" id=\"no-history\">No changes recorded yet.</p>" }
        let rows = data.history.map { change -> HTML in
            let override: HTML = change.overridden ? "<span class=\"tag override\">override</span> " : ""
            let classes: HTML = change.overridden ? " class=\"override\"" : ""
            return """
                <tr\(classes)><td>\(Day.today(now: change.changedAt).description)</td>\
                <td>\(AuthorityPage.place(change.fromStatus, change.fromStage))</td>\
                <td>\(AuthorityPage.place(change.toStatus, change.toStage))</td><td>\(change.officer ?? "—")</td>\
                <td>\(change.changedBy)</td><td>\(override)\(change.reason ?? "")</td></tr>
                """
        }
        return TableWrap.render("""
            <table id="history-table"><thead><tr><th>Date</th><th>From</th><th>To</th><th>Lead officer</th><th>By</th>\
            <th>Reason</th></tr></thead><tbody>\(rows)</tbody></table>
            """, label: "Stage history table")
    }

    /// The follow-ups: open ones first (oldest first, overdue marked), then done ones with their outcome.
    static func followUps(_ data: AuthorityData, visit: Visit) -> HTML {
        let mayRecord = visit.mayRecord(.officer, leadOfficer: data.authority.leadOfficer)
        guard !data.followUps.isEmpty else {
            return mayRecord
                ? "<p class=\"empty\" id=\"no-authority-followups\">No follow-ups yet.</p>"
                : "<p class=\"empty\" id=\"no-authority-followups\">No follow-ups.</p>"
        }
        let rows = data.followUps.map { followUp -> HTML in
            let overdue = followUp.isOverdue(today: data.today)
            let state = followUp.isOpen ? (overdue ? "open overdue" : "open") : "done"
            let action: HTML = mayRecord && followUp.isOpen
                ? "<td><a href=\"/followups/\(Int(followUp.id))/done\">Mark done<span class=\"visually-hidden\"> follow-up \(Int(followUp.id))</span></a></td>"
                : (mayRecord ? "<td></td>" : "")
            return """
                <tr class="\(state)" data-followup="\(Int(followUp.id))"><td>\(Int(followUp.id))</td>\
                <td>\(followUp.openedOn.description)</td><td>\(followUp.kind.rawValue)</td><td>\(followUp.summary)</td>\
                <td>\(followUp.dueOn?.description ?? "—")</td><td>\(followUpStatus(followUp, overdue: overdue))</td>\(action)</tr>
                """
        }
        return TableWrap.render("""
            <table id="authority-followups-table"><thead><tr><th>ID</th><th>Asked</th><th>Kind</th><th>Request</th><th>Due</th>\
            <th>Status</th>\(mayRecord ? "<th><span class=\"visually-hidden\">Action</span></th>" as HTML : "")</tr></thead><tbody>\(rows)</tbody></table>
            """, label: "Follow-ups table")
    }

    /// The work plan by due date: each action's statement, owner, due date and where it stands.
    static func actions(_ data: AuthorityData, visit: Visit) -> HTML {
        guard !data.actions.isEmpty else { return "<p class=\"empty\" id=\"no-plan\">No work plan yet.</p>" }
        let mayRecord = visit.mayRecord(.officer, leadOfficer: data.authority.leadOfficer)
        let rows = data.actions.map { action -> HTML in
            let overdue = action.isOverdue(today: data.today)
            let close: HTML = mayRecord && action.isOpen
                ? "<td><a href=\"/plans/\(Int(action.id))/done\">Done or drop<span class=\"visually-hidden\"> action A\(Int(action.id))</span></a></td>"
                : (mayRecord ? "<td></td>" : "")
            return """
                <tr class="\(action.status.rawValue)\(overdue ? " overdue" : "")" data-action="\(Int(action.id))">\
                <td>A\(Int(action.id))</td><td>\(data.title(ofStatement: action.statement)) <code>\(action.statement)</code></td>\
                <td>\(action.action)</td><td>\(action.owner)</td><td>\(action.dueOn.description)</td>\
                <td>\(actionStatus(action, overdue: overdue))</td>\(close)</tr>
                """
        }
        return TableWrap.render("""
            <table id="plan-table"><thead><tr><th>ID</th><th>Statement</th><th>Action</th><th>Owner</th><th>Due</th>\
            <th>Status</th>\(mayRecord ? "<th><span class=\"visually-hidden\">Action</span></th>" as HTML : "")</tr></thead><tbody>\(rows)</tbody></table>
            """, label: "Work plan table")
    }

    /// A rating as a cell shows it, "2 emerging", or "not rated".
    private static func rating(_ rating: Rating?) -> HTML {
        guard let rating else { return "<span class=\"unrated\">not rated</span>" }
        return "\(rating.rawValue) \(rating.label)"
    }

    private static func followUpStatus(_ followUp: FollowUp, overdue: Bool) -> HTML {
        guard let closedOn = followUp.closedOn else { return overdue ? "<span class=\"late\">open, overdue</span>" : "open" }
        return "done on \(closedOn.description)\(followUp.outcome.map { ": \($0)" } ?? "")"
    }

    private static func actionStatus(_ action: PlanAction, overdue: Bool) -> HTML {
        switch action.status {
        case .open: return overdue ? "<span class=\"late\">open, overdue</span>" : "open"
        case .done: return "done\(action.closedOn.map { " on \($0.description)" } ?? "")"
        case .dropped:
            return "dropped\(action.closedOn.map { " on \($0.description)" } ?? "")\(action.dropReason.map { ": \($0)" } ?? "")"
        }
    }
}
