import EngageBoard
import EngageCore
import EngageHTTP
import EngageStore
import Foundation
import Testing
import TestSupport

/// The board's pages through the router, on a real database.
@Suite("The board: pages, roles, escaping, sign-in")
struct BoardTests {
    /// A router with the board on a fresh database that `seed` fills; tokens by name.
    private func withBoard(origin: PublicOrigin? = nil, seed: (Store) throws -> Void = { _ in },
                           _ body: (Router, [String: String]) throws -> Void) throws {
        try BoardHarness.withBoard(origin: origin, seed: seed, body)
    }

    private func get(_ router: Router, _ target: String, token: String? = nil, cookie: String? = nil) throws -> HTTPResponse {
        try BoardHarness.get(router, target, token: token, cookie: cookie)
    }

    /// The names of the cards in `column` of a board page, in order.
    private func cards(in column: String, of page: String) -> [String] {
        guard let start = page.range(of: "data-column=\"\(column)\"") else { return [] }
        let rest = page[start.upperBound...]
        let section = rest[..<(rest.range(of: "</section>")?.lowerBound ?? rest.endIndex)]
        return section.components(separatedBy: "data-authority=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    private static func demoTeam(_ store: Store) throws {
        _ = try store.addOfficer(try NewOfficer(name: "Ada Lovelace", region: .northWest))
        _ = try store.addOfficer(try NewOfficer(name: "Sam Jones", region: .southWest))
        for (name, region) in [("Somerset", Region.southWest), ("Bury", .northWest), ("Wigan", .northWest), ("Devon", .southWest)] {
            _ = try store.addAuthority(try NewAuthority(name: name, region: region))
        }
        _ = try store.assign("Somerset", officer: "Sam Jones")
        _ = try store.assign("Bury", officer: "Ada Lovelace", stage: .keyAgencies, reason: "forums already engaged")
        _ = try store.waitlist("Wigan")
        _ = try store.addFollowUp(try NewFollowUp(authority: "Bury", summary: "Workshop for schools", openedOn: Day.today().adding(days: -45),
                                                  dueOn: Day.today().adding(days: -5), today: .today()))
        _ = try store.addFollowUp(try NewFollowUp(authority: "Somerset", summary: "Handbooks", openedOn: .today(), today: .today()))
    }

    @Test("a viewer sees each authority in its column, the capacity bars and follow-up badges")
    func viewerSeesTheBoard() throws {
        try withBoard(seed: Self.demoTeam) { router, tokens in
            let response = try get(router, "/", token: tokens["viewer"])
            #expect(response.status == .ok)
            #expect(response.headers["Content-Type"] == "text/html; charset=utf-8")
            let page = response.bodyText
            #expect(cards(in: "waitlist", of: page) == ["Wigan"])
            #expect(cards(in: "stage-1", of: page) == ["Somerset"])
            #expect(cards(in: "stage-3", of: page) == ["Bury"])
            #expect(cards(in: "stage-2", of: page).isEmpty)
            #expect(page.contains(#"data-officer="Sam Jones" data-active="1" data-cap="4""#))
            #expect(page.contains(#"data-officer="Ada Lovelace" data-active="1" data-cap="4""#))
            #expect(page.contains(#"data-open-followups="1""#))
            #expect(page.contains("Not on the board: 1 prospect"), "Devon, never asked, is counted below the board")
            #expect(!page.contains("class=\"card mine"), "a viewer leads nothing")
        }
    }

    @Test("an officer sees the authorities they lead marked as theirs")
    func officerSeesTheirOwn() throws {
        try withBoard(seed: Self.demoTeam) { router, tokens in
            let page = try get(router, "/", token: tokens["sam"]).bodyText
            #expect(page.contains(#"<article class="card mine" data-authority="Somerset""#))
            #expect(page.contains(#"<article class="card" data-authority="Bury""#))
            #expect(page.contains("Signed in as Sam Jones, officer"))
            #expect(page.contains(#"<p class="notice" id="yours">You lead: Somerset (marked below)."#))
            #expect(page.contains(#"<a href="/followups?officer=Sam%20Jones">1 follow-up awaits you</a>."#))
            let followUps = try get(router, "/followups", token: tokens["sam"]).bodyText
            #expect(followUps.contains(#"<tr class=" mine" data-authority="Somerset""#))
        }
    }

    @Test("a manager sees both pages, signed in by name, without an officer's panel")
    func managerSeesThePages() throws {
        try withBoard(seed: Self.demoTeam) { router, tokens in
            let board = try get(router, "/", token: tokens["manager"])
            #expect(board.status == .ok)
            #expect(board.bodyText.contains(#"data-role="manager">Signed in as Maria Manager, manager"#))
            #expect(!board.bodyText.contains(#"id="yours""#))
            #expect(cards(in: "stage-3", of: board.bodyText) == ["Bury"])
            let followUps = try get(router, "/followups", token: tokens["manager"])
            #expect(followUps.status == .ok)
            #expect(followUps.bodyText.contains(#"<div class="table-wrap" role="region" aria-label="Follow-ups" tabindex="0"><table id="followups">"#),
                    "a wide table scrolls sideways in its own focusable box, not the page")
        }
    }

    @Test("no token, or a bad one, gets the sign-in page (401), never a 500")
    func signInPageWithoutToken() throws {
        try withBoard { router, _ in
            for response in [try get(router, "/"), try get(router, "/followups"), try get(router, "/", token: "engage_unknown"),
                             try get(router, "/", cookie: "engage_token=<script>")] {
                #expect(response.status == .unauthorized)
                #expect(response.bodyText.contains(#"id="signin" method="post" action="/signin""#))
            }
        }
    }

    @Test("every user-supplied string is escaped: names with <script>, quotes and ampersands")
    func escaping() throws {
        let hostile = #"<script>alert("x")</script> & 'Co'"#
        try withBoard(seed: { store in
            _ = try store.addOfficer(try NewOfficer(name: #"O"Brien & <b>Sons</b>"#, region: .london))
            _ = try store.addAuthority(try NewAuthority(name: hostile, region: .london))
            _ = try store.assign(hostile, officer: #"O"Brien & <b>Sons</b>"#)
            _ = try store.addFollowUp(try NewFollowUp(authority: hostile, summary: "<img src=x onerror=alert(1)>", openedOn: .today(), today: .today()))
        }) { router, tokens in
            for path in ["/", "/followups", "/?officer=%3Cscript%3E"] {
                let page = try get(router, path, token: tokens["hostile"]).bodyText
                #expect(page.contains("Signed in as &lt;script&gt;x&lt;/script&gt; &amp; &quot;Q&quot;"), "\(path)")
                #expect(!page.contains("<script>"), "\(path)")
                #expect(!page.contains("<b>Sons"), "\(path)")
                #expect(!page.contains("<img"), "\(path)")
            }
            let board = try get(router, "/", token: tokens["viewer"]).bodyText
            #expect(board.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Co&#39;"))
            #expect(board.contains("O&quot;Brien &amp; &lt;b&gt;Sons&lt;/b&gt;"))
            #expect(board.contains("officer=O%22Brien%20%26%20%3Cb%3ESons%3C%2Fb%3E"), "filter links percent-encode names")
        }
    }

    @Test("filters by region and officer keep only the matching cards and rows")
    func filters() throws {
        try withBoard(seed: Self.demoTeam) { router, tokens in
            let northWest = try get(router, "/?region=north-west", token: tokens["viewer"]).bodyText
            #expect(cards(in: "waitlist", of: northWest) == ["Wigan"])
            #expect(cards(in: "stage-1", of: northWest).isEmpty)
            #expect(cards(in: "stage-3", of: northWest) == ["Bury"])
            let sam = try get(router, "/?officer=Sam%20Jones", token: tokens["viewer"]).bodyText
            #expect(cards(in: "stage-1", of: sam) == ["Somerset"])
            #expect(cards(in: "stage-3", of: sam).isEmpty)
            let overdue = try get(router, "/followups?overdue=true", token: tokens["viewer"]).bodyText
            #expect(overdue.contains(#"<tr class="overdue" data-authority="Bury""#))
            #expect(!overdue.contains(#"data-authority="Somerset""#))
            let all = try get(router, "/followups", token: tokens["viewer"]).bodyText
            let bury = try #require(all.range(of: #"data-authority="Bury""#)), somerset = try #require(all.range(of: #"data-authority="Somerset""#))
            #expect(bury.lowerBound < somerset.lowerBound, "oldest first")
        }
    }

    @Test("an empty database renders a helpful empty board")
    func emptyBoard() throws {
        try withBoard { router, tokens in
            let page = try get(router, "/", token: tokens["viewer"]).bodyText
            #expect(page.contains(#"<p class="notice" id="empty">No authorities yet."#))
            #expect(page.contains("engage seed"))
            let followUps = try get(router, "/followups", token: tokens["viewer"]).bodyText
            #expect(followUps.contains("Nothing awaits follow-up here."))
        }
    }

    @Test("pages hold to a content security policy without inline exceptions: no script, no inline style, one linked sheet")
    func noInlineScriptOrStyle() throws {
        try withBoard(seed: { store in
            _ = try store.addAuthority(try NewAuthority(name: "Bristol", region: .southWest))
        }) { router, tokens in
            let viewer = try #require(tokens["viewer"])
            var sheets: Set<String> = []
            for target in ["/", "/followups", "/authorities/Bristol", "/authorities/Nowhere", "/signin"] {
                let page = try get(router, target, token: viewer).bodyText
                for inline in ["<script", "<style", " style=", "javascript:", " onclick=", " onload=", " onsubmit="] {
                    #expect(!page.lowercased().contains(inline), "\(target) has \(inline)")
                }
                sheets.formUnion(page.matches(of: /<link rel="stylesheet" href="([^"]+)">/).map { String($0.output.1) })
            }
            #expect(sheets.count == 1, "every page links the same sheet")
            let sheet = try get(router, try #require(sheets.first))
            #expect(sheet.status == .ok)
            #expect(sheet.headers["Content-Type"] == "text/css; charset=utf-8")
            #expect(sheet.headers["Cache-Control"]?.contains("immutable") == true, "its address changes with its text")
            #expect(sheet.bodyText.contains(".card{"))
        }
    }
}
