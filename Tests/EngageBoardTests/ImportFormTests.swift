import EngageBoard
import EngageCore
import EngageHTTP
import EngageStore
import Foundation
import Testing
import TestSupport

/// Uploading a CSV file through the router (`multipart/form-data`): the same all-or-nothing
/// import as the command line's, for managers only, with the bad rows listed by line and column.
@Suite("The board: CSV import")
struct ImportFormTests {
    private static func team(_ store: Store) throws {
        _ = try store.addOfficer(NewOfficer(name: "Sam Jones", region: .southWest))
        try BoardHarness.addAccount(store, "Sam Jones", role: .officer)
        try BoardHarness.addAccount(store, "Maria Manager", role: .manager)
        try BoardHarness.addAccount(store, "Vic Viewer", role: .viewer)
    }

    private static let good = "name,region\r\nDorset,south-west\r\nDevon,SW\r\n"
    private static let bad = "name,region\nDorset,south-west\nNarnia,nowhere\n,north-west\n"

    @Test("a manager uploads authorities: 303, a confirmation with the counts, the store has them; again, all unchanged")
    func imported() throws {
        try BoardHarness.withBoard(seed: Self.team) { router, _, store in
            let maria = try BoardHarness.signIn(router, "Maria Manager")
            let page = try BoardHarness.get(router, "/import", cookie: maria.cookie)
            #expect(page.status == .ok && page.bodyText.contains(#"enctype="multipart/form-data""#))
            #expect(page.bodyText.contains(#"<input class="file-upload" id="import-file" name="file" type="file""#))
            #expect(page.bodyText.contains("At most 1024 KiB") && page.bodyText.contains(#"<a href="/import" aria-current="page">Import</a>"#))
            let sent = try BoardHarness.postMultipart(router, "/import", ["csrf": maria.csrf, "kind": "authorities"],
                                                      file: ("file", "C:\\fakepath\\south.csv", Self.good), cookie: maria.cookie)
            #expect(sent.status == .seeOther && sent.headers["Location"] == "/import")
            #expect(try store.authorities().map(\.name).sorted() == ["Devon", "Dorset"])
            let confirmation = try #require(sent.headers.values(for: "Set-Cookie").first { $0.hasPrefix("engage_done=") })
            let after = try BoardHarness.get(router, "/import", cookie: maria.cookie + "; " + String(try #require(confirmation.split(separator: ";").first)))
            #expect(after.bodyText.contains("Imported authorities from south.csv: 2 rows, 2 added, 0 unchanged"))
            #expect(try store.auditEntries(limit: 500).contains { $0.action == "import.authorities" && $0.actor == "Maria Manager" })
            let again = try BoardHarness.postMultipart(router, "/import", ["csrf": maria.csrf, "kind": "authorities"],
                                                       file: ("file", "south.csv", Self.good), cookie: maria.cookie)
            #expect(try again.status == .seeOther && store.authorities().count == 2)
        }
    }

    @Test("a bad row refuses the whole file: 422, the bad rows in a table of line, column and problem, nothing imported")
    func refused() throws {
        try BoardHarness.withBoard(seed: Self.team) { router, _, store in
            let maria = try BoardHarness.signIn(router, "Maria Manager")
            let sent = try BoardHarness.postMultipart(router, "/import", ["csrf": maria.csrf, "kind": "authorities"],
                                                      file: ("file", "mixed.csv", Self.bad), cookie: maria.cookie)
            #expect(sent.status == .unprocessableContent)
            let page = sent.bodyText
            #expect(page.contains(##"<a href="#import-file">Refused mixed.csv: 2 of 3 rows are bad, so nothing was imported"##))
            #expect(page.contains(#"<table id="import-errors"><thead><tr><th>Line</th><th>Column</th><th>Problem</th>"#))
            #expect(page.contains("<tr><td>3</td><td>region</td><td>"), "Narnia's region, on line 3")
            #expect(page.contains("<tr><td>4</td><td>name</td><td>"), "the blank name, on line 4")
            #expect(page.contains(#"<option value="authorities" selected>"#), "the kind chosen is kept")
            #expect(try store.authorities().isEmpty)
            let header = try BoardHarness.postMultipart(router, "/import", ["csrf": maria.csrf, "kind": "authorities"],
                                                        file: ("file", "odd.csv", "nom,region\nDorset,SW\n"), cookie: maria.cookie)
            #expect(header.status == .unprocessableContent && header.bodyText.contains("There is a problem"))
            let none = try BoardHarness.postMultipart(router, "/import", ["csrf": maria.csrf, "kind": "authorities"],
                                                      file: ("file", "", ""), cookie: maria.cookie)
            #expect(none.status == .unprocessableContent && none.bodyText.contains(##"<a href="#import-file">Choose a CSV file"##))
            #expect(try store.authorities().isEmpty)
        }
    }

    @Test("a viewer or an officer sees no Import link and no page; a hand-made upload is refused (403), nothing imported")
    func rights() throws {
        try BoardHarness.withBoard(seed: Self.team) { router, _, store in
            for name in ["Vic Viewer", "Sam Jones"] {
                let visitor = try BoardHarness.signIn(router, name)
                #expect(!(try BoardHarness.get(router, "/", cookie: visitor.cookie).bodyText.contains(#"href="/import""#)))
                #expect(try BoardHarness.get(router, "/import", cookie: visitor.cookie).status == .forbidden)
                let sent = try BoardHarness.postMultipart(router, "/import", ["csrf": visitor.csrf, "kind": "authorities"],
                                                          file: ("file", "south.csv", Self.good), cookie: visitor.cookie)
                #expect(sent.status == .forbidden)
            }
            #expect(try store.authorities().isEmpty)
        }
    }

    @Test("without the form's token the upload is refused (403); a malformed body is refused (400); nothing imported")
    func csrfAndMalformed() throws {
        try BoardHarness.withBoard(seed: Self.team) { router, _, store in
            let maria = try BoardHarness.signIn(router, "Maria Manager")
            let noToken = try BoardHarness.postMultipart(router, "/import", ["kind": "authorities"], file: ("file", "south.csv", Self.good),
                                                         cookie: maria.cookie)
            #expect(noToken.status == .forbidden)
            let headers: HTTPHeaders = ["Content-Type": "multipart/form-data; boundary=XYZ", "Host": "board.test", "Cookie": maria.cookie]
            let body = "--XYZ\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(maria.csrf)\r\n--XYZ\r\n"
            let malformed = router.respond(to: try HTTPRequest(method: .post, target: "/import", headers: headers, body: Array(body.utf8)))
            #expect(malformed.status == .badRequest && malformed.bodyText.contains("the body ends before its closing boundary"))
            #expect(try store.authorities().isEmpty)
        }
    }
}
