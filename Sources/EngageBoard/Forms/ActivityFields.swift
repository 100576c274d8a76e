import EngageCore

/// The fields every activity form shares, an authority's (`ActivityForms.record`) and a national
/// one (`NationalActivityForms.record`): what was delivered, when, whether it is planned, how
/// many attended, its title and notes. Read once, shown once, so both forms say the same.
struct ActivityFields {
    let kind: ActivityKind
    let date: Day
    let planned: Bool
    let attendees: Int?
    let title: String?
    let notes: String?

    /// The fields read from `input` (each mistake recorded beside its field); nil when the kind
    /// or the date is not one.
    static func read(_ input: inout FormInput, today: Day) -> ActivityFields? {
        let kind = input.parse("kind") { text throws(EngageError) in try ActivityKind.parse(text) }
        let date = input.day("date", label: "The date", orElse: today)
        let attendees = input.optional("attendees").flatMap { text -> Int? in
            guard let number = Int(text) else { input.fail("attendees", "Attendees must be a whole number, like 12"); return nil }
            return number
        }
        guard let kind, let date else { return nil }
        return ActivityFields(kind: kind, date: date, planned: input.text("planned") == "yes", attendees: attendees,
                              title: input.optional("title"), notes: input.optional("notes"))
    }

    /// The domain's names for these inputs, mapped to the form's fields.
    static let fields = ["date": "date", "attendees": "attendees"]

    /// The controls before what is particular to a form: what, when, whether planned.
    static func leading(_ view: FormView) -> HTML {
        let kinds = ActivityKind.allCases.map { ($0.rawValue, $0.rawValue.capitalized) }
        return """
            \(view.select("kind", label: "What was delivered", options: kinds, selected: ActivityKind.workshop.rawValue))\
            \(view.date("date", label: "Date", hint: "Leave empty for today"))\
            \(view.checkboxes("planned", legend: "Not yet happened?", options: [("yes", "It is planned: book it for this date")]))
            """
    }

    /// The controls after what is particular to a form: attendees, title, notes.
    static func trailing(_ view: FormView) -> HTML {
        """
        \(view.input("attendees", label: "Attendees (optional)", type: "number", width: "width-date"))\
        \(view.input("title", label: "Title (optional)"))\
        \(view.textarea("notes", label: "Notes (optional)"))
        """
    }

    /// What was recorded, in one line: "Workshop on 2026-03-27 recorded, reaching 2 agencies."
    static func confirmation(_ recorded: Activity) -> String {
        let reached = recorded.agencies.count
        return "\(recorded.kind.rawValue.capitalized) on \(recorded.occurredOn.description) \(recorded.planned ? "booked" : "recorded")"
            + (reached == 0 ? "." : ", reaching \(reached) agenc\(reached == 1 ? "y" : "ies").")
    }
}
