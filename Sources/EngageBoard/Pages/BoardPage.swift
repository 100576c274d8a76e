import EngageCore

/// `/`: a column per status and stage, a card per authority (linked to its page), the officers'
/// capacity bars on top.
enum BoardPage {
    /// The board's columns, left to right.
    enum Column: CaseIterable {
        case waitlist, stage1, stage2, stage3, stage4, completed

        var key: String {
            switch self {
            case .waitlist: "waitlist"
            case .stage1: "stage-1"
            case .stage2: "stage-2"
            case .stage3: "stage-3"
            case .stage4: "stage-4"
            case .completed: "completed"
            }
        }

        var title: String {
            switch self {
            case .waitlist: "Waitlist"
            case .completed: "Completed"
            default: "Stage \(stage?.rawValue ?? 0) · \(stage?.title ?? "")"
            }
        }

        var stage: Stage? {
            switch self {
            case .stage1: .researchAndMapping
            case .stage2: .multiAgencyForums
            case .stage3: .keyAgencies
            case .stage4: .strategicResponse
            case .waitlist, .completed: nil
            }
        }

        /// The column an authority belongs in: waitlisted, active or paused at a stage,
        /// completed; nil for the other statuses, which the board leaves out.
        static func of(_ authority: Authority) -> Column? {
            switch authority.status {
            case .waitlisted: return .waitlist
            case .completed: return .completed
            case .active, .paused: return allCases.first { $0.stage != nil && $0.stage == authority.stage }
            default: return nil
            }
        }
    }

    /// The page.
    static func render(_ data: BoardData, viewer: Visit) -> HTML {
        let shown = data.shownAuthorities
        let body: HTML = """
            <h1>Authorities by stage</h1>
            \(yours(data, viewer: viewer))
            \(Filters.render(path: "/", data: data, extra: []))
            \(capacity(data.workload))
            \(data.authorities.isEmpty ? emptyNotice : board(shown, data: data, viewer: viewer))
            \(leftOut(shown))
            """
        return Layout.page(title: "Board", viewer: viewer, current: "/", body: body)
    }

    /// For an officer: the authorities they lead and what awaits them, linked.
    private static func yours(_ data: BoardData, viewer: Visit) -> HTML {
        guard let officer = viewer.officer else { return "" }
        let led = data.authorities.filter { $0.leadOfficer == officer && ($0.status == .active || $0.status == .paused) }.map(\.name)
        let waiting = data.followUps.filter { $0.leadOfficer == officer }
        let overdue = waiting.filter { $0.isOverdue(today: data.today) }.count
        let link = "/followups" + HTML.query([("officer", officer)])
        let authorities = led.isEmpty ? "none at the moment" : led.joined(separator: ", ")
        return """
            <p class="notice" id="yours">You lead: \(authorities) (marked below). \
            <a href="\(link)">\(waiting.count) follow-up\(waiting.count == 1 ? " awaits" : "s await") you</a>\
            \(overdue > 0 ? ", \(overdue) overdue" : "").</p>
            """
    }

    private static let emptyNotice: HTML = """
        <p class="notice" id="empty">No authorities yet. Add one with <code>engage authority add NAME --region REGION</code> \
        (or <code>POST /api/authorities</code>), or load the demo with <code>engage seed</code>.</p>
        """

    private static func capacity(_ workload: Workload) -> HTML {
        let team = workload.team
        let teamBar: HTML = team.cap.map { cap in bar(label: "Team", attributes: "data-team=\"true\"", active: team.active, cap: cap) }
            ?? "<div class=\"capacity\" data-team=\"true\"><span>Team</span><span class=\"count\">\(team.active) active, no cap</span></div>"
        let officers = workload.officers.map { load in
            bar(label: load.name, attributes: "data-officer=\"\(load.name)\"", active: load.active.count, cap: load.cap)
        }
        return "<section id=\"capacity\" aria-label=\"Capacity\">\(teamBar)\(officers)</section>"
    }

    private static func bar(label: String, attributes: HTML, active: Int, cap: Int) -> HTML {
        let percent = cap > 0 ? min(100, active * 100 / cap) : 100
        let full: HTML = active >= cap ? " full" : ""
        return """
            <div class="capacity\(full)" \(attributes) data-active="\(active)" data-cap="\(cap)"><span>\(label)</span>\
            <svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label="\(active) of \(cap)">\
            <rect class="track" width="100" height="10" rx="5"/><rect class="fill" width="\(percent)" height="10" rx="5"/></svg>\
            <span class="count">\(active)/\(cap)</span></div>
            """
    }

    private static func board(_ authorities: [Authority], data: BoardData, viewer: Visit) -> HTML {
        let counts = data.openFollowUpCounts
        let columns = Column.allCases.map { column -> HTML in
            let cards = authorities.filter { Column.of($0) == column }.map { card($0, followUps: counts[$0.name] ?? 0, data: data, viewer: viewer) }
            let content: HTML = cards.isEmpty ? "<p class=\"empty\">None</p>" : "\(cards)"
            return """
                <section class="column" data-column="\(column.key)"><h2>\(column.title) <span class="count">\(cards.count)</span></h2>\(content)</section>
                """
        }
        return "<div id=\"board\">\(columns)</div>"
    }

    private static func card(_ authority: Authority, followUps: Int, data: BoardData, viewer: Visit) -> HTML {
        let mine = viewer.officer != nil && authority.leadOfficer == viewer.officer
        let classes: HTML = "card\(mine ? " mine" : "")\(authority.status == .paused ? " paused" : "")"
        let since = authority.stageChangedAt ?? authority.statusChangedAt
        let days = data.days(since: since)
        let lead = authority.leadOfficer ?? "no lead officer"
        let paused: HTML = authority.status == .paused ? " <span class=\"tag\">paused</span>" : ""
        let badge: HTML = followUps > 0
            ? "<span class=\"badge\" data-open-followups=\"\(followUps)\">\(followUps) open follow-up\(followUps == 1 ? "" : "s")</span>"
            : ""
        let place = authority.status == .waitlisted ? "waiting" : "in stage"
        return """
            <article class="\(classes)" data-authority="\(authority.name)"><h3>\(AuthorityPage.link(authority.name))\(paused)</h3>\
            <p>\(authority.region.name) · \(lead)</p><p class="days">\(days) day\(days == 1 ? "" : "s") \(place)</p>\(badge)</article>
            """
    }

    private static func leftOut(_ authorities: [Authority]) -> HTML {
        var counts: [AuthorityStatus: Int] = [:]
        for authority in authorities where Column.of(authority) == nil { counts[authority.status, default: 0] += 1 }
        guard !counts.isEmpty else { return "" }
        let parts = AuthorityStatus.allCases.compactMap { status in counts[status].map { "\($0) \(status.rawValue)" } }
        return "<p class=\"left-out\">Not on the board: \(parts.joined(separator: ", ")).</p>"
    }
}
