import EngageAPI
import EngageCore
import EngageHTTP
import EngageRendering
import EngageStore
import Foundation
import Testing

/// The OpenAPI document served at `/openapi.json` against the router and against what the
/// service really answers. The document is parsed from the served bytes, so these tests compare
/// it with the router and the responses independently of the code that built it.
@Suite("API: the OpenAPI document matches the router and the responses")
struct OpenAPITests {
    @Test("every routed method and path is documented, and every documented operation is routed")
    func routerAndDocumentAgree() throws {
        try APIHarness.with { api in
            let document = try ServedDocument(api)
            let routed = api.api.router.registeredRoutes.map { "\($0.method.rawValue) \(ServedDocument.openAPIPath($0.pattern))" }
            let documented = Set(document.operations.map { "\($0.method) \($0.path)" })
            #expect(Set(routed).count == routed.count, "a method and path is routed twice: \(routed.sorted())")
            #expect(Set(routed).subtracting(documented).sorted() == [], "routed but not in the document")
            #expect(documented.subtracting(routed).sorted() == [], "in the document but not routed")
            #expect(routed.contains("GET /openapi.json") && routed.contains("GET /health"))
        }
    }

    @Test("the document is well-formed OpenAPI 3.1: operation ids, summaries, responses, path parameters, references, bodies")
    func documentIsWellFormed() throws {
        try APIHarness.with { api in
            let document = try ServedDocument(api)
            #expect(document.json["openapi"] == .string("3.1.0"))
            let ids = document.operations.compactMap { $0.operation["operationId"]?.string }
            #expect(ids.count == document.operations.count, "an operation lacks an operationId")
            #expect(Set(ids).count == ids.count, "operationIds repeat: \(ids.sorted())")
            for entry in document.operations {
                let problems = Self.operationProblems(entry.operation, path: entry.path)
                #expect(problems.isEmpty, "\(entry.method) \(entry.path): \(problems.joined(separator: "; "))")
            }
            let unresolved = document.references().filter {
                !$0.hasPrefix("#/components/schemas/") || document.conformance.resolve($0) == nil
            }
            #expect(unresolved.isEmpty, "$refs that do not resolve: \(unresolved)")
            for route in api.api.routes {
                guard case .json? = route.body else { continue }
                let operation = document.operation(route.method.rawValue, route.path)
                #expect(operation?["requestBody"]?["content"]?["application/json"]?["schema"]?.object != nil,
                        "\(route.method) \(route.path) takes JSON but documents no application/json schema")
            }
        }
    }

    @Test("every GET route answers the manager with a body that matches its documented schema")
    func getAnswersConform() throws {
        try APIHarness.with { api in
            let records = try SampleRecords.add(to: api)
            let document = try ServedDocument(api)
            let gets = api.api.routes.filter { $0.method == .get }
            #expect(gets.count >= 5)
            for route in gets {
                let problems = Self.getProblems(route.path, api: api, document: document, records: records)
                #expect(problems.isEmpty, Comment(rawValue: "GET \(route.path):\n  " + problems.joined(separator: "\n  ")))
            }
        }
    }

    @Test("answers to changes match their documented schemas: an authority added, transitions with and without a waitlist, a refusal, imports")
    func changeAnswersConform() throws {
        try APIHarness.with { api in
            let document = try ServedDocument(api)
            _ = try api.withStore { try $0.setTeamCap(1) }
            let calls: [(String, String, String, Int)] = [
                ("/api/authorities", "/api/authorities", #"{"name": "Dorset", "region": "south-west", "profile": "Rural"}"#, 201),
                ("/api/authorities/{name}/request", "/api/authorities/Dorset/request", "{}", 200),
                ("/api/authorities/{name}/assign", "/api/authorities/Dorset/assign", #"{"officer": "Ada Lovelace", "waitlist": true}"#, 200),
                ("/api/authorities/{name}/pause", "/api/authorities/Somerset/pause", #"{"reason": "a quiet term"}"#, 200),
                ("/api/authorities/{name}/assign", "/api/authorities/Dorset/assign", #"{"officer": "Ada Lovelace"}"#, 200),
                ("/api/authorities/{name}/resume", "/api/authorities/Somerset/resume", "{}", 409),
            ]
            for (pattern, target, body, status) in calls {
                let response = try api.call(.post, target, as: "manager", json: body)
                #expect(response.status.code == status, "POST \(target) answered \(response.status.code): \(response.bodyText)")
                let problems = document.problems(of: response, to: "POST", pattern)
                #expect(problems.isEmpty, Comment(rawValue: "POST \(target):\n  " + problems.joined(separator: "\n  ")))
            }
            try Self.checkImports(api, document)
        }
    }

    /// Imports answer `ImportSummary` with `bad_rows`: null, and the bad rows with `skip_bad`.
    private static func checkImports(_ api: APIHarness, _ document: ServedDocument) throws {
        guard document.operation("POST", "/api/import/authorities") != nil else { return }
        let csv = "name,region\nWiltshire,south-west\nNowhere,mars\n"
        for target in ["/api/import/authorities?skip_bad=true", "/api/import/authorities"] {
            let response = try api.call(.post, target, as: "manager", json: csv, headers: ["Content-Type": "text/csv"])
            let problems = document.problems(of: response, to: "POST", "/api/import/authorities")
            #expect(problems.isEmpty, Comment(rawValue: "POST \(target) (\(response.status.code)):\n  " + problems.joined(separator: "\n  ")))
        }
    }

    @Test("every component schema matches its type's encoding on real records, optional members present and absent")
    func componentsMatchEncodings() throws {
        try APIHarness.with { api in
            _ = try SampleRecords.add(to: api)
            let document = try ServedDocument(api)
            let samples = try api.withStore { try SampleRecords.encodings($0) }
            for (component, bodies) in samples.sorted(by: { $0.key < $1.key }) {
                #expect(document.conformance.resolve("#/components/schemas/\(component)") != nil, "no component \(component)")
                for (index, body) in bodies.enumerated() {
                    let problems = document.conformance.mismatches(try JSON(bytes: body), against: ServedDocument.ref(component))
                    #expect(problems.isEmpty, Comment(rawValue: "\(component) sample \(index):\n  " + problems.joined(separator: "\n  ")))
                }
            }
            let components = Set(document.json["components"]?["schemas"]?.object?.keys.map { $0 } ?? [])
            let uncovered = components.subtracting(samples.keys).subtracting(SampleRecords.checkedThroughRoutes)
            #expect(uncovered.sorted() == [], "components without a sample here or a route check")
        }
    }

    @Test("error bodies (401, 404, 422) match the Error component and their statuses are documented")
    func errorsConform() throws {
        try APIHarness.with { api in
            let document = try ServedDocument(api)
            let cases: [(String?, String, String, Int)] = [
                (nil, "/api/authorities", "/api/authorities", 401),
                ("viewer", "/api/authorities/Atlantis", "/api/authorities/{name}", 404),
                ("viewer", "/api/authorities?colour=red", "/api/authorities", 422),
                ("viewer", "/api/authorities?stage=9", "/api/authorities", 422),
            ]
            for (who, target, pattern, status) in cases {
                let response = try api.call(.get, target, as: who)
                #expect(response.status.code == status, "GET \(target) answered \(response.status.code)")
                let problems = document.problems(of: response, to: "GET", pattern)
                #expect(problems.isEmpty, Comment(rawValue: "GET \(target):\n  " + problems.joined(separator: "\n  ")))
            }
            let unrouted = try api.call(.get, "/api/nowhere", as: "viewer")
            #expect(unrouted.status == .notFound)
            #expect(document.conformance.mismatches(try JSON(bytes: unrouted.body), against: ServedDocument.ref("Error")).isEmpty)
        }
    }

    @Test("the checker reports a member of the wrong type, a required one absent and an unknown one, by JSON pointer")
    func checkerCatchesMismatches() throws {
        try APIHarness.with { api in
            let document = try ServedDocument(api)
            let authorities = try JSON(bytes: try api.call(.get, "/api/authorities", as: "viewer").body)
            guard case .array(var list) = authorities, case .object(var first) = list.first else {
                Issue.record("no authorities to tamper with")
                return
            }
            first["id"] = .string("1")
            first["region"] = nil
            first["colour"] = .string("red")
            list[0] = .object(first)
            let problems = document.conformance.mismatches(.array(list), against: .object(["type": .string("array"), "items": ServedDocument.ref("Authority")]))
            #expect(problems.contains { $0.hasPrefix("/0/id: expected integer") }, "\(problems)")
            #expect(problems.contains("/0: lacks the required member 'region'"), "\(problems)")
            #expect(problems.contains("/0/colour: a member the schema does not list"), "\(problems)")
            #expect(problems.count == 3, "\(problems)")
        }
    }
}

extension OpenAPITests {
    /// What an operation lacks: a summary, a 2xx response, a 401 (unless open to everyone), its
    /// path parameters declared as required path parameters, a description on each response.
    static func operationProblems(_ operation: [String: JSON], path: String) -> [String] {
        var problems: [String] = []
        if (operation["summary"]?.string ?? "").isEmpty { problems.append("no summary") }
        let responses = operation["responses"]?.object ?? [:]
        if !responses.keys.contains(where: { $0.hasPrefix("2") }) { problems.append("no 2xx response") }
        let open = operation["security"] == .array([])
        if !open && responses["401"] == nil { problems.append("no 401 though it needs a token") }
        for (status, response) in responses where response["description"]?.string == nil {
            problems.append("response \(status) has no description")
        }
        let declared = (operation["parameters"]?.array ?? []).filter { $0["in"] == .string("path") }
        let names = ServedDocument.pathParameters(path)
        for name in names where !declared.contains(where: { $0["name"] == .string(name) && $0["required"] == .bool(true) }) {
            problems.append("{\(name)} is not declared in: path, required: true")
        }
        for parameter in declared where !names.contains(parameter["name"]?.string ?? "") {
            problems.append("declares a path parameter \(parameter["name"]?.string ?? "?") the path lacks")
        }
        return problems
    }

    /// What is wrong with the manager's `GET` of `path`, its parameters filled from `records`.
    static func getProblems(_ path: String, api: APIHarness, document: ServedDocument, records: SampleRecords) -> [String] {
        guard let target = records.target(for: path, operation: document.operation("GET", path) ?? [:]) else {
            return ["no sample value for a parameter of \(path): add one to SampleRecords.value(for:after:)"]
        }
        do {
            let response = try api.call(.get, target, as: "manager")
            guard response.status.code / 100 == 2 else {
                return ["\(target) answered \(response.status.code): \(response.bodyText)"]
            }
            return document.problems(of: response, to: "GET", path)
        } catch {
            return ["\(target) failed: \(error)"]
        }
    }
}

/// The served `/openapi.json`, parsed, and what the tests ask of it.
struct ServedDocument {
    /// The document.
    let json: JSON
    /// A checker resolving `$ref`s in it.
    let conformance: SchemaConformance

    private static let methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]

    /// Fetches the document through the router, as a client would.
    init(_ api: APIHarness) throws {
        let response = try api.call(.get, "/openapi.json")
        #expect(response.status == .ok)
        #expect(response.headers["Content-Type"]?.hasPrefix("application/json") == true)
        json = try JSON(bytes: response.body)
        conformance = SchemaConformance(document: json)
    }

    /// `{"$ref": "#/components/schemas/NAME"}`.
    static func ref(_ component: String) -> JSON { .object(["$ref": .string("#/components/schemas/\(component)")]) }

    /// A router pattern in OpenAPI form: `:name` becomes `{name}`.
    static func openAPIPath(_ pattern: String) -> String {
        pattern.split(separator: "/", omittingEmptySubsequences: false)
            .map { $0.hasPrefix(":") ? "{\($0.dropFirst())}" : String($0) }
            .joined(separator: "/")
    }

    /// The `{…}` parameters of an OpenAPI path, in order.
    static func pathParameters(_ path: String) -> [String] {
        path.split(separator: "/").filter { $0.hasPrefix("{") && $0.hasSuffix("}") }.map { String($0.dropFirst().dropLast()) }
    }

    /// Every operation: its method in capitals, its path and the operation object.
    var operations: [(method: String, path: String, operation: [String: JSON])] {
        (json["paths"]?.object ?? [:]).sorted { $0.key < $1.key }.flatMap { path, item in
            (item.object ?? [:]).filter { Self.methods.contains($0.key) }.sorted { $0.key < $1.key }
                .map { (method: $0.key.uppercased(), path: path, operation: $0.value.object ?? [:]) }
        }
    }

    /// The operation of `method` (capitals) on `path`.
    func operation(_ method: String, _ path: String) -> [String: JSON]? {
        json["paths"]?[path]?[method.lowercased()]?.object
    }

    /// Every `$ref` in the document.
    func references() -> [String] { Self.references(in: json) }

    private static func references(in value: JSON) -> [String] {
        switch value {
        case .object(let members):
            (members["$ref"]?.string.map { [$0] } ?? []) + members.values.flatMap(references(in:))
        case .array(let elements):
            elements.flatMap(references(in:))
        default:
            []
        }
    }

    /// How `response` departs from what the document says `method` on `path` answers with its
    /// status: an undocumented status or media type, or a JSON body off its schema.
    func problems(of response: HTTPResponse, to method: String, _ path: String) -> [String] {
        guard let operation = operation(method, path) else { return ["\(method) \(path) is not in the document"] }
        let status = String(response.status.code)
        guard let documented = operation["responses"]?[status] else {
            return ["the status \(status) is not documented (\(response.bodyText.prefix(200)))"]
        }
        let type = response.headers["Content-Type"]?.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        guard let content = documented["content"]?.object else {
            return response.body.isEmpty ? [] : ["a body, though the document gives \(status) none"]
        }
        guard let media = content[type] else { return ["the Content-Type '\(type)' is not among \(content.keys.sorted())"] }
        guard type == "application/json", let schema = media["schema"] else { return [] }
        guard let body = try? JSON(bytes: response.body) else { return ["the body is not JSON: \(response.bodyText.prefix(200))"] }
        return conformance.mismatches(body, against: schema)
    }
}

/// Records added to the harness's data so that every list has members and optional members are
/// both present and absent: an agency, activities (in an authority and national), briefings
/// (sector and locality) and their sendings, a contact, follow-ups (open and done), a strategic
/// response, a waitlisted authority and a team cap.
struct SampleRecords {
    /// Ids by the collection segment of the paths that name them (`agencies`, `followups`…).
    let ids: [String: Int64]

    /// Components whose JSON is not a domain type's encoding, checked through their routes
    /// (`GET /health`, `GET /api/audit`, every error test).
    static let checkedThroughRoutes: Set<String> = ["Error", "Health", "AuditEntry"]

    /// Adds the records through a store.
    /// Two assessments of Somerset (one rating a statement the other leaves unrated) and two plan
    /// actions, one dropped.
    private static func addOutcomes(_ store: Store, today: Day) throws {
        _ = try store.addAssessment(try NewAssessment(
            authority: "Somerset", date: today.adding(days: -30),
            ratings: [try .init(statement: "awareness", rating: .notYetInPlace), try .init(statement: "stigma", rating: .emerging)],
            participants: ["LSCB business manager"], today: today))
        _ = try store.addAssessment(try NewAssessment(
            authority: "Somerset", date: today,
            ratings: [try .init(statement: "awareness", rating: .emerging, evidence: "Heads forum briefed"),
                      try .init(statement: "voice", rating: .notYetInPlace)],
            contacts: ["Jo Bloggs"], today: today))
        let plan = try store.addPlanAction(try NewPlanAction(authority: "Somerset", statement: "voice", action: "Ask the youth panel",
                                                              owner: "Sam Jones", dueOn: today.adding(days: 14)))
        _ = try store.dropPlanAction(id: plan.id, reason: "panel disbanded", on: today, today: today)
        _ = try store.addPlanAction(try NewPlanAction(authority: "Somerset", statement: "awareness", action: "Brief the schools",
                                                      owner: "Jo Bloggs", dueOn: today.adding(days: -3)))
    }

    static func add(to api: APIHarness) throws -> SampleRecords {
        try api.withStore { store in
            let today = Day.today()
            let agency = try store.addAgency(try NewAgency(authority: "Somerset", name: "Somerset LSCB", type: .lscb,
                                                           identifiedOn: today, today: today))
            let activity = try store.addActivity(try NewActivity(
                scope: .authority("Somerset"), kind: .presentation, date: today, agencies: ["Somerset LSCB"], attendees: 12,
                title: "Safeguarding and imprisonment", notes: "Well received", today: today))
            _ = try store.addActivity(try NewActivity(scope: .national, kind: .conference, date: today, sector: .health,
                                                      officer: "Ada Lovelace", today: today))
            let briefing = try addBriefings(store, today: today)
            let contact = try store.addContact(try NewContact(authority: "Somerset", name: "Jo Bloggs", role: "LSCB Manager",
                                                              email: "jo@example.org", phone: "01234 567890"))
            let followUp = try addFollowUps(store, today: today)
            _ = try store.recordResponse("Somerset", model: "Schools Champions", note: "Agreed at the LSCB", date: today)
            try addOutcomes(store, today: today)
            _ = try store.addAuthority(try NewAuthority(name: "Dorset", region: .southWest, profile: "Rural"))
            _ = try store.request("Dorset")
            _ = try store.waitlist("Dorset", reason: "no place this term")
            _ = try store.setTeamCap(10)
            let somerset = try store.authority(named: "Somerset").id
            let officer = try store.officer(named: "Sam Jones").id
            return SampleRecords(ids: ["agencies": agency.id, "activities": activity.id, "briefings": briefing.id,
                                       "contacts": contact.id, "followups": followUp.id, "follow-ups": followUp.id,
                                       "authorities": somerset, "officers": officer])
        }
    }

    private static func addBriefings(_ store: Store, today: Day) throws -> Briefing {
        let locality = try store.addBriefing(try Briefing.Draft(title: "Somerset locality briefing", kind: .locality, authorities: ["Somerset"]))
        _ = try store.addBriefing(try Briefing.Draft(title: "Health sector briefing", kind: .sector, sector: .health))
        let recipients: [Briefing.Recipient] = [.authority("Somerset"), .network("Clinks"), .agency("Somerset LSCB", in: "Somerset")]
        for recipient in recipients {
            _ = try store.sendBriefing(try Briefing.Sending(title: locality.title, recipient: recipient, sentOn: today, today: today))
        }
        return locality
    }

    private static func addFollowUps(_ store: Store, today: Day) throws -> FollowUp {
        let open = try store.addFollowUp(try NewFollowUp(authority: "Somerset", summary: "A workshop for schools", kind: .workshop,
                                                         contact: "Jo Bloggs", openedOn: today, today: today))
        let done = try store.addFollowUp(try NewFollowUp(authority: "Somerset", summary: "The slides", kind: .materials,
                                                         openedOn: today, today: today))
        _ = try store.completeFollowUp(id: done.id, outcome: "Sent the slides", on: today, today: today)
        return open
    }

    /// The path `path` with its parameters filled, and the query parameters it requires; nil
    /// when a parameter has no sample value.
    func target(for path: String, operation: [String: JSON]) -> String? {
        var segments: [String] = []
        var previous = ""
        for segment in path.split(separator: "/", omittingEmptySubsequences: false).map(String.init) {
            guard segment.hasPrefix("{") else {
                segments.append(segment)
                previous = segment
                continue
            }
            guard let value = value(for: String(segment.dropFirst().dropLast()), after: previous),
                  let encoded = value.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) else { return nil }
            segments.append(encoded)
        }
        let query = (operation["parameters"]?.array ?? []).filter { $0["in"] == .string("query") && $0["required"] == .bool(true) }
        let items = query.compactMap { parameter in parameter["name"]?.string.map { "\($0)=\(Self.example(parameter["schema"]))" } }
        return segments.joined(separator: "/") + (items.isEmpty ? "" : "?" + items.joined(separator: "&"))
    }

    /// A value for the path parameter `name` following the segment `previous`.
    private func value(for name: String, after previous: String) -> String? {
        switch (name, previous) {
        case ("name", "officers"), ("officer", _): "Sam Jones"
        case ("name", _), ("authority", _): "Somerset"
        case ("id", let collection): ids[collection].map(String.init)
        case ("kind", _): "authorities"
        default: nil
        }
    }

    /// A value a required query parameter's schema accepts.
    private static func example(_ schema: JSON?) -> String {
        if let first = schema?["enum"]?.array?.first?.string { return first }
        switch (schema?["type"]?.string, schema?["format"]?.string) {
        case (_, "date"?): return Day.today().description
        case ("integer"?, _):
            guard case .integer(let minimum)? = schema?["minimum"] else { return "1" }
            return String(minimum)
        case ("boolean"?, _): return "false"
        default: return "x"
        }
    }

    /// Each component's samples, encoded as the service encodes them (`JSONOutput.data`): the
    /// harness's records, and values with their optional members both set and unset.
    static func encodings(_ store: Store) throws -> [String: [[UInt8]]] {
        var samples = try domainEncodings(store)
        samples.merge(try reportEncodings(store), uniquingKeysWith: +)
        samples.merge(try changeEncodings(store), uniquingKeysWith: +)
        return samples
    }

    private static func domainEncodings(_ store: Store) throws -> [String: [[UInt8]]] {
        let today = Day.today()
        return [
            "Assessment": try store.assessments(of: "Somerset").map(JSONOutput.data),
            "QualityStatement": try store.qualityStatements().map(JSONOutput.data),
            "AssessmentComparison": try AssessmentComparison.Basis.allCases.map { try JSONOutput.data(try store.compareAssessments(of: "Somerset", against: $0)) },
            "PlanAction": try store.planActions(PlanAction.Filter(today: today)).map(JSONOutput.data),
            "AwaitingAction": try store.planActions(PlanAction.Filter(today: today)).map { try JSONOutput.data(AwaitingAction($0, today: today)) },
            "AwaitingItem": try awaitingItems(store, today: today).map(JSONOutput.data),
            "Authority": try store.authorities(AuthorityFilter()).map(JSONOutput.data),
            "AuthorityOverview": try ["Somerset", "Devon", "Dorset"].map { try JSONOutput.data(try store.overview(of: $0)) },
            "StageEvidence": [try JSONOutput.data(try store.overview(of: "Somerset").evidence)],
            "StageChange": try ["Somerset", "Dorset"].flatMap { try store.history($0) }.map(JSONOutput.data),
            "WaitlistEntry": try store.waitlistEntries().map(JSONOutput.data),
            "Agency": try store.agencies().map(JSONOutput.data),
            "Activity": try store.activities(try Activity.Filter()).map(JSONOutput.data),
            "Briefing": try store.briefings().map(JSONOutput.data),
            "Contact": try store.contacts(in: "Somerset").map(JSONOutput.data),
            "FollowUp": try store.openFollowUps(FollowUp.Filter(today: today)).map(JSONOutput.data),
            "AwaitingFollowUp": try store.openFollowUps(FollowUp.Filter(today: today)).map { try JSONOutput.data(AwaitingFollowUp($0, today: today)) },
            "Officer": try store.officers().map(JSONOutput.data),
            "Workload": [try JSONOutput.data(try store.workload())],
            "TeamCapacity": [try JSONOutput.data(try store.teamCap()), try JSONOutput.data(TeamCapacity(cap: nil, active: 0))],
            "ImportSummary": [try JSONOutput.data(ImportSummary(kind: .followups, file: "f.csv", rows: 3, added: 1, unchanged: 1, skipped: 1))],
        ]
    }

    private static func reportEncodings(_ store: Store) throws -> [String: [[UInt8]]] {
        let today = Day.today()
        let scopes = [try ReportScope(today: today),
                      try ReportScope(from: today.adding(days: -90), to: today, region: .southWest, officer: "Sam Jones", today: today)]
        var samples: [String: [[UInt8]]] = ["ReportScope": try scopes.map(JSONOutput.data)]
        for scope in scopes {
            samples["SummaryReport", default: []].append(try JSONOutput.data(try store.summaryReport(scope)))
            samples["AgenciesReport", default: []].append(try JSONOutput.data(try store.agenciesReport(scope)))
            samples["EventsReport", default: []].append(try JSONOutput.data(try store.eventsReport(scope)))
            samples["BriefingsReport", default: []].append(try JSONOutput.data(try store.briefingsReport(scope)))
            samples["FunnelReport", default: []].append(try JSONOutput.data(try store.funnelReport(scope)))
            samples["FollowUpsReport", default: []].append(try JSONOutput.data(try store.followUpsReport(scope)))
            samples["CapacityReport", default: []].append(try JSONOutput.data(try store.capacityReport(scope)))
            samples["OutcomesReport", default: []].append(try JSONOutput.data(try store.outcomesReport(scope)))
        }
        let gap = [OutcomesReport.EvidenceGap(authority: "Dorset", region: .southWest, officer: nil, completedOn: today),
                   OutcomesReport.EvidenceGap(authority: "Devon", region: .southWest, officer: "Sam Jones", completedOn: today)]
        samples["OutcomesReport", default: []].append(try JSONOutput.data(OutcomesReport(scope: scopes[0], statements: [], evidenceGap: gap)))
        return samples
    }

    /// Every open follow-up and every action, as the overdue list would show them.
    private static func awaitingItems(_ store: Store, today: Day) throws -> [AwaitingItem] {
        let followUps = try store.openFollowUps(FollowUp.Filter(today: today)).map { AwaitingFollowUp($0, today: today) }
        return AwaitingItem.byDueDate(followUps: followUps, actions: try store.planActions(PlanAction.Filter(today: today)), today: today)
    }

    /// Values only a change answers with; made last, as they change the records.
    private static func changeEncodings(_ store: Store) throws -> [String: [[UInt8]]] {
        let today = Day.today()
        let sent = try store.sendBriefing(try Briefing.Sending(title: "Health sector briefing", recipient: .network("Clinks"),
                                                               sentOn: today, today: today))
        let response = try store.recordResponse("Somerset", model: "Named leads", date: today)
        let contact = try store.contacts(in: "Somerset")[0]
        let done = try store.completeFollowUp(id: try store.openFollowUps(FollowUp.Filter(today: today))[0].id,
                                              outcome: "Ran the workshop", on: today, today: today)
        let paused = try store.pause("Somerset", reason: "a quiet term")
        let assigned = try store.assign("Devon", officer: "Ada Lovelace")
        return [
            "BriefingDissemination": [try JSONOutput.data(sent)],
            "StrategicResponse": [try JSONOutput.data(response)],
            "FollowUp": [try JSONOutput.data(done)],
            "ContactErasure": [try JSONOutput.data(try store.eraseContact(id: contact.id))],
            "Transition": [try JSONOutput.data(paused), try JSONOutput.data(assigned)],
        ]
    }
}
