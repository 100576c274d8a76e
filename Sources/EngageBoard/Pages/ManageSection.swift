import EngageCore

/// The "Manage" section of an authority's page, for a manager with a session: one panel per
/// lifecycle change its status allows (`LifecycleAction.allowedFrom`), each a `LifecycleForms`
/// form. A full cap's refusal comes back in its panel naming who holds the places, with a
/// "Waitlist instead" button when the authority may wait; a refusal of a change the status no
/// longer offers is said at the top of the section.
enum ManageSection {
    /// The section; nothing for anyone but a manager with a session.
    static func render(_ data: AuthorityData, visit: Visit) -> HTML {
        guard visit.mayRecord(.manager), let csrf = visit.csrfToken else { return "" }
        let authority = data.authority
        let offered = offeredActions(data)
        let panels = offered.map { panel($0, data, visit: visit, csrf: csrf) }
        let elsewhere: HTML = visit.form.flatMap { state -> HTML? in
            guard let action = action(named: state.form), !offered.contains(action) else { return nil }
            return "<div class=\"error-message form-error\" id=\"\(state.form)\">\(state.errors.map { "<p>\($0.message)</p>" as HTML })</div>"
        } ?? ""
        let intro = offered.isEmpty ? "\(authority.name) is \(authority.status.rawValue): no change of status is possible from there."
            : "Status now: \(authority.status.rawValue). These are the changes it allows."
        return """
            <section id="manage" aria-labelledby="manage-heading"><h2 id="manage-heading">Manage</h2>\(elsewhere)\
            <p class="hint">\(intro)</p>\(panels)</section>
            """
    }

    /// The changes `data`'s authority may have now: those its status allows (completing is the
    /// "Next stage" section's, from stage 4).
    static func offeredActions(_ data: AuthorityData) -> [LifecycleAction] {
        [.request, .assign, .reassign, .waitlist, .signpost, .pause, .resume, .close].filter { action in
            action.allowedFrom.contains(data.authority.status)
        }
    }

    /// The lifecycle action a form's name stands for, when it is one of `LifecycleForms`.
    private static func action(named form: String) -> LifecycleAction? {
        LifecycleAction.allCases.first { LifecycleForms.name($0) == form }
    }

    /// One change's panel: its summary, then its form (open when it came back).
    private static func panel(_ action: LifecycleAction, _ data: AuthorityData, visit: Visit, csrf: String) -> HTML {
        let name = LifecycleForms.name(action)
        let view = FormView(name: name, state: visit.form)
        let authority = data.authority.name
        let (summary, button) = words(action, authority)
        let form = view.form(action: LifecycleForms.path(action, of: authority), csrf: csrf, button: button, fields(action, data, view))
        return """
            <details class="form-panel" id="manage-\(action.rawValue)"\(visit.form?.form == name ? " open" : "")><summary>\(summary)</summary>\
            \(capacityRefusal(action, data, view: view, state: visit.form, csrf: csrf))\(form)</details>
            """
    }

    /// The panel's summary and the button's words.
    private static func words(_ action: LifecycleAction, _ authority: String) -> (String, String) {
        switch action {
        case .request: ("Mark as requested", "Mark \(authority) as requested")
        case .assign: ("Assign a lead officer", "Assign \(authority)")
        case .reassign: ("Reassign to another officer", "Reassign \(authority)")
        case .waitlist: ("Put on the waitlist", "Waitlist \(authority)")
        case .signpost: ("Signpost elsewhere", "Signpost \(authority)")
        case .pause: ("Pause", "Pause \(authority)")
        case .resume: ("Resume", "Resume \(authority)")
        case .close: ("Close", "Close \(authority)")
        case .complete, .reopen, .advance, .stepBack: (action.rawValue, action.rawValue)
        }
    }

    /// The controls of `action`'s form.
    private static func fields(_ action: LifecycleAction, _ data: AuthorityData, _ view: FormView) -> HTML {
        let reason = view.textarea("reason", label: "Reason (optional)", hint: "Recorded in its stage history", rows: 2)
        switch action {
        case .assign:
            let stages = Stage.allCases.map { (String($0.rawValue), "Stage \($0.rawValue): \($0.title)") }
            return """
                \(officerSelect(data.officers, label: "Lead officer", view: view))\
                \(view.select("stage", label: "Stage it starts at", hint: "A later stage than 1 needs a reason", options: stages, selected: "1"))\
                \(reason)
                """
        case .reassign:
            let others = data.officers.filter { $0.name != data.authority.leadOfficer }
            return "\(officerSelect(others, label: "New lead officer", view: view))\(reason)"
        case .signpost:
            return view.input("to", label: "Signposted to", hint: "Where it was referred, e.g. the regional safeguarding partnership")
        default:
            return reason
        }
    }

    /// A select of officers, each with their load against their cap ("Sam Jones — 3 of 4").
    private static func officerSelect(_ officers: [Officer], label: String, view: FormView) -> HTML {
        let options = [("", "Choose an officer")] + officers.map { officer in
            (officer.name, "\(officer.name) — \(officer.activeCount) of \(officer.activeCap)\(officer.activeCount >= officer.activeCap ? " (full)" : "")")
        }
        return view.select("officer", label: label, hint: "Each with the active authorities they lead, of their cap", options: options, selected: "")
    }

    /// A full cap's refusal in `action`'s panel, naming who holds the places, with a
    /// "Waitlist instead" button when the authority may wait.
    private static func capacityRefusal(_ action: LifecycleAction, _ data: AuthorityData, view: FormView, state: FormState?,
                                        csrf: String) -> HTML {
        guard let state, let refusal = state.error("capacity", of: view.name) else { return "" }
        let authority = data.authority
        let instead: HTML = LifecycleAction.waitlist.allowedFrom.contains(authority.status) ? """
            <form method="post" action="\(LifecycleForms.path(.waitlist, of: authority.name))" class="inline-form" id="waitlist-instead">\
            <input type="hidden" name="csrf" value="\(csrf)"><button type="submit" class="button secondary">Waitlist instead</button></form>
            """ : ""
        return """
            <div class="refusal" id="\(view.id("capacity"))"><p class="error-message"><span class="visually-hidden">Error:</span> \(refusal)</p>\(instead)</div>
            """
    }
}
