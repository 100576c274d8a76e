import EngageCore
import EngageStore

/// An authority's work plan: adding an action against a Quality Statement, and closing one as
/// done or dropped with a reason (on the action's own page).
enum PlanForms {
    static let add = BoardForm(
        name: "plan-add", route: "/authorities/:name/plan", least: .officer,
        read: { input, context in
            let action = input.required("action", "Enter what is to be done")
            let owner = input.required("owner", "Enter who owns it: an officer, or a contact of the authority")
            let dueOn = input.day("due", label: "The due date")
            if dueOn == nil && !input.hasError("due") { input.fail("due", "Enter the date it is due") }
            let statement = input.text("statement")
            guard let action, let owner, let dueOn, input.isValid else { return nil }
            let request = input.build(fields) { () throws(EngageError) in
                try NewPlanAction(authority: context.parameter("name"), statement: statement, action: action, owner: owner, dueOn: dueOn)
            }
            guard let request else { return nil }
            return FormAction { store in
                let added = try store.addPlanAction(request)
                return Confirmation(message: "Action A\(added.id) added to \(added.authority)'s work plan, due \(added.dueOn.description).",
                                    path: AuthorityPage.path(of: added.authority) + "#plan")
            }
        },
        page: AuthorityPage.formPage,
        fields: fields)

    private static let fields = ["statement": "statement", "action": "action", "owner": "owner"]

    /// Marking an open action done, on its own page.
    static let done = BoardForm(
        name: "plan-done", route: "/plans/:id/done", least: .officer,
        read: { input, context in
            let date = input.day("date", label: "The date it was done", orElse: context.today)
            guard let id = Int64(context.parameter("id")), let date else { return nil }
            return FormAction { store in
                let closed = try store.completePlanAction(id: id, on: date, today: context.today)
                return Confirmation(message: "Action A\(closed.id) for \(closed.authority) is done.",
                                    path: AuthorityPage.path(of: closed.authority) + "#plan")
            }
        },
        page: actionPage,
        fields: ["date": "date"],
        ownPage: true)

    /// Dropping an open action with a reason, on its own page.
    static let drop = BoardForm(
        name: "plan-drop", route: "/plans/:id/drop", least: .officer,
        read: { input, context in
            let reason = input.required("reason", "Enter why it is dropped")
            let date = input.day("date", label: "The date it was dropped", orElse: context.today)
            guard let id = Int64(context.parameter("id")), let reason, let date else { return nil }
            return FormAction { store in
                let closed = try store.dropPlanAction(id: id, reason: reason, on: date, today: context.today)
                return Confirmation(message: "Action A\(closed.id) for \(closed.authority) is dropped.",
                                    path: AuthorityPage.path(of: closed.authority) + "#plan")
            }
        },
        page: actionPage,
        fields: ["reason": "reason", "date": "date"],
        ownPage: true)

    /// The action's page, for either closing form.
    private static let actionPage: @Sendable (Store, Visit, FormContext) throws -> HTML = { store, visit, context in
        guard let id = Int64(context.parameter("id")) else {
            throw EngageError(.notFound, "no plan action with id '\(context.parameter("id"))'")
        }
        let action = try store.planAction(id: id)
        let statement = try store.qualityStatements().first { $0.key == action.statement }
        return PlanActionPage.render(action, statement: statement, visit: visit, today: context.today)
    }

    /// The add form for `data`'s authority, when the visitor may record on it.
    static func form(_ data: AuthorityData, visit: Visit) -> HTML {
        guard visit.mayRecord(.officer, leadOfficer: data.authority.leadOfficer), let csrf = visit.csrfToken else { return "" }
        let view = FormView(name: add.name, state: visit.form)
        let statements = data.statements.map { ($0.key, $0.title) }
        return view.panel("Add an action to the work plan", view.form(action: AuthorityPage.path(of: data.authority.name) + "/plan",
                                                                     csrf: csrf, button: "Add action", """
            \(view.select("statement", label: "Quality Statement it works towards", options: statements))\
            \(view.textarea("action", label: "What is to be done"))\
            \(view.input("owner", label: "Owner", hint: "An officer, or a contact of \(data.authority.name), by name",
                         value: data.authority.leadOfficer ?? ""))\
            \(view.date("due", label: "Due on"))
            """))
    }
}
