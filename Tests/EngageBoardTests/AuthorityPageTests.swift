import EngageBoard
import EngageCore
import EngageHTTP
import EngageStore
import Foundation
import Testing

/// An authority's page (`/authorities/NAME`) with its assessment chart, and the overdue actions on
/// `/followups`, through the router on a real database.
@Suite("The board: an authority's page, its chart, and overdue actions")
struct AuthorityPageTests {
    private typealias Entry = NewAssessment.Entry

    /// Somerset (Sam Jones, two assessments, follow-ups open and done, a work plan with one action
    /// overdue), Devon (one assessment) and Dorset (none, still a prospect).
    private static func assessedTeam(_ store: Store) throws {
        let today = Day.today()
        _ = try store.addOfficer(try NewOfficer(name: "Sam Jones", region: .southWest))
        for name in ["Somerset", "Devon", "Dorset"] { _ = try store.addAuthority(try NewAuthority(name: name, region: .southWest)) }
        _ = try store.assign("Somerset", officer: "Sam Jones")
        _ = try store.advance("Somerset", override: "forums already met")
        _ = try store.assign("Devon", officer: "Sam Jones")
        _ = try store.addAssessment(try NewAssessment(authority: "Somerset", date: today.adding(days: -200), ratings: [
            try Entry(statement: "awareness", rating: .emerging),
            try Entry(statement: "identification", rating: .notYetInPlace),
            try Entry(statement: "evidence", rating: .emerging, evidence: "Counts kept by the LSCB"),
        ], today: today))
        _ = try store.addAssessment(try NewAssessment(authority: "Somerset", date: today.adding(days: -10), ratings: [
            try Entry(statement: "awareness", rating: .developing, evidence: "Training for every school"),
            try Entry(statement: "identification", rating: .embedded),
            try Entry(statement: "multi-agency", rating: .emerging),
            try Entry(statement: "evidence", rating: .notYetInPlace, evidence: "The data post was cut"),
        ], today: today))
        _ = try store.addAssessment(try NewAssessment(authority: "Devon", date: today.adding(days: -3), ratings: [
            try Entry(statement: "voice", rating: .developing),
        ], today: today))
        try followUps(store, today: today)
        _ = try store.addPlanAction(try NewPlanAction(authority: "Somerset", statement: "evidence", action: "Restore the count",
                                                      owner: "Sam Jones", dueOn: today.adding(days: -3)))
        _ = try store.addPlanAction(try NewPlanAction(authority: "Somerset", statement: "support", action: "List the services",
                                                      owner: "Sam Jones", dueOn: today.adding(days: 30)))
    }

    /// Somerset's follow-ups: two open (the older first), two done at different dates.
    private static func followUps(_ store: Store, today: Day) throws {
        let add = { (summary: String, opened: Int) throws -> FollowUp in
            try store.addFollowUp(try NewFollowUp(authority: "Somerset", summary: summary, openedOn: today.adding(days: opened), today: today))
        }
        _ = try add("Open newer", -5)
        _ = try add("Open older", -40)
        let doneEarlier = try add("Done earlier", -100)
        let doneLater = try add("Done later", -90)
        _ = try store.completeFollowUp(id: doneEarlier.id, outcome: "Sent in the spring", on: today.adding(days: -50), today: today)
        _ = try store.completeFollowUp(id: doneLater.id, outcome: "Sent in the summer", on: today.adding(days: -20), today: today)
    }

    /// The chart's rows as (statement, first, latest), in order.
    private func chartRows(_ page: String) -> [(String, String, String)] {
        page.components(separatedBy: "<g class=\"row\" data-statement=\"").dropFirst().map { row in
            func value(_ name: String) -> String {
                guard let start = row.range(of: "\(name)=\"") else { return "?" }
                return String(row[start.upperBound...].prefix { $0 != "\"" })
            }
            return (String(row.prefix { $0 != "\"" }), value("data-first"), value("data-latest"))
        }
    }

    /// Where `text` first occurs in `page`, to compare orders.
    private func position(of text: String, in page: String) throws -> String.Index {
        try #require(page.range(of: text), "\(text) is on the page").lowerBound
    }

    @Test("an authority with two assessments: the SVG chart, first and latest per statement, the ratings table")
    func chartOfTwoAssessments() throws {
        try BoardHarness.withBoard(seed: Self.assessedTeam) { router, tokens in
            let response = try BoardHarness.get(router, "/authorities/Somerset", token: tokens["viewer"])
            #expect(response.status == .ok)
            #expect(response.headers["Content-Type"] == "text/html; charset=utf-8")
            let page = response.bodyText
            #expect(page.contains(#"<svg class="chart" id="assessment-chart" xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="chart-title chart-desc""#))
            #expect(page.contains(#"data-assessments="2""#))
            #expect(page.contains(#"<title id="chart-title">Somerset: Quality Statement ratings, first ("#))
            let rows = chartRows(page)
            #expect(rows.map(\.0) == ["awareness", "identification", "voice", "multi-agency", "cjs-stages", "support", "stigma", "evidence"])
            #expect(rows.first { $0.0 == "awareness" }.map { [$0.1, $0.2] } == ["2", "3"])
            #expect(rows.first { $0.0 == "identification" }.map { [$0.1, $0.2] } == ["1", "4"])
            #expect(rows.first { $0.0 == "multi-agency" }.map { [$0.1, $0.2] } == ["", "2"], "not rated first")
            #expect(rows.first { $0.0 == "voice" }.map { [$0.1, $0.2] } == ["", ""], "rated in neither")
            #expect(rows.first { $0.0 == "evidence" }.map { [$0.1, $0.2] } == ["2", "1"])
            #expect(page.contains(">3 developing</text>") && page.contains(">4 embedded</text>"), "the numbers are written as text")
            #expect(page.contains(">not rated</text>"))
            #expect(page.contains(##"fill="#1e7a3c">+3</text>"##), "identification rose by 3")
            #expect(page.contains(#"<tr data-statement="evidence"><td>Building the evidence <code>evidence</code></td><td>2 emerging</td><td>1 not yet in place</td><td class="change">-1</td><td class="evidence">The data post was cut</td></tr>"#))
            #expect(page.contains(#"<div class="table-wrap" role="region" aria-label="Ratings by statement" tabindex="0"><table id="ratings">"#))
            let chart = try #require(page.firstRange(of: /<svg class="chart"[\s\S]*?<\/svg>/).map { page[$0] })
            for forbidden in ["<script", "<foreignObject", "<foreignobject", "<img", "<link", "@import", "url(", "href"] {
                #expect(!chart.contains(forbidden), "no \(forbidden): no script, no external assets")
            }
        }
    }

    @Test("the page shows where the authority stands, its history with overrides, follow-ups and work plan")
    func theRestOfThePage() throws {
        try BoardHarness.withBoard(seed: Self.assessedTeam) { router, tokens in
            let page = try BoardHarness.get(router, "/authorities/somerset", token: tokens["sam"]).bodyText
            #expect(page.contains(#"<h1 id="authority" data-authority="Somerset" data-status="active" data-stage="2">Somerset <span class="tag">yours</span></h1>"#),
                    "any case finds it; an officer sees their own marked")
            #expect(page.contains("South West · <strong>active · stage 2, Multi-agency forums</strong> · 0 days in stage · lead officer: Sam Jones"))
            #expect(page.contains(#"<span class="tag override">override</span> forums already met"#))
            #expect(page.contains("<td>—</td><td>prospect</td><td>—</td><td>setup</td><td>added</td>"), "the history starts as a prospect")
            let order = try ["Open older", "Open newer", "Done later", "Done earlier"].map { try position(of: $0, in: page) }
            #expect(order == order.sorted(), "open follow-ups oldest first, then done ones, the latest done first")
            #expect(page.contains("done on \(Day.today().adding(days: -20)): Sent in the summer"))
            #expect(page.contains(#"<tr class="open overdue" data-action="1"><td>A1</td>"#))
            #expect(page.contains(#"<span class="late">open, overdue</span>"#))
            #expect(page.contains("Building the evidence <code>evidence</code></td><td>Restore the count</td><td>Sam Jones</td>"))
            #expect(page.contains(#"<tr class="open" data-action="2"><td>A2</td>"#), "the action not yet due is open, not overdue")
        }
    }

    @Test("an authority with one assessment: just its ratings, and the page says so")
    func singleAssessment() throws {
        try BoardHarness.withBoard(seed: Self.assessedTeam) { router, tokens in
            let response = try BoardHarness.get(router, "/authorities/Devon", token: tokens["viewer"])
            #expect(response.status == .ok)
            let page = response.bodyText
            #expect(page.contains("<svg"))
            #expect(page.contains(#"data-assessments="1""#))
            #expect(page.contains(#"id="single-assessment">One assessment so far: a second will show the change."#))
            #expect(page.contains("Only assessment · \(Day.today().adding(days: -3))"))
            let rows = chartRows(page)
            #expect(rows.count == 8)
            #expect(rows.first { $0.0 == "voice" }.map { [$0.1, $0.2] } == ["", "3"])
            #expect(!page.contains(#"class="first""#), "no first-assessment bars")
            #expect(page.contains("<th>Rating (\(Day.today().adding(days: -3)))</th>"))
        }
    }

    @Test("an authority with no assessment, follow-up, plan, agency or contact: each section says so; a viewer gets no form and no command")
    func emptySections() throws {
        try BoardHarness.withBoard(seed: Self.assessedTeam) { router, tokens in
            let response = try BoardHarness.get(router, "/authorities/Dorset", token: tokens["viewer"])
            #expect(response.status == .ok)
            let page = response.bodyText
            #expect(!page.contains("<svg"))
            #expect(page.contains("No self-assessment yet.") && !page.contains("<code>engage"))
            #expect(page.contains("No follow-ups."), "a viewer gets no form, and no command to type")
            #expect(!page.contains("followup-add"))
            #expect(page.contains("No work plan yet.") && page.contains("No agencies recorded yet.") && page.contains("No contacts recorded yet."))
            for form in ["assessment-add", "plan-add", "agency-add", "contact-add"] { #expect(!page.contains(form)) }
            #expect(page.contains("<strong>prospect</strong> since \(Day.today())"))
        }
    }

    @Test("an unknown authority answers a 404 page naming the nearest names, escaped; no token, the sign-in page")
    func unknownAndSignedOut() throws {
        try BoardHarness.withBoard(seed: Self.assessedTeam) { router, tokens in
            let near = try BoardHarness.get(router, "/authorities/Somerst", token: tokens["viewer"])
            #expect(near.status == .notFound)
            #expect(near.headers["Content-Type"] == "text/html; charset=utf-8")
            #expect(near.bodyText.contains("<h1>Not found</h1>"))
            #expect(near.bodyText.contains("no authority named &#39;Somerst&#39;"))
            #expect(near.bodyText.contains("Somerset"), "the nearest name is suggested")
            #expect(near.bodyText.contains(#"<a href="/">Back to the board</a>"#))
            let hostile = try BoardHarness.get(router, "/authorities/%3Cscript%3Ealert(1)%3C%2Fscript%3E", token: tokens["viewer"])
            #expect(hostile.status == .notFound)
            #expect(hostile.bodyText.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(!hostile.bodyText.contains("<script>"))
            for target in ["/authorities/Somerset", "/authorities/Nowhere"] {
                let signedOut = try BoardHarness.get(router, target)
                #expect(signedOut.status == .unauthorized, "\(target)")
                #expect(signedOut.bodyText.contains(#"id="signin" method="post" action="/signin""#), "\(target)")
                #expect(!signedOut.bodyText.contains("Somerset"), "\(target): nothing of the authority without a token")
            }
            #expect(try BoardHarness.get(router, "/authorities/Somerset", token: "engage_unknown").status == .unauthorized)
        }
    }

    @Test("evidence notes, a hostile authority name and a hostile statement title come out escaped in the chart and the tables")
    func escaping() throws {
        let name = #"<b>O'Hare</b> & "Co"/Knowsley"#
        let note = #"<script>alert(1)</script> & "x""#
        let title = #"<img src=x onerror=alert(2)> & 'Q'"#
        try BoardHarness.withBoard(seed: { store in
            let today = Day.today()
            _ = try store.addOfficer(try NewOfficer(name: "Sam Jones", region: .london))
            _ = try store.addAuthority(try NewAuthority(name: name, region: .london))
            _ = try store.assign(name, officer: "Sam Jones")
            _ = try store.rewordStatement(key: "awareness", title: title, description: nil)
            for (days, rating) in [(-30, Rating.emerging), (-1, .developing)] {
                _ = try store.addAssessment(try NewAssessment(authority: name, date: today.adding(days: days), ratings: [
                    try Entry(statement: "awareness", rating: rating, evidence: note),
                ], today: today))
            }
            _ = try store.addFollowUp(try NewFollowUp(authority: name, summary: note, openedOn: today, today: today))
        }) { router, tokens in
            let board = try BoardHarness.get(router, "/", token: tokens["viewer"]).bodyText
            let href = "/authorities/%3Cb%3EO%27Hare%3C%2Fb%3E%20%26%20%22Co%22%2FKnowsley"
            #expect(board.contains(#"<h3><a href="\#(href)">&lt;b&gt;O&#39;Hare&lt;/b&gt; &amp; &quot;Co&quot;/Knowsley</a></h3>"#),
                    "the card links to the page, the name percent-encoded as one segment")
            let response = try BoardHarness.get(router, href, token: tokens["hostile"])
            #expect(response.status == .ok, "the router decodes the name back")
            let page = response.bodyText
            #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;"), "the evidence note, escaped")
            #expect(page.contains(#"<td class="evidence">&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;</td>"#))
            #expect(page.contains("<title>&lt;img src=x onerror=alert(2)&gt; &amp; &#39;Q&#39;</title>"), "the statement's title in the chart")
            #expect(page.contains("&lt;b&gt;O&#39;Hare&lt;/b&gt; &amp; &quot;Co&quot;/Knowsley: Quality Statement ratings"), "the name in the chart's title")
            #expect(page.contains("Signed in as &lt;script&gt;x&lt;/script&gt; &amp; &quot;Q&quot;"))
            for raw in [note, "<script", title, "<img", name, "<b>"] {
                #expect(!page.contains(raw), "\(raw) appears unescaped")
            }
        }
    }

    @Test("cards link to their authority's page; follow-up rows link their authority")
    func links() throws {
        try BoardHarness.withBoard(seed: Self.assessedTeam) { router, tokens in
            let board = try BoardHarness.get(router, "/", token: tokens["viewer"]).bodyText
            #expect(board.contains(#"data-authority="Somerset"><h3><a href="/authorities/Somerset">Somerset</a></h3>"#))
            #expect(board.contains(#"data-authority="Devon"><h3><a href="/authorities/Devon">Devon</a></h3>"#))
            let followUps = try BoardHarness.get(router, "/followups", token: tokens["viewer"]).bodyText
            #expect(followUps.contains(#"<td><a href="/authorities/Somerset">Somerset</a></td>"#))
        }
    }

    @Test("/followups?overdue=true lists overdue follow-ups and overdue actions by due date, the actions marked")
    func overdueActionsListed() throws {
        try BoardHarness.withBoard(seed: Self.overdueMix) { router, tokens in
            let page = try BoardHarness.get(router, "/followups?overdue=true", token: tokens["viewer"]).bodyText
            #expect(page.contains(#"<h1>Overdue: follow-ups and work-plan actions <span class="count">3</span></h1>"#))
            let action = try position(of: #"<tr class="overdue action" data-authority="Somerset" data-action=""#, in: page)
            let early = try position(of: #"<tr class="overdue" data-authority="Bury" data-id=""#, in: page)
            let late = try position(of: #"<tr class="overdue" data-authority="Somerset" data-id=""#, in: page)
            #expect(early < action && action < late, "by due date: follow-up due 10 days ago, action 5 days ago, follow-up 2 days ago")
            #expect(page.contains(#"<span class="tag action-tag">Action A"#))
            #expect(page.contains("<code>evidence</code> Restore the count <span class=\"owner\">(owner: Sam Jones)</span>"))
            #expect(!page.contains("List the services"), "an action not yet due is not listed")
            #expect(!page.contains("Handbooks"), "a follow-up not yet due is not listed")
            let bury = try BoardHarness.get(router, "/followups?overdue=true&region=north-west", token: tokens["viewer"]).bodyText
            #expect(!bury.contains("data-action="), "filters apply to actions through their authority")
            #expect(bury.contains(#"data-authority="Bury""#))
            let unknown = try BoardHarness.get(router, "/followups?overdue=true&officer=Nobody", token: tokens["viewer"])
            #expect(unknown.status == .ok, "an unknown officer filters everything out, as for follow-ups")
            #expect(unknown.bodyText.contains("Nothing awaits follow-up here."))
        }
    }

    @Test("/followups without overdue=true: follow-ups only, and one line counting the overdue actions, linked")
    func overdueActionsCounted() throws {
        try BoardHarness.withBoard(seed: Self.overdueMix) { router, tokens in
            let page = try BoardHarness.get(router, "/followups", token: tokens["viewer"]).bodyText
            #expect(!page.contains("data-action="))
            #expect(page.contains(#"<p class="notice" id="overdue-actions" data-overdue-actions="1"><a href="/followups?overdue=true">1 work-plan action is overdue</a>"#))
            #expect(page.contains(#"<h1>Awaiting follow-up <span class="count">3</span></h1>"#))
            let filtered = try BoardHarness.get(router, "/followups?officer=Sam%20Jones", token: tokens["viewer"]).bodyText
            #expect(filtered.contains(#"<a href="/followups?overdue=true&amp;officer=Sam%20Jones">1 work-plan action is overdue</a>"#))
            let elsewhere = try BoardHarness.get(router, "/followups?region=north-west", token: tokens["viewer"]).bodyText
            #expect(!elsewhere.contains(#"id="overdue-actions""#), "no overdue action in the North West")
        }
        try BoardHarness.withBoard(seed: Self.assessedTeam) { router, tokens in
            let page = try BoardHarness.get(router, "/followups", token: tokens["viewer"]).bodyText
            #expect(page.contains(#"data-overdue-actions="1""#))
        }
    }

    /// Somerset (Sam Jones, South West) with an overdue follow-up, one not yet due, an overdue
    /// action and one not yet due; Bury (North West) with a follow-up overdue longer.
    private static func overdueMix(_ store: Store) throws {
        let today = Day.today()
        _ = try store.addOfficer(try NewOfficer(name: "Sam Jones", region: .southWest))
        _ = try store.addOfficer(try NewOfficer(name: "Ada Lovelace", region: .northWest))
        _ = try store.addAuthority(try NewAuthority(name: "Somerset", region: .southWest))
        _ = try store.addAuthority(try NewAuthority(name: "Bury", region: .northWest))
        _ = try store.assign("Somerset", officer: "Sam Jones")
        _ = try store.assign("Bury", officer: "Ada Lovelace")
        let followUp = { (name: String, summary: String, opened: Int, due: Int) throws in
            _ = try store.addFollowUp(try NewFollowUp(authority: name, summary: summary, openedOn: today.adding(days: opened),
                                                      dueOn: today.adding(days: due), today: today))
        }
        try followUp("Somerset", "Workshop", -40, -2)
        try followUp("Bury", "Briefing", -30, -10)
        try followUp("Somerset", "Handbooks", -1, 20)
        _ = try store.addPlanAction(try NewPlanAction(authority: "Somerset", statement: "evidence", action: "Restore the count",
                                                      owner: "Sam Jones", dueOn: today.adding(days: -5)))
        _ = try store.addPlanAction(try NewPlanAction(authority: "Somerset", statement: "support", action: "List the services",
                                                      owner: "Sam Jones", dueOn: today.adding(days: 5)))
    }
}
