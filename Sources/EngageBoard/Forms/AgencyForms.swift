import EngageCore

/// Adding an agency or forum identified in an authority (what its activities can then reach).
enum AgencyForms {
    static let add = BoardForm(
        name: "agency-add", route: "/authorities/:name/agencies", least: .officer,
        read: { input, context in
            let type = input.parse("type") { text throws(EngageError) in try AgencyType.parse(text) }
            let identifiedOn = input.day("identified", label: "The date it was identified", orElse: context.today)
            let (name, forum) = (input.text("name"), input.text("forum") == "yes")
            guard let type, let identifiedOn, input.isValid else { return nil }
            let agency = input.build(fields) { () throws(EngageError) in
                try NewAgency(authority: context.parameter("name"), name: name, type: type, forum: forum,
                              identifiedOn: identifiedOn, today: context.today)
            }
            guard let agency else { return nil }
            return FormAction { store in
                let added = try store.addAgency(agency)
                return Confirmation(message: "\(added.name) (\(added.type.name)) added to \(added.authority ?? agency.authority).",
                                    path: AuthorityPage.path(of: added.authority ?? agency.authority) + "#agencies")
            }
        },
        page: AuthorityPage.formPage,
        fields: fields)

    private static let fields = ["name": "name", "identifiedOn": "identified"]

    /// The form for `data`'s authority, when the visitor may record on it.
    static func form(_ data: AuthorityData, visit: Visit) -> HTML {
        guard visit.mayRecord(.officer, leadOfficer: data.authority.leadOfficer), let csrf = visit.csrfToken else { return "" }
        let view = FormView(name: add.name, state: visit.form)
        let types = AgencyType.allCases.map { ($0.rawValue, $0.name) }
        return view.panel("Add an agency", view.form(action: AuthorityPage.path(of: data.authority.name) + "/agencies", csrf: csrf,
                                                    button: "Add agency", """
            \(view.input("name", label: "Agency name", hint: "For example, \(data.authority.name) Safeguarding Partnership"))\
            \(view.select("type", label: "Type", options: types, selected: AgencyType.other.rawValue))\
            \(view.checkboxes("forum", legend: "Multi-agency forum?", options: [("yes", "Count it as a multi-agency forum")]))\
            \(view.date("identified", label: "Identified on", hint: "Leave empty for today"))
            """))
    }
}
