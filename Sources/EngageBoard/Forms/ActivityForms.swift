import EngageCore

/// Recording what was delivered in an authority: a workshop, a presentation, a meeting…, with
/// the agencies it reached (chosen from the authority's, or new ones named there).
enum ActivityForms {
    static let record = BoardForm(
        name: "activity-add", route: "/authorities/:name/activities", least: .officer,
        read: { input, context in
            let shared = ActivityFields.read(&input, today: context.today)
            let newNames = input.optional("new-agencies").map { $0.split(whereSeparator: { $0 == "," || $0 == "\n" }).map(String.init) } ?? []
            let newType = newNames.isEmpty ? nil : input.parse("new-agency-type") { text throws(EngageError) in try AgencyType.parse(text) }
            let agencies = input.all("agencies") + newNames
            guard let shared, input.isValid else { return nil }
            let activity = input.build(fields) { () throws(EngageError) in
                try NewActivity(scope: .authority(context.parameter("name")), kind: shared.kind, date: shared.date, agencies: agencies,
                                newAgencyType: newType, attendees: shared.attendees, title: shared.title, notes: shared.notes,
                                planned: shared.planned, today: context.today)
            }
            guard let activity else { return nil }
            return FormAction { store in
                Confirmation(message: ActivityFields.confirmation(try store.addActivity(activity)),
                             path: AuthorityPage.path(of: context.parameter("name")) + "#activity")
            }
        },
        page: AuthorityPage.formPage,
        fields: fields)

    private static let fields = ActivityFields.fields.merging(["agencies": "new-agencies", "newAgencyType": "new-agency-type"]) { $1 }

    /// The form for `data`'s authority, when the visitor may record on it.
    static func form(_ data: AuthorityData, visit: Visit) -> HTML {
        guard visit.mayRecord(.officer, leadOfficer: data.authority.leadOfficer), let csrf = visit.csrfToken else { return "" }
        let view = FormView(name: record.name, state: visit.form)
        let agencies = data.agencies.map { ($0.name, "\($0.name) (\($0.type.name))") }
        let reached: HTML = agencies.isEmpty ? "" : view.checkboxes("agencies", legend: "Agencies it reached", options: agencies)
        let types = AgencyType.allCases.map { ($0.rawValue, $0.name) }
        return """
            \(view.panel("Record an activity", view.form(action: AuthorityPage.path(of: data.authority.name) + "/activities", csrf: csrf, button: "Record activity", """
            \(ActivityFields.leading(view))\
            \(reached)\
            \(view.textarea("new-agencies", label: agencies.isEmpty ? "Agencies it reached" : "Other agencies it reached (optional)", hint: "New to \(data.authority.name): one per line, or separated by commas", rows: 2))\
            \(view.select("new-agency-type", label: "Type of those new agencies", options: types, selected: AgencyType.other.rawValue))\
            \(ActivityFields.trailing(view))
            """)))
            """
    }
}
