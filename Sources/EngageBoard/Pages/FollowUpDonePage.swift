import EngageCore

/// `/followups/ID/done`: one follow-up request, and the form that records what was done.
enum FollowUpDonePage {
    static func render(_ followUp: FollowUp, visit: Visit, today: Day) -> HTML {
        let view = FormView(name: FollowUpForms.done.name, state: visit.form)
        let facts: HTML = """
            <p class="crumbs"><a href="/">Board</a> › \(AuthorityPage.link(followUp.authority)) › follow-up \(Int(followUp.id))</p>
            <h1>Follow-up \(Int(followUp.id)): \(followUp.authority)</h1>
            <p class="facts">Asked on \(followUp.openedOn.description) · \(followUp.kind.rawValue) · \
            due \(followUp.dueOn?.description ?? "—") · lead officer: \(followUp.leadOfficer ?? "none")</p>
            <blockquote class="request">\(followUp.summary)</blockquote>
            """
        let action: HTML
        if let closed = followUp.closedOn {
            action = "<p class=\"notice\" id=\"already-done\">Done on \(closed.description): \(followUp.outcome ?? "")</p>"
        } else if visit.mayRecord(.officer, leadOfficer: followUp.leadOfficer), let csrf = visit.csrfToken {
            action = view.form(action: "/followups/\(Int(followUp.id))/done", csrf: csrf, button: "Mark as done", """
                \(view.textarea("outcome", label: "What was done"))\
                \(view.date("closed", label: "Done on", hint: "Leave empty for today (\(today.description))"))
                """)
        } else {
            action = "<p class=\"notice\" id=\"not-yours\">Only \(followUp.leadOfficer ?? "the lead officer") or a manager can mark it done.</p>"
        }
        return Layout.page(title: "Follow-up \(followUp.id)", viewer: visit, current: "", body: "\(facts)\(action)")
    }
}
