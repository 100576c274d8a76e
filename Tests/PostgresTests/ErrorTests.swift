import Postgres
import Testing

@Suite("Server errors")
struct ErrorTests {
    @Test("A unique violation carries SQLSTATE 23505, the constraint and the detail")
    func uniqueViolation() throws {
        try withConnection { connection in
            try connection.executeScript("CREATE TABLE officers (name text NOT NULL CONSTRAINT officers_name_key UNIQUE)")
            try connection.execute("INSERT INTO officers VALUES (\("Sam"))")
            let error = try #require(serverError { try connection.execute("INSERT INTO officers VALUES (\("Sam"))") })
            #expect(error.sqlState == .uniqueViolation)
            #expect(error.constraint == "officers_name_key")
            #expect(error.table == "officers")
            #expect(error.detail == "Key (name)=(Sam) already exists.")
            #expect(error.debugDescription.contains("constraint: officers_name_key"))
        }
    }

    @Test("A check violation names its constraint; a raised exception carries its hint")
    func checkAndHint() throws {
        try withConnection { connection in
            try connection.executeScript("CREATE TABLE caps (cap int CONSTRAINT caps_cap_range CHECK (cap BETWEEN 0 AND 50))")
            let check = try #require(serverError { try connection.execute("INSERT INTO caps VALUES (\(99))") })
            #expect(check.sqlState == .checkViolation)
            #expect(check.constraint == "caps_cap_range")
            let raised = try #require(serverError {
                try connection.executeScript("DO $$ BEGIN RAISE EXCEPTION 'no room' USING HINT = 'waitlist it', ERRCODE = 'P0001'; END $$")
            })
            #expect(raised.sqlState == .raiseException)
            #expect(raised.message == "no room")
            #expect(raised.hint == "waitlist it")
        }
    }

    @Test("An error in a script points at the failing statement's position")
    func scriptPosition() throws {
        try withConnection { connection in
            let script = "CREATE TABLE a (x int);\nCREATE TABLE b (y nosuchtype);\n"
            let error = try #require(serverError { try connection.executeScript(script) })
            let position = try #require(error.position)
            let offset = script.index(script.startIndex, offsetBy: position - 1)
            #expect(script[offset...].hasPrefix("nosuchtype"))
        }
    }

    @Test("The connection stays usable after a refused statement")
    func usableAfterError() throws {
        try withConnection { connection in
            #expect(serverError { try connection.execute("SELECT 1/0") }?.sqlState == SQLState(rawValue: "22012"))
            let two = try connection.execute("SELECT 2 AS two").singleRow().decode("two", as: Int.self)
            #expect(two == 2)
        }
    }
}
