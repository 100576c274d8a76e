import EngageCore

/// `/team`: the officers with their region, active load and cap, the team cap, and the waitlist
/// in order, for every signed-in role; a manager's forms to set the caps and a link to add an
/// authority; recording a national activity for officers and managers.
enum TeamPage {
    /// The page's path.
    static let path = "/team"

    /// The page.
    static func render(_ data: TeamData, visit: Visit) -> HTML {
        let add: HTML = visit.mayRecord(.manager)
            ? "<p><a href=\"\(AuthorityForms.add.route)\" id=\"add-authority\">Add an authority</a></p>" : ""
        let body: HTML = """
            <h1>Team</h1>\(add)
            <section id="officers" aria-labelledby="officers-heading"><h2 id="officers-heading">Officers</h2>\
            \(teamCap(data.team))\(officers(data.workload))</section>
            <section id="waitlist" aria-labelledby="waitlist-heading"><h2 id="waitlist-heading">Waitlist</h2>\
            \(waitlist(data.waitlist))</section>
            \(TeamForms.forms(data, visit: visit))\(NationalActivityForms.form(data, visit: visit))
            """
        return Layout.page(title: "Team", viewer: visit, current: path, body: body)
    }

    /// The team cap and how many authorities are active.
    static func teamCap(_ team: TeamCapacity) -> HTML {
        let active = "\(team.active) active authorit\(team.active == 1 ? "y" : "ies")"
        let text = team.cap.map { "Team cap: \(active) of \($0)\(team.isFull ? ", full" : "")." } ?? "No team cap: \(active); officers' own caps apply."
        return "<p id=\"team-cap-now\" data-cap=\"\(team.cap.map(String.init) ?? "")\">\(text)</p>"
    }

    /// Each officer: name, region, load of cap, and the authorities they lead.
    static func officers(_ workload: Workload) -> HTML {
        guard !workload.officers.isEmpty else { return "<p class=\"empty\">No officers yet.</p>" }
        let rows = workload.officers.map { officer -> HTML in
            let links = officer.active.enumerated().map { index, led -> HTML in "\(index == 0 ? "" : ", ")\(AuthorityPage.link(led.name))" }
            let led: HTML = links.isEmpty ? "—" : "\(links)"
            let full: HTML = officer.isAtCap ? " class=\"full\"" : ""
            return """
                <tr data-officer="\(officer.name)"\(full)><td>\(officer.name)</td><td>\(officer.region.name)</td>\
                <td class="count">\(officer.active.count) of \(officer.cap)\(officer.isAtCap ? " (full)" : "")</td><td>\(led)</td></tr>
                """
        }
        return """
            <table id="team-officers"><thead><tr><th scope="col">Officer</th><th scope="col">Region</th>\
            <th scope="col">Active</th><th scope="col">Leading</th></tr></thead><tbody>\(rows)</tbody></table>
            """
    }

    /// The waitlist, oldest first.
    static func waitlist(_ entries: [WaitlistEntry]) -> HTML {
        guard !entries.isEmpty else { return "<p class=\"empty\" id=\"no-waitlist\">Nobody is waiting for a place.</p>" }
        let items = entries.map { entry -> HTML in
            "<li>\(AuthorityPage.link(entry.authority)) (\(entry.region.name)), waiting since \(Day.today(now: entry.since).description)</li>"
        }
        return "<ol id=\"waitlist-order\">\(items)</ol>"
    }
}
