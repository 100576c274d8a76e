import EngageCore

/// Recording what was delivered in an authority: a workshop, a presentation, a meeting…, with
/// the agencies it reached (chosen from the authority's, or new ones named there).
enum ActivityForms {
    static let record = BoardForm(
        name: "activity-add", route: "/authorities/:name/activities", least: .officer,
        read: { input, context in
            let kind = input.parse("kind") { text throws(EngageError) in try ActivityKind.parse(text) }
            let date = input.day("date", label: "The date", orElse: context.today)
            let attendees = input.optional("attendees").flatMap { text -> Int? in
                guard let number = Int(text) else { input.fail("attendees", "Attendees must be a whole number, like 12"); return nil }
                return number
            }
            let newNames = input.optional("new-agencies").map { $0.split(whereSeparator: { $0 == "," || $0 == "\n" }).map(String.init) } ?? []
            let newType = newNames.isEmpty ? nil : input.parse("new-agency-type") { text throws(EngageError) in try AgencyType.parse(text) }
            let (agencies, planned, notes, title) = (input.all("agencies") + newNames, input.text("planned") == "yes",
                                                     input.optional("notes"), input.optional("title"))
            guard let kind, let date, input.isValid else { return nil }
            let activity = input.build(fields) { () throws(EngageError) in
                try NewActivity(scope: .authority(context.parameter("name")), kind: kind, date: date, agencies: agencies,
                                newAgencyType: newType, attendees: attendees, title: title, notes: notes, planned: planned,
                                today: context.today)
            }
            guard let activity else { return nil }
            return FormAction { store in
                let recorded = try store.addActivity(activity)
                let reached = recorded.agencies.count
                return Confirmation(message: "\(recorded.kind.rawValue.capitalized) on \(recorded.occurredOn.description) \(recorded.planned ? "booked" : "recorded")"
                                        + (reached == 0 ? "." : ", reaching \(reached) agenc\(reached == 1 ? "y" : "ies")."),
                                    path: AuthorityPage.path(of: context.parameter("name")) + "#activity")
            }
        },
        page: AuthorityPage.formPage,
        fields: fields)

    private static let fields = ["date": "date", "attendees": "attendees", "agencies": "new-agencies", "newAgencyType": "new-agency-type"]

    /// The form for `data`'s authority, when the visitor may record on it.
    static func form(_ data: AuthorityData, visit: Visit) -> HTML {
        guard visit.mayRecord(.officer, leadOfficer: data.authority.leadOfficer), let csrf = visit.csrfToken else { return "" }
        let view = FormView(name: record.name, state: visit.form)
        let kinds = ActivityKind.allCases.map { ($0.rawValue, $0.rawValue.capitalized) }
        let agencies = data.agencies.map { ($0.name, "\($0.name) (\($0.type.name))") }
        let reached: HTML = agencies.isEmpty ? "" : view.checkboxes("agencies", legend: "Agencies it reached", options: agencies)
        let types = AgencyType.allCases.map { ($0.rawValue, $0.name) }
        return """
            \(view.panel("Record an activity", view.form(action: AuthorityPage.path(of: data.authority.name) + "/activities", csrf: csrf, button: "Record activity", """
            \(view.select("kind", label: "What was delivered", options: kinds, selected: ActivityKind.workshop.rawValue))\
            \(view.date("date", label: "Date", hint: "Leave empty for today"))\
            \(view.checkboxes("planned", legend: "Not yet happened?", options: [("yes", "It is planned: book it for this date")]))\
            \(reached)\
            \(view.textarea("new-agencies", label: agencies.isEmpty ? "Agencies it reached" : "Other agencies it reached (optional)", hint: "New to \(data.authority.name): one per line, or separated by commas", rows: 2))\
            \(view.select("new-agency-type", label: "Type of those new agencies", options: types, selected: AgencyType.other.rawValue))\
            \(view.input("attendees", label: "Attendees (optional)", type: "number", width: "width-date"))\
            \(view.input("title", label: "Title (optional)"))\
            \(view.textarea("notes", label: "Notes (optional)"))
            """)))
            """
    }
}
