import EngageCore

/// Moving an active authority on to its next stage (or completing it from stage 4) when its
/// gate's evidence is recorded; a manager may override a gate with a reason, which the history
/// records. The page says what the gate still needs before the button is pressed.
enum StageForms {
    static let advance = BoardForm(
        name: "stage-advance", route: "/authorities/:name/advance", least: .officer,
        read: { input, context in
            let override = input.optional("override")
            let name = context.parameter("name")
            return FormAction { store in
                let change = try store.advance(name, override: override)
                let after = change.after
                let place = after.status == .completed ? "completed" : "at stage \(after.stage?.rawValue ?? 0): \(after.stage?.title ?? "")"
                return Confirmation(message: "\(after.name) is now \(place)\(override == nil ? "" : ", the gate overridden")."
                                        + LifecycleForms.waitingNext(change),
                                    path: AuthorityPage.path(of: after.name))
            }
        },
        page: AuthorityPage.formPage,
        fields: ["override": "override"])

    /// The form for `data`'s authority, when it is active and the visitor may record on it.
    static func form(_ data: AuthorityData, visit: Visit) -> HTML {
        let authority = data.authority
        guard authority.status == .active, let stage = authority.stage,
              visit.mayRecord(.officer, leadOfficer: authority.leadOfficer), let csrf = visit.csrfToken else { return "" }
        let view = FormView(name: advance.name, state: visit.form)
        let next = Stage(rawValue: stage.rawValue + 1)
        let button = next.map { "Move on to stage \($0.rawValue): \($0.title)" } ?? "Complete \(authority.name)"
        let missing = data.overview.missingForNextStage
        let gate: HTML = missing.isEmpty
            ? "<p id=\"gate-met\">The gate's evidence is recorded.</p>"
            : "<p>Still needed first:</p><ul id=\"gate-missing\">\(missing.map { "<li>\($0)</li>" as HTML })</ul>"
        let override: HTML = missing.isEmpty || !visit.viewer.may(.manager) ? ""
            : view.textarea("override", label: "Override the gate (managers)", hint: "Why it should move on without this evidence; recorded in its history", rows: 2)
        return """
            <section id="next-stage" aria-labelledby="next-stage-heading"><h2 id="next-stage-heading">Next stage</h2>\(gate)\
            \(missing.isEmpty || visit.viewer.may(.manager) ? view.form(action: AuthorityPage.path(of: authority.name) + "/advance", csrf: csrf, button: button, override) : "")</section>
            """
    }
}
