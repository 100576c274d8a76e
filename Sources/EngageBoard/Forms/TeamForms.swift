import EngageCore
import EngageStore

/// A manager's forms on the team page: an officer's cap (`Store.setCap`) and the team-wide cap
/// (`Store.setTeamCap`, empty for none).
enum TeamForms {
    static let officerCap = BoardForm(
        name: "officer-cap", route: "/team/officer-cap", least: .manager,
        read: { input, _ in
            let officer = input.required("officer", "Choose the officer")
            let cap = number(&input, "cap", label: "The cap", required: true)
            guard let officer, let cap else { return nil }
            return FormAction { store in
                let changed = try store.setCap(of: officer, to: cap)
                return Confirmation(message: "\(changed.name) may now lead \(changed.activeCap) active authorit\(changed.activeCap == 1 ? "y" : "ies") at once.",
                                    path: TeamPage.path)
            }
        },
        page: teamPage)

    static let teamCap = BoardForm(
        name: "team-cap", route: "/team/team-cap", least: .manager,
        read: { input, _ in
            let cap = number(&input, "cap", label: "The team cap", required: false)
            guard input.isValid else { return nil }
            return FormAction { store in
                let changed = try store.setTeamCap(cap)
                return Confirmation(message: changed.cap.map { "The team may now hold \($0) active authorit\($0 == 1 ? "y" : "ies") at once." }
                                        ?? "The team has no cap of its own now; officers' caps still apply.",
                                    path: TeamPage.path)
            }
        },
        page: teamPage)

    /// The team page, for a form on it shown again.
    private static let teamPage: @Sendable (Store, Visit, FormContext) throws -> HTML = { store, visit, _ in
        TeamPage.render(try TeamData.load(from: store), visit: visit)
    }

    /// A whole number from `field`; nil when blank (recorded as an error when `required`) or not a number.
    private static func number(_ input: inout FormInput, _ field: String, label: String, required: Bool) -> Int? {
        guard let text = input.optional(field) else {
            if required { input.fail(field, "Enter \(label.lowercased()), a whole number like 4") }
            return nil
        }
        guard let value = Int(text) else {
            input.fail(field, "\(label) must be a whole number, like 4")
            return nil
        }
        return value
    }

    /// The two forms, for a manager with a session.
    static func forms(_ data: TeamData, visit: Visit) -> HTML {
        guard visit.mayRecord(.manager), let csrf = visit.csrfToken else { return "" }
        let officer = FormView(name: officerCap.name, state: visit.form)
        let team = FormView(name: teamCap.name, state: visit.form)
        let officers = [("", "Choose an officer")] + data.officers.map { ($0.name, "\($0.name) — \($0.activeCount) of \($0.activeCap)") }
        return """
            <section id="caps" aria-labelledby="caps-heading"><h2 id="caps-heading">Caps</h2>\
            \(officer.form(action: officerCap.route, csrf: csrf, button: "Set officer's cap", """
            \(officer.select("officer", label: "Officer", hint: "Each with the active authorities they lead, of their cap", options: officers, selected: ""))\
            \(officer.input("cap", label: "Cap", hint: "How many active authorities they may lead at once, \(Officer.capRange.lowerBound) to \(Officer.capRange.upperBound); not below what they lead now", type: "number", width: "width-date"))
            """))\
            \(team.form(action: teamCap.route, csrf: csrf, button: "Set team cap", """
            \(team.input("cap", label: "Team cap", hint: "How many active authorities the team holds at once; leave empty for no team cap", type: "number", value: data.team.cap.map(String.init) ?? "", width: "width-date"))
            """))</section>
            """
    }
}
