import EngageCore

/// Recording an authority's self-assessment: its date, each Quality Statement rated 1–4 (or not
/// rated) with an optional evidence note, and who took part.
enum AssessmentForms {
    static let add = BoardForm(
        name: "assessment-add", route: "/authorities/:name/assessments", least: .officer,
        read: { input, context in
            let date = input.day("date", label: "The date", orElse: context.today)
            var entries: [NewAssessment.Entry] = []
            let keys = statementKeys(input)
            for key in keys {
                let (rating, note) = (input.text("rate-\(key)"), input.text("note-\(key)"))
                let entry = input.build([key: "rate-\(key)"]) { () throws(EngageError) in
                    try NewAssessment.entry(statement: key, rating: rating, evidence: note)
                }
                if let entry = entry ?? nil { entries.append(entry) }
            }
            let contacts = input.all("contacts")
            let participants = (input.optional("participants") ?? "").split(whereSeparator: { $0 == "," || $0 == "\n" })
                .map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
            guard let date, input.isValid else { return nil }
            let request = input.build(["date": "date", "ratings": "rate-\(keys.first ?? "")"]) {
                () throws(EngageError) in
                try NewAssessment(authority: context.parameter("name"), date: date, ratings: entries, contacts: contacts,
                                  participants: participants, today: context.today)
            }
            guard let request else { return nil }
            return FormAction { store in
                let added = try store.addAssessment(request)
                return Confirmation(message: "Self-assessment of \(added.assessedOn.description) recorded for \(added.authority): "
                                        + "\(added.ratedCount) statement\(added.ratedCount == 1 ? "" : "s") rated.",
                                    path: AuthorityPage.path(of: added.authority) + "#assessments")
            }
        },
        page: AuthorityPage.formPage)

    /// The statement keys the form sent a rating or a note for, in the order sent.
    private static func statementKeys(_ input: FormInput) -> [String] {
        var keys: [String] = []
        for name in input.names {
            for prefix in ["rate-", "note-"] where name.hasPrefix(prefix) {
                let key = String(name.dropFirst(prefix.count))
                if !keys.contains(key) { keys.append(key) }
            }
        }
        return keys
    }

    /// The form for `data`'s authority, when the visitor may record on it.
    static func form(_ data: AuthorityData, visit: Visit) -> HTML {
        guard visit.mayRecord(.officer, leadOfficer: data.authority.leadOfficer), let csrf = visit.csrfToken else { return "" }
        let view = FormView(name: add.name, state: visit.form)
        let scale = [("", "Not rated")] + Rating.allCases.map { ("\($0.rawValue)", "\($0.rawValue) \($0.label)") }
        let statements = data.statements.map { statement -> HTML in
            """
            <fieldset class="statement"><legend>\(statement.title)</legend>\
            \(view.select("rate-\(statement.key)", label: "Rating", options: scale, selected: ""))\
            \(view.textarea("note-\(statement.key)", label: "Evidence (optional)", rows: 2))</fieldset>
            """
        }
        let contacts = data.contacts.map { ($0.name, "\($0.name)\($0.role.map { ", \($0)" } ?? "")") }
        let tookPart: HTML = contacts.isEmpty ? "" : view.checkboxes("contacts", legend: "Contacts who took part", options: contacts)
        return view.panel("Record a self-assessment", view.form(action: AuthorityPage.path(of: data.authority.name) + "/assessments",
                                                               csrf: csrf, button: "Record self-assessment", """
            \(view.date("date", label: "Assessed on", hint: "Leave empty for today"))\
            <p class="hint">Rate each Quality Statement from 1 to 4 (\(Rating.scale)); leave a statement not rated if it was not discussed.</p>\
            \(statements)\(tookPart)\
            \(view.textarea("participants", label: "Others who took part (optional)", hint: "Names, one per line or separated by commas", rows: 2))
            """))
    }
}
