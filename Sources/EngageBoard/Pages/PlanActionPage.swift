import EngageCore

/// `/plans/ID/done` (and `/drop`): one work-plan action, and, while it is open, the two ways to
/// close it: done, or dropped with a reason.
enum PlanActionPage {
    static func render(_ action: PlanAction, statement: QualityStatement?, visit: Visit, today: Day) -> HTML {
        let facts: HTML = """
            <p class="crumbs"><a href="/">Board</a> › \(AuthorityPage.link(action.authority)) › action A\(Int(action.id))</p>
            <h1>Action A\(Int(action.id)): \(action.authority)</h1>
            <p class="facts">\(statement?.title ?? action.statement) · owner: \(action.owner) · due \(action.dueOn.description)\
            \(action.isOverdue(today: today) ? " · overdue" : "")</p>
            <blockquote class="request">\(action.action)</blockquote>
            """
        return Layout.page(title: "Action A\(action.id)", viewer: visit, current: "", body: "\(facts)\(closing(action, visit: visit, today: today))")
    }

    /// The two forms while it is open and the visitor may close it; else where it stands.
    private static func closing(_ action: PlanAction, visit: Visit, today: Day) -> HTML {
        guard action.isOpen else {
            let how = action.status == .dropped ? "Dropped" : "Done"
            return "<p class=\"notice\" id=\"already-closed\">\(how)\(action.closedOn.map { " on \($0.description)" } ?? "")\(action.dropReason.map { ": \($0)" } ?? "").</p>"
        }
        guard visit.mayRecord(.officer, leadOfficer: action.leadOfficer), let csrf = visit.csrfToken else {
            return "<p class=\"notice\" id=\"not-yours\">Only \(action.leadOfficer ?? "the lead officer") or a manager can close it.</p>"
        }
        let done = FormView(name: PlanForms.done.name, state: visit.form)
        let drop = FormView(name: PlanForms.drop.name, state: visit.form)
        return """
            <h2>It is done</h2>\
            \(done.form(action: "/plans/\(Int(action.id))/done", csrf: csrf, button: "Mark as done",
                        done.date("date", label: "Done on", hint: "Leave empty for today (\(today.description))")))
            <h2>It will not be done</h2>\
            \(drop.form(action: "/plans/\(Int(action.id))/drop", csrf: csrf, button: "Drop action", """
            \(drop.textarea("reason", label: "Why it is dropped"))\
            \(drop.date("date", label: "Dropped on", hint: "Leave empty for today (\(today.description))"))
            """))
            """
    }
}
