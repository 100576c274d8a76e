import EngageCore

/// Recording a national activity (not in one authority) on the team page: the shared
/// `ActivityFields`, the sector of its audience, and the officer who led it (the visitor's own
/// officer unless said). For officers and managers.
enum NationalActivityForms {
    static let record = BoardForm(
        name: "activity-national", route: "/team/activities", least: .officer,
        read: { input, context in
            let shared = ActivityFields.read(&input, today: context.today)
            let sector = input.parse("sector") { text throws(EngageError) in try Sector.parse(text) }
            let officer = input.required("officer", "Choose the officer who led it")
            guard let shared, let sector, let officer, input.isValid else { return nil }
            let activity = input.build(ActivityFields.fields) { () throws(EngageError) in
                try NewActivity(scope: .national, kind: shared.kind, date: shared.date, sector: sector, attendees: shared.attendees,
                                officer: officer, title: shared.title, notes: shared.notes, planned: shared.planned, today: context.today)
            }
            guard let activity else { return nil }
            return FormAction { store in
                Confirmation(message: "National " + ActivityFields.confirmation(try store.addActivity(activity)).lowercased(),
                             path: TeamPage.path + "#national-activity")
            }
        },
        page: { store, visit, _ in TeamPage.render(try TeamData.load(from: store), visit: visit) },
        fields: ActivityFields.fields.merging(["sector": "sector", "officer": "officer"]) { $1 })

    /// The form, for an officer or a manager with a session.
    static func form(_ data: TeamData, visit: Visit) -> HTML {
        guard visit.mayRecord(.officer), let csrf = visit.csrfToken else { return "" }
        let view = FormView(name: record.name, state: visit.form)
        let sectors = Sector.allCases.map { ($0.rawValue, $0.name) }
        let officers = [("", "Choose an officer")] + data.officers.map { ($0.name, "\($0.name) (\($0.region.name))") }
        return """
            <section id="national-activity" aria-labelledby="national-activity-heading">\
            <h2 id="national-activity-heading">National activity</h2>\
            \(view.panel("Record a national activity", view.form(action: record.route, csrf: csrf, button: "Record national activity", """
            \(ActivityFields.leading(view))\
            \(view.select("sector", label: "Sector of its audience", options: sectors, selected: Sector.other.rawValue))\
            \(view.select("officer", label: "Officer who led it", options: officers, selected: visit.officer ?? ""))\
            \(ActivityFields.trailing(view))
            """)))</section>
            """
    }
}
