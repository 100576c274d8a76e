import EngageCore

/// Recording follow-up requests, and their outcomes.
enum FollowUpForms {
    /// A follow-up request on an authority's page: what was asked, its kind, who asked, when,
    /// and when it is due (`FollowUp.defaultDueDays` later unless said).
    static let add = BoardForm(
        name: "followup-add", route: "/authorities/:name/followups", least: .officer,
        read: { input, context in
            let summary = input.required("summary", "Enter what was asked for")
            let kind = input.optional("kind") == nil ? FollowUp.Kind.other
                : input.parse("kind") { text throws(EngageError) in try FollowUp.Kind.parse(text) }
            let openedOn = input.day("opened", label: "The date it was asked for", orElse: context.today)
            let dueOn = input.day("due", label: "The due date")
            guard let summary, let kind, let openedOn, !input.hasError("due") else { return nil }
            let contact = input.optional("contact")
            let request = input.build(addFields) { () throws(EngageError) in
                try NewFollowUp(authority: context.parameter("name"), summary: summary, kind: kind,
                                contact: contact, openedOn: openedOn, dueOn: dueOn, today: context.today)
            }
            guard let request else { return nil }
            return FormAction { store in
                let added = try store.addFollowUp(request)
                return Confirmation(message: "Follow-up \(added.id) recorded for \(added.authority), due \(added.dueOn?.description ?? "—").",
                                    path: AuthorityPage.path(of: added.authority) + "#authority-followups")
            }
        },
        page: AuthorityPage.formPage,
        fields: addFields)

    private static let addFields = ["summary": "summary", "openedOn": "opened", "dueOn": "due", "contact": "contact"]

    /// Marking a follow-up done, on a page of its own: what was done, and when.
    static let done = BoardForm(
        name: "followup-done", route: "/followups/:id/done", least: .officer,
        read: { input, context in
            let outcome = input.required("outcome", "Enter what was done")
            let closedOn = input.day("closed", label: "The date it was done", orElse: context.today)
            guard let id = Int64(context.parameter("id")), let outcome, let closedOn else { return nil }
            return FormAction { store in
                let closed = try store.completeFollowUp(id: id, outcome: outcome, on: closedOn, today: context.today)
                return Confirmation(message: "Follow-up \(closed.id) for \(closed.authority) is done.",
                                    path: AuthorityPage.path(of: closed.authority) + "#authority-followups")
            }
        },
        page: { store, visit, context in
            guard let id = Int64(context.parameter("id")) else {
                throw EngageError(.notFound, "no follow-up with id '\(context.parameter("id"))'")
            }
            return FollowUpDonePage.render(try store.followUp(id: id), visit: visit, today: context.today)
        },
        fields: ["outcome": "outcome", "date": "closed"],
        ownPage: true)

    /// The add form for `data`'s authority, when the visitor may record on it.
    static func addForm(_ data: AuthorityData, visit: Visit) -> HTML {
        guard visit.mayRecord(.officer, leadOfficer: data.authority.leadOfficer), let csrf = visit.csrfToken else { return "" }
        let view = FormView(name: add.name, state: visit.form)
        let kinds = FollowUp.Kind.allCases.map { ($0.rawValue, $0.rawValue.capitalized) }
        return """
            \(view.panel("Add a follow-up request", view.form(action: AuthorityPage.path(of: data.authority.name) + "/followups", csrf: csrf, button: "Add follow-up", """
            \(view.textarea("summary", label: "What was asked for"))\
            \(view.select("kind", label: "Kind", options: kinds, selected: FollowUp.Kind.other.rawValue))\
            \(view.input("contact", label: "Who asked (optional)", hint: "A contact of \(data.authority.name), by name"))\
            \(view.date("opened", label: "Asked on", hint: "Leave empty for today", value: ""))\
            \(view.date("due", label: "Due on (optional)", hint: "Leave empty for \(FollowUp.defaultDueDays) days after it was asked"))
            """)))
            """
    }
}
