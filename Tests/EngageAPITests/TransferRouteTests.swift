import EngageCore
import EngageHTTP
import Foundation
import Testing

@Suite("API: import and export")
struct TransferRouteTests {
    /// Two new authorities, one with a profile holding a comma.
    private static let goodAuthorities = """
        name,region,profile
        Rochdale,North West,"Strong LSCB, many academies"
        Hackney,london,

        """
    /// Three rows, the second (line 3) with an unknown region.
    private static let badAuthorities = """
        name,region,profile
        Rochdale,North West,
        Atlantis,Mars,
        Hackney,london,

        """

    @Test("the test files use the columns ImportKind documents")
    func headers() {
        #expect(Self.goodAuthorities.hasPrefix(ImportKind.authorities.header + "\n"))
        #expect(Self.agencies.hasPrefix(ImportKind.agencies.header + "\n"))
        #expect(Self.activities.hasPrefix(ImportKind.activities.header + "\n"))
        #expect(Self.followUps.hasPrefix(ImportKind.followups.header + "\n"))
    }

    @Test("import: 401 without a token, 403 for a viewer or an officer; a manager imports, audited as the manager")
    func importRoles() throws {
        try APIHarness.with { api in
            #expect(try upload(api, "authorities", Self.goodAuthorities, as: nil).status == .unauthorized)
            for who in ["viewer", "sam"] {
                let refused = try upload(api, "authorities", Self.goodAuthorities, as: who)
                #expect(refused.status == .forbidden)
            }
            #expect(try authorityNames(api) == ["Devon", "Somerset"])
            let done = try upload(api, "authorities", Self.goodAuthorities, as: "manager")
            #expect(done.status == .ok)
            let summary = done.jsonBody as? [String: Any]
            #expect(summary?["kind"] as? String == "authorities")
            #expect(summary?["rows"] as? Int == 2)
            #expect(summary?["added"] as? Int == 2)
            #expect(summary?["unchanged"] as? Int == 0)
            #expect(summary?["skipped"] as? Int == 0)
            #expect(summary.map { $0.keys.contains("bad_rows") } == false, "bad_rows only with skip_bad")
            #expect(try authorityNames(api) == ["Devon", "Hackney", "Rochdale", "Somerset"])
            #expect(try api.withStore { try $0.authority(named: "Rochdale").profile } == "Strong LSCB, many academies")
            let audit = try api.withStore { try $0.auditEntries(limit: 1) }
            #expect(audit.first?.action == "import.authorities")
            #expect(audit.first?.actor == "Maria Manager")
            let again = try upload(api, "authorities", Self.goodAuthorities, as: "manager")
            #expect((again.jsonBody as? [String: Any])?["unchanged"] as? Int == 2)
            #expect((again.jsonBody as? [String: Any])?["added"] as? Int == 0)
        }
    }

    @Test("import: a file with a bad row is refused whole, 422 import_refused naming the line, and changes nothing")
    func refusedWhole() throws {
        try APIHarness.with { api in
            let auditBefore = try api.withStore { try $0.auditEntries(limit: 1000).count }
            let response = try upload(api, "authorities", Self.badAuthorities, as: "manager")
            #expect(response.status == .unprocessableContent)
            #expect(response.errorCode == "import_refused")
            #expect(response.errorMessage?.contains("1 of 3 rows is bad") == true)
            let details = ((response.jsonBody as? [String: Any])?["error"] as? [String: Any])?["details"] as? [String: Any]
            #expect(details?["rows"] as? Int == 3)
            #expect(details?["bad"] as? Int == 1)
            let errors = details?["errors"] as? [[String: Any]]
            #expect(errors?.count == 1)
            #expect(errors?.first?["line"] as? Int == 3)
            #expect(errors?.first?["column"] as? String == "region")
            #expect(try authorityNames(api) == ["Devon", "Somerset"])
            #expect(try api.withStore { try $0.auditEntries(limit: 1000).count } == auditBefore)
        }
    }

    @Test("import: a control character a column does not allow is 422 import_refused naming line and column; nothing is stored")
    func controlCharacter() throws {
        try APIHarness.with { api in
            let file = "name,region,profile\nRochdale,North West,\nWig\u{1B}an,north-west,\"Strong\u{0}LSCB\"\n"
            let response = try upload(api, "authorities", file, as: "manager")
            #expect(response.status == .unprocessableContent)
            #expect(response.errorCode == "import_refused")
            let details = ((response.jsonBody as? [String: Any])?["error"] as? [String: Any])?["details"] as? [String: Any]
            let error = (details?["errors"] as? [[String: Any]])?.first
            #expect(error?["line"] as? Int == 3)
            #expect(error?["column"] as? String == "name")
            #expect((error?["message"] as? String)?.hasPrefix("the name field contains an escape character (U+001B) at character 4;") == true)
            #expect(try authorityNames(api) == ["Devon", "Somerset"])
        }
    }

    @Test("import with skip_bad=true stores the good rows and answers the bad ones as CSV")
    func skipBad() throws {
        try APIHarness.with { api in
            let response = try upload(api, "authorities", Self.badAuthorities, as: "manager", query: "?skip_bad=true")
            #expect(response.status == .ok)
            let summary = response.jsonBody as? [String: Any]
            #expect(summary?["rows"] as? Int == 3)
            #expect(summary?["added"] as? Int == 2)
            #expect(summary?["skipped"] as? Int == 1)
            let bad = summary?["bad_rows"] as? String
            #expect(bad?.hasPrefix("name,region,profile,error\n") == true)
            #expect(bad?.contains("Atlantis,Mars,,") == true)
            #expect(bad?.contains("line 3, column region") == true)
            #expect(bad?.split(separator: "\n").count == 2)
            #expect(try authorityNames(api) == ["Devon", "Hackney", "Rochdale", "Somerset"])
            let refused = try upload(api, "authorities", Self.badAuthorities, as: "manager", query: "?skip_bad=false")
            #expect(refused.errorCode == "import_refused")
            #expect(try upload(api, "authorities", Self.goodAuthorities, as: "manager", query: "?skip_bad=yes").status
                == .unprocessableContent)
        }
    }

    @Test("import bodies: CSV, plain text or no Content-Type is read; another type is 415; empty, a bad header or broken CSV 422")
    func bodies() throws {
        try APIHarness.with { api in
            let json = try upload(api, "authorities", Self.goodAuthorities, as: "manager", contentType: "application/json")
            #expect(json.status == .unsupportedMediaType)
            #expect(json.errorCode == "unsupported_media_type")
            #expect(try upload(api, "authorities", Self.goodAuthorities, as: "manager", contentType: "text/xml").status
                == .unsupportedMediaType)
            #expect(try authorityNames(api) == ["Devon", "Somerset"])
            let files = ["text/csv; charset=utf-8": "name,region\nBath,south-west\n",
                         "Text/Plain": "name,region\nBury,north-west\n",
                         "application/csv": "name,region\nLeeds,yorkshire\n"]
            for (type, file) in files {
                #expect(try upload(api, "authorities", file, as: "manager", contentType: type).status == .ok, "\(type)")
            }
            #expect(try upload(api, "authorities", "name,region\nWigan,north-west\n", as: "manager", contentType: nil).status == .ok)
            #expect(try authorityNames(api) == ["Bath", "Bury", "Devon", "Leeds", "Somerset", "Wigan"])
            let empty = try upload(api, "authorities", "", as: "manager")
            #expect(empty.status == .unprocessableContent)
            #expect(empty.errorMessage?.contains("empty") == true)
            let header = try upload(api, "authorities", "name,colour\nYork,red\n", as: "manager")
            #expect(header.status == .unprocessableContent)
            #expect(header.errorMessage?.contains("'colour'") == true)
            let broken = try upload(api, "authorities", "name,region\n\"York,yorkshire\n", as: "manager")
            #expect(broken.status == .unprocessableContent)
            #expect(try authorityNames(api) == ["Bath", "Bury", "Devon", "Leeds", "Somerset", "Wigan"])
        }
    }

    @Test("imports one after another on the pooled connections: the staging tables go with each transaction")
    func stagingTablesDoNotOutliveTheTransaction() throws {
        try APIHarness.with { api in
            // The harness's pool holds two connections: five imports reuse them, whether an import
            // commits or is refused (rolled back).
            let outcomes = [
                try upload(api, "authorities", Self.badAuthorities, as: "manager").status,
                try upload(api, "authorities", Self.goodAuthorities, as: "manager").status,
                try upload(api, "authorities", Self.badAuthorities, as: "manager").status,
                try upload(api, "authorities", Self.goodAuthorities, as: "manager").status,
                try upload(api, "authorities", Self.badAuthorities, as: "manager", query: "?skip_bad=true").status,
                try upload(api, "followups", Self.followUps, as: "manager").status,
            ]
            #expect(outcomes == [.unprocessableContent, .ok, .unprocessableContent, .ok, .ok, .ok])
        }
    }

    @Test("export: CSV by default as import reads it, JSON lines on request; any role; bad format 422")
    func export() throws {
        try APIHarness.with { api in
            #expect(try api.call(.get, "/api/export/authorities").status == .unauthorized)
            #expect(try upload(api, "authorities", Self.goodAuthorities, as: "manager").status == .ok)
            let csv = try api.call(.get, "/api/export/authorities", as: "viewer")
            #expect(csv.status == .ok)
            #expect(csv.headers["Content-Type"] == "text/csv; charset=utf-8")
            #expect(csv.bodyText == """
                name,region,profile
                Devon,south-west,
                Hackney,london,
                Rochdale,north-west,"Strong LSCB, many academies"
                Somerset,south-west,

                """)
            #expect(try api.call(.get, "/api/export/authorities?format=csv", as: "sam").body == csv.body)
            let lines = try api.call(.get, "/api/export/authorities?format=json", as: "viewer")
            #expect(lines.status == .ok)
            #expect(lines.headers["Content-Type"] == "application/x-ndjson; charset=utf-8")
            let objects = lines.bodyText.split(separator: "\n").map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
            #expect(objects.compactMap { $0?["name"] as? String } == ["Devon", "Hackney", "Rochdale", "Somerset"])
            #expect(objects.first??["profile"] is NSNull)
            for bad in ["format=xml", "format=table", "kind=agencies"] {
                #expect(try api.call(.get, "/api/export/authorities?\(bad)", as: "viewer").status == .unprocessableContent, "\(bad)")
            }
            #expect(try api.call(.get, "/api/export/contacts", as: "viewer").status == .notFound)
        }
    }

    @Test("export, then import into another database, gives the same export for every kind")
    func roundTrip() throws {
        var exported: [String: String] = [:]
        try APIHarness.with { source in
            for (kind, file) in [("authorities", Self.goodAuthorities), ("agencies", Self.agencies),
                                 ("activities", Self.activities), ("followups", Self.followUps)] {
                let response = try upload(source, kind, file, as: "manager")
                #expect(response.status == .ok, "\(kind): \(response.bodyText)")
                #expect((response.jsonBody as? [String: Any])?["added"] as? Int == 2, "\(kind)")
            }
            for kind in ImportKind.allCases.map(\.rawValue) {
                exported[kind] = try source.call(.get, "/api/export/\(kind)", as: "viewer").bodyText
            }
        }
        #expect(exported["activities"]?.contains("National prisons conference") == true)
        #expect(exported["followups"]?.contains("Sent 40 copies") == true)
        try APIHarness.with { target in
            for kind in ImportKind.allCases.map(\.rawValue) {
                let response = try upload(target, kind, exported[kind] ?? "", as: "manager")
                #expect(response.status == .ok, "\(kind): \(response.bodyText)")
            }
            for kind in ImportKind.allCases.map(\.rawValue) {
                #expect(try target.call(.get, "/api/export/\(kind)", as: "viewer").bodyText == exported[kind], "\(kind)")
            }
        }
    }

    @Test("the OpenAPI document lists each kind's import (CSV body, skip_bad, the body limit) and export")
    func document() throws {
        try APIHarness.with { api in
            let document = try api.call(.get, "/openapi.json").jsonBody as? [String: Any]
            let paths = document?["paths"] as? [String: Any] ?? [:]
            for kind in ImportKind.allCases {
                let post = (paths["/api/import/\(kind.rawValue)"] as? [String: Any])?["post"] as? [String: Any]
                #expect((post?["summary"] as? String)?.contains("1 MiB") == true, "\(kind)")
                let body = post?["requestBody"] as? [String: Any]
                #expect((body?["content"] as? [String: Any])?["text/csv"] != nil)
                #expect((body?["description"] as? String)?.contains(kind.columns[0].name) == true)
                let parameters = post?["parameters"] as? [[String: Any]]
                #expect(parameters?.compactMap { $0["name"] as? String } == ["skip_bad"])
                let get = (paths["/api/export/\(kind.rawValue)"] as? [String: Any])?["get"] as? [String: Any]
                let format = (get?["parameters"] as? [[String: Any]])?.first?["schema"] as? [String: Any]
                #expect(format?["enum"] as? [String] == ["csv", "json"])
            }
        }
    }

    // MARK: - Files and helpers

    private static let agencies = """
        authority,name,type,forum,identified_on,reached_on,notes
        Somerset,Somerset LSCB,lscb,true,2014-01-15,,
        Somerset,Somerset heads forum,schools,false,2014-02-03,,"Meets termly, in Taunton"

        """
    private static let activities = """
        ref,authority,kind,date,sector,title,attendees,officer,planned,agencies,notes
        ,Somerset,presentation,2014-03-12,,LSCB board meeting,14,Sam Jones,false,Somerset LSCB,
        ,,stall,2014-06-20,prisons,National prisons conference,,Ada Lovelace,false,,

        """
    private static let followUps = """
        ref,authority,request,kind,opened_on,due_on,closed_on,outcome
        ,Somerset,A workshop for the heads forum,workshop,2014-05-10,2014-06-09,,
        ,Devon,Schools Handbook for 40 schools,materials,2014-04-01,2014-05-01,2014-04-20,Sent 40 copies

        """

    /// Posts `csv` to `/api/import/KIND`, with the given `Content-Type` (none when nil).
    private func upload(_ api: APIHarness, _ kind: String, _ csv: String, as who: String?, query: String = "",
                        contentType: String? = "text/csv") throws -> HTTPResponse {
        var headers: HTTPHeaders = [:]
        if let who { headers["Authorization"] = "Bearer " + (api.tokens[who] ?? who) }
        if let contentType { headers["Content-Type"] = contentType }
        let request = try HTTPRequest(method: .post, target: "/api/import/\(kind)\(query)", headers: headers,
                                      body: Array(csv.utf8), id: "t")
        return api.api.router.respond(to: request)
    }

    /// The names of every authority, as the store has them.
    private func authorityNames(_ api: APIHarness) throws -> [String] {
        try api.withStore { try $0.authorities(AuthorityFilter()).map(\.name) }.sorted()
    }
}
