import EngageBoard
import EngageCore
import EngageHTTP
import EngageStore
import Foundation
import Postgres
import Testing
import TestSupport

/// Calendar feeds through the router: issuing and revoking on the board, what each feed holds,
/// escaping, the 404 for every feed that is not live, and no secret kept or written.
@Suite("The board: calendar feeds")
struct FeedTests {
    static let hostile = "Slides, notes; a back\\slash\nand a second line"

    /// Dorset led by Sam Jones, Devon by Alex Morgan, each with what a feed shows and what it
    /// leaves out; accounts for both officers, a manager and a viewer.
    static func seed(_ store: Store) throws {
        let today = Day.today()
        for (officer, authority) in [("Sam Jones", "Dorset"), ("Alex Morgan", "Devon")] {
            _ = try store.addOfficer(NewOfficer(name: officer, region: .southWest))
            _ = try store.addAuthority(NewAuthority(name: authority, region: .southWest))
            _ = try store.request(authority)
            _ = try store.assign(authority, officer: officer)
            try BoardHarness.addAccount(store, officer, role: .officer)
            _ = try store.addFollowUp(NewFollowUp(authority: authority, summary: authority == "Dorset" ? hostile : "Devon slides",
                                                  openedOn: today, dueOn: today.adding(days: 3), today: today))
            _ = try store.addPlanAction(NewPlanAction(authority: authority, statement: "voice", action: "Forum in \(authority)",
                                                      owner: officer, dueOn: today.adding(days: 10)))
        }
        try BoardHarness.addAccount(store, "Maria Manager", role: .manager)
        try BoardHarness.addAccount(store, "Vic Viewer", role: .viewer)
        // Left out: a done follow-up, a done and a dropped plan action, an activity that happened.
        let done = try store.addFollowUp(NewFollowUp(authority: "Dorset", summary: "Done already", openedOn: today, today: today))
        _ = try store.completeFollowUp(id: done.id, outcome: "Sent", on: today, today: today)
        for verb in ["done", "dropped"] {
            let action = try store.addPlanAction(NewPlanAction(authority: "Dorset", statement: "voice", action: "Closed \(verb)",
                                                               owner: "Sam Jones", dueOn: today))
            _ = verb == "done" ? try store.completePlanAction(id: action.id, on: today, today: today)
                               : try store.dropPlanAction(id: action.id, reason: "No longer needed", on: today, today: today)
        }
        _ = try store.addActivity(NewActivity(scope: .authority("Dorset"), kind: .presentation, date: today, today: today))
        // Shown: a planned workshop in Dorset by Sam, a planned national conference by Alex.
        _ = try store.addActivity(NewActivity(scope: .authority("Dorset"), kind: .workshop, date: today.adding(days: 5),
                                              title: "LSCB workshop", planned: true, today: today))
        _ = try store.addActivity(NewActivity(scope: .national, kind: .conference, date: today.adding(days: 20), sector: .health,
                                              officer: "Alex Morgan", title: "National conference", planned: true, today: today))
    }

    /// The board on a fresh database seeded by `seed`, with a raw connection for checks.
    static func withFeeds(origin: PublicOrigin? = nil, _ body: (Router, Store, Connection) throws -> Void) throws {
        try TestDatabase.withMigrated { database in
            let store = Store(connection: try database.connect(), actor: "setup")
            defer { store.close() }
            try seed(store)
            let probe = try database.connect()
            defer { probe.close() }
            let stores = StorePool(conninfo: database.conninfo, size: 2)
            defer { stores.close() }
            var router = Router()
            BoardRoutes.add(to: &router, stores: stores, origin: origin)
            try body(router, store, probe)
        }
    }

    /// Issues a feed through a form (`path`) as the signed-in `who`: the secret on the page shown once.
    static func issue(_ router: Router, _ path: String, as who: (cookie: String, csrf: String)) throws -> String {
        let response = try BoardHarness.post(router, path, ["csrf": who.csrf], cookie: who.cookie)
        guard response.status == .ok, response.headers["Cache-Control"] == "no-store",
              let match = response.bodyText.firstMatch(of: /<code id="feed-address">[^<]*\/feeds\/([0-9a-f]{64})\.ics<\/code>/) else {
            throw BoardTestError("issuing at \(path) answered \(response.status.code): \(response.bodyText.prefix(400))")
        }
        return String(match.output.1)
    }

    /// The feed's answer, with no cookie or token.
    static func feed(_ router: Router, _ secret: String) throws -> HTTPResponse {
        try BoardHarness.get(router, "/feeds/\(secret).ics")
    }

    /// The feed's content lines, unfolded.
    static func lines(_ response: HTTPResponse) -> [String] {
        response.bodyText.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n")
    }

    static func uids(_ response: HTTPResponse) -> Set<String> {
        Set(lines(response).filter { $0.hasPrefix("UID:") }.map { String($0.dropFirst(4)) })
    }

    /// The ids of Dorset's and Devon's open records, as UIDs.
    static func expected(_ store: Store, authorities: [String], activities: [String]) throws -> Set<String> {
        var uids: Set<String> = []
        for authority in authorities {
            for followUp in try store.followUps(of: authority) where followUp.isOpen { uids.insert("followup-\(followUp.id)@engage") }
            for action in try store.planActions(PlanAction.Filter(authority: authority, openOnly: true, today: Day.today())) {
                uids.insert("plan-action-\(action.id)@engage")
            }
        }
        for activity in try store.activities(Activity.Filter()) where activity.planned && activities.contains(activity.officer) {
            uids.insert("activity-\(activity.id)@engage")
        }
        return uids
    }

    @Test("an officer's feed holds exactly their authorities' open follow-ups and plan actions and their planned activities")
    func officerFeed() throws {
        try Self.withFeeds(origin: try PublicOrigin.parse("https://engage.example.org").get()) { router, store, _ in
            let sam = try BoardHarness.signIn(router, "Sam Jones")
            let secret = try Self.issue(router, "/account/feed", as: sam)
            let response = try Self.feed(router, secret)
            #expect(response.status == .ok)
            #expect(response.headers["Content-Type"] == "text/calendar; charset=utf-8")
            #expect(response.headers["Set-Cookie"] == nil)
            let expected = try Self.expected(store, authorities: ["Dorset"], activities: ["Sam Jones"])
            #expect(expected.count == 3)
            #expect(Self.uids(response) == expected)
            let lines = Self.lines(response)
            #expect(lines.contains("X-WR-CALNAME:engage: Sam Jones") && lines.contains("METHOD:PUBLISH"))
            #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 3)
            #expect(lines.contains("URL:https://engage.example.org/authorities/Dorset"))
            #expect(lines.contains("DTSTART;VALUE=DATE:" + Self.compact(Day.today().adding(days: 3))))
            #expect(lines.contains("DTEND;VALUE=DATE:" + Self.compact(Day.today().adding(days: 4))))
            #expect(!response.bodyText.contains("Done already") && !response.bodyText.contains("Closed"))
            let page = try BoardHarness.get(router, "/account", cookie: sam.cookie).bodyText
            #expect(page.contains("Your calendar feed is active: issued on \(Day.today())"))
            #expect(!page.contains(secret), "the address is shown only once")
        }
    }

    @Test("a manager's and a viewer's feed is the team's: every open record, every planned activity")
    func teamFeed() throws {
        try Self.withFeeds { router, store, _ in
            let expected = try Self.expected(store, authorities: ["Dorset", "Devon"], activities: ["Sam Jones", "Alex Morgan"])
            #expect(expected.count == 6)
            for name in ["Maria Manager", "Vic Viewer"] {
                let who = try BoardHarness.signIn(router, name)
                let response = try Self.feed(router, try Self.issue(router, "/account/feed", as: who))
                #expect(Self.uids(response) == expected, "\(name)")
                #expect(Self.lines(response).contains("X-WR-CALNAME:engage: the team"))
                #expect(!Self.lines(response).contains { $0.hasPrefix("URL:") }, "no public address, no links")
            }
        }
    }

    @Test("a hostile summary's commas, semicolons, backslashes and line breaks are escaped, every line within 75 octets")
    func escaping() throws {
        try Self.withFeeds { router, _, _ in
            let sam = try BoardHarness.signIn(router, "Sam Jones")
            let response = try Self.feed(router, try Self.issue(router, "/account/feed", as: sam))
            #expect(Self.lines(response).contains(#"SUMMARY:Follow-up · Dorset: Slides\, notes\; a back\\slash\nand a second line"#))
            for physical in response.bodyText.components(separatedBy: "\r\n") { #expect(physical.utf8.count <= 75) }
            #expect(!response.bodyText.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        }
    }

    @Test("a replaced, a revoked, a disabled account's and an unknown secret all answer the same 404")
    func notFound() throws {
        try Self.withFeeds { router, store, _ in
            let sam = try BoardHarness.signIn(router, "Sam Jones")
            let first = try Self.issue(router, "/account/feed", as: sam)
            let second = try Self.issue(router, "/account/feed", as: sam)
            let unknown = try Self.feed(router, String(repeating: "ab", count: 32))
            #expect(unknown.status == .notFound)
            let replaced = try Self.feed(router, first)
            #expect(replaced.status == .notFound && replaced.body == unknown.body)
            #expect(try Self.feed(router, second).status == .ok)
            let revoked = try BoardHarness.post(router, "/account/feed/revoke", ["csrf": sam.csrf], cookie: sam.cookie)
            #expect(revoked.status == .seeOther)
            #expect(try Self.feed(router, second).body == unknown.body)
            #expect(try BoardHarness.get(router, "/account", cookie: sam.cookie).bodyText.contains("Your calendar feed: none active."))
            let maria = try BoardHarness.signIn(router, "Maria Manager")
            let forAlex = try Self.issue(router, "/people/Alex%20Morgan/feed", as: maria)
            #expect(try Self.feed(router, forAlex).status == .ok)
            _ = try store.disableUser("Alex Morgan")
            #expect(try Self.feed(router, forAlex).body == unknown.body)
            for malformed in ["/feeds/\(second)", "/feeds/\(second.uppercased()).ics", "/feeds/x.ics"] {
                #expect(try BoardHarness.get(router, malformed).status == .notFound, "\(malformed)")
            }
        }
    }

    @Test("a manager issues and revokes someone's feed on their page; the address is shown once; an officer cannot")
    func managerForms() throws {
        try Self.withFeeds { router, store, _ in
            let maria = try BoardHarness.signIn(router, "Maria Manager")
            let page = try BoardHarness.get(router, "/people/Sam%20Jones", cookie: maria.cookie).bodyText
            #expect(page.contains("Sam Jones&#39;s calendar feed: none active.") && page.contains(#"id="person-feed""#))
            let secret = try Self.issue(router, "/people/Sam%20Jones/feed", as: maria)
            #expect(try store.feed(of: "Sam Jones")?.scope == .own)
            let sam = try BoardHarness.signIn(router, "Sam Jones")
            #expect(try BoardHarness.get(router, "/account", cookie: sam.cookie).bodyText.contains("Your calendar feed is active"))
            let byOfficer = try BoardHarness.post(router, "/people/Alex%20Morgan/feed", ["csrf": sam.csrf], cookie: sam.cookie)
            #expect(byOfficer.status == .forbidden)
            #expect(try store.feed(of: "Alex Morgan") == nil)
            let revoked = try BoardHarness.post(router, "/people/Sam%20Jones/feed/revoke", ["csrf": maria.csrf], cookie: maria.cookie)
            #expect(revoked.status == .seeOther)
            #expect(try Self.feed(router, secret).status == .notFound)
            let again = try BoardHarness.post(router, "/people/Sam%20Jones/feed/revoke", ["csrf": maria.csrf], cookie: maria.cookie)
            #expect(again.status == .conflict && again.bodyText.contains("no calendar feed to revoke"))
        }
    }

    @Test("only the secret's SHA-256 is stored; no secret or hash in the audit log, which names whose and the scope")
    func storedAsHash() throws {
        try Self.withFeeds { router, _, probe in
            let vic = try BoardHarness.signIn(router, "Vic Viewer")
            let secret = try Self.issue(router, "/account/feed", as: vic)
            let row = try probe.execute("""
                SELECT secret_hash, encode(sha256(convert_to(\(secret), 'UTF8')), 'hex') AS expected, scope FROM calendar_feeds
                """).singleRow()
            let hash = try row.decode("secret_hash", as: String.self)
            #expect(hash == (try row.decode("expected", as: String.self)) && hash != secret)
            #expect(try row.decode("scope", as: String.self) == "team")
            let everything = try probe.execute("SELECT count(*) AS n FROM calendar_feeds f WHERE strpos(f::text, \(secret)) > 0")
                .singleRow().decode("n", as: Int.self)
            #expect(everything == 0, "the secret is in no column")
            let audit = try probe.execute("SELECT action, details::text AS details FROM audit_log WHERE action LIKE 'feed.%'")
                .map { (try $0.decode("action", as: String.self), try $0.decode("details", as: String.self)) }
            #expect(audit.map(\.0) == ["feed.issue"])
            #expect(audit.first?.1.contains("Vic Viewer") == true && audit.first?.1.contains("team") == true)
            let leaks = try probe.execute("""
                SELECT count(*) AS n FROM audit_log WHERE strpos(details::text, \(secret)) > 0 OR strpos(details::text, \(hash)) > 0
                """).singleRow().decode("n", as: Int.self)
            #expect(leaks == 0)
        }
    }

    @Test("a change shows as a higher SEQUENCE and a later LAST-MODIFIED under the same UID; a reassignment moves the events; a closed record leaves")
    func updates() throws {
        try Self.withFeeds { router, store, _ in
            let sam = try Self.issue(router, "/account/feed", as: try BoardHarness.signIn(router, "Sam Jones"))
            let alex = try Self.issue(router, "/account/feed", as: try BoardHarness.signIn(router, "Alex Morgan"))
            let team = try Self.issue(router, "/account/feed", as: try BoardHarness.signIn(router, "Maria Manager"))
            let followUp = try #require(try store.followUps(of: "Dorset").first { $0.isOpen })
            let uid = "followup-\(followUp.id)@engage"
            let before = try Self.properties(of: uid, in: Self.feed(router, team))
            Thread.sleep(forTimeInterval: 1.1)  // SEQUENCE counts whole seconds
            _ = try store.reassign("Dorset", to: "Alex Morgan")
            let after = try Self.properties(of: uid, in: Self.feed(router, team))
            let sequences = (Int(before["SEQUENCE"] ?? "") ?? -1, Int(after["SEQUENCE"] ?? "") ?? -1)
            #expect(sequences.0 >= 0 && sequences.1 > sequences.0)
            let modified = (before["LAST-MODIFIED"] ?? "", after["LAST-MODIFIED"] ?? "")
            #expect(!modified.0.isEmpty && modified.1 > modified.0)
            let moved = (Self.uids(try Self.feed(router, sam)), Self.uids(try Self.feed(router, alex)))
            #expect(!moved.0.contains(uid) && moved.1.contains(uid))
            _ = try store.completeFollowUp(id: followUp.id, outcome: "Sent", on: Day.today(), today: Day.today())
            let closed = (Self.uids(try Self.feed(router, team)), Self.uids(try Self.feed(router, alex)))
            #expect(!closed.0.contains(uid) && !closed.1.contains(uid))
        }
    }

    /// The properties of the event `uid` in a feed, by name (parameters dropped).
    static func properties(of uid: String, in response: HTTPResponse) -> [String: String] {
        let events = lines(response).split(separator: "END:VEVENT")
        guard let event = events.first(where: { $0.contains("UID:" + uid) }) else { return [:] }
        var properties: [String: String] = [:]
        for line in event {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].split(separator: ";").first.map(String.init) ?? ""
            properties[name] = String(line[line.index(after: colon)...])
        }
        return properties
    }

    static func compact(_ day: Day) -> String { day.description.replacingOccurrences(of: "-", with: "") }
}
