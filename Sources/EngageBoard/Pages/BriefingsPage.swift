import EngageCore

/// `/briefings`: every briefing with what it is for and how often it was sent; for officers and
/// managers, the forms that add one and record a sending.
enum BriefingsPage {
    static let path = "/briefings"

    static func render(_ briefings: [Briefing], visit: Visit) -> HTML {
        let body: HTML = """
            <h1>Briefings</h1>
            <p class="lede">Sector briefings go to an audience across the country; locality briefings are written for named authorities.</p>
            \(table(briefings))\(forms(briefings, visit: visit))
            """
        return Layout.page(title: "Briefings", viewer: visit, current: path, body: body)
    }

    private static func table(_ briefings: [Briefing]) -> HTML {
        guard !briefings.isEmpty else { return "<p class=\"empty\" id=\"no-briefings\">No briefings yet.</p>" }
        let rows = briefings.map { briefing -> HTML in
            let audience = briefing.sector.map { "sector: \($0.rawValue)" } ?? briefing.authorities.joined(separator: ", ")
            return """
                <tr data-briefing="\(Int(briefing.id))"><td>\(briefing.title)</td><td>\(briefing.kind.rawValue)</td><td>\(audience)</td>\
                <td class="number">\(briefing.timesSent)</td></tr>
                """
        }
        return TableWrap.render("""
            <table id="briefings-table"><thead><tr><th>Title</th><th>Kind</th><th>For</th><th class="number">Times sent</th></tr></thead>\
            <tbody>\(rows)</tbody></table>
            """, label: "Briefings table")
    }

    private static func forms(_ briefings: [Briefing], visit: Visit) -> HTML {
        guard visit.mayRecord(.officer), let csrf = visit.csrfToken else { return "" }
        let add = FormView(name: BriefingForms.add.name, state: visit.form)
        let send = FormView(name: BriefingForms.send.name, state: visit.form)
        let sectors = [("", "None (a locality briefing)")] + Sector.allCases.map { ($0.rawValue, $0.rawValue) }
        let sending: HTML = briefings.isEmpty ? "" : """
            <section id="send" aria-labelledby="send-heading"><h2 id="send-heading">Record a sending</h2>\
            \(send.form(action: "/briefings/sent", csrf: csrf, button: "Record sending", """
            \(send.select("briefing", label: "Briefing", options: briefings.map { ($0.title, $0.title) }))\
            \(send.select("to", label: "Sent to", options: [("authority", "An authority"), ("network", "A network"), ("agency", "An agency")]))\
            \(send.input("recipient", label: "Its name", hint: "The authority, network (for example Clinks) or agency"))\
            \(send.input("recipient-authority", label: "The agency's authority (for an agency)"))\
            \(send.date("sent", label: "Sent on", hint: "Leave empty for today"))
            """))</section>
            """
        return """
            \(sending)<section id="add" aria-labelledby="add-heading"><h2 id="add-heading">Add a briefing</h2>\
            \(add.form(action: "/briefings", csrf: csrf, button: "Add briefing", """
            \(add.input("title", label: "Title"))\
            \(add.select("kind", label: "Kind", options: [("sector", "Sector briefing"), ("locality", "Locality briefing")]))\
            \(add.select("sector", label: "Sector (for a sector briefing)", options: sectors))\
            \(add.textarea("authorities", label: "Authorities (for a locality briefing)", hint: "One per line, or separated by commas", rows: 2))
            """))</section>
            """
    }
}
