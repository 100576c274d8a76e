import EngageStore
import Foundation
import Testing

@Suite("Splitting SQL scripts into statements")
struct SQLScriptTests {
    @Test("Semicolons inside strings, identifiers, dollar quotes and comments do not split")
    func hiddenSemicolons() {
        let script = """
            -- a comment; with a semicolon
            INSERT INTO t VALUES ('a;b', 'it''s; fine', E'esc\\';aped');
            /* block; /* nested; */ still comment; */
            CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$ BEGIN PERFORM 1; END $$;
            CREATE FUNCTION g() RETURNS text LANGUAGE sql AS $body$ SELECT 'x;y' $body$;
            SELECT "odd;name" FROM t
            """
        let statements = SQLScript(script).statements
        #expect(statements.map(\.line) == [2, 4, 5, 6])
        #expect(statements[0].text == #"INSERT INTO t VALUES ('a;b', 'it''s; fine', E'esc\';aped')"#)
        #expect(statements[1].text.hasSuffix("END $$"))
        #expect(statements[2].text.hasSuffix("$body$"))
        #expect(statements[3].text == #"SELECT "odd;name" FROM t"#)
    }

    @Test("Empty statements and trailing comments are dropped")
    func emptyPieces() {
        #expect(SQLScript(";;  ; -- nothing\n").statements.isEmpty)
        #expect(SQLScript("SELECT 1;\n-- end\n").statements.map(\.text) == ["SELECT 1"])
    }

    @Test("The first migration splits into statements that each start with a SQL keyword")
    func initialMigration() throws {
        let sql = try String(contentsOf: migrationsFolder.appendingPathComponent("0001_initial.sql"), encoding: .utf8)
        let statements = SQLScript(sql).statements
        #expect(statements.count > 40)
        let keywords = ["CREATE", "INSERT"]
        for statement in statements {
            #expect(keywords.contains { statement.text.hasPrefix($0) }, "line \(statement.line): \(statement.text.prefix(40))")
        }
    }
}
