import TestSupport
import Testing

@Suite("engage on a busy database")
struct BusyCLITests {
    @Test("A change that clashes with others on every retry exits 75 in one line and changes nothing")
    func conflict() throws {
        try TestDatabase.withMigrated { database in
            #expect(try EngageRunner.run(["authority", "add", "Bury", "--region", "NW"], database: database).status == 0)
            let setup = try database.connect()
            defer { setup.close() }
            try setup.executeScript("""
                CREATE FUNCTION always_clash() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'forced' USING ERRCODE = '40001'; END $$;
                CREATE TRIGGER always_clash BEFORE INSERT ON followups FOR EACH ROW EXECUTE FUNCTION always_clash();
                """)
            let run = try EngageRunner.run(["followup", "add", "Bury", "--summary", "A workshop"], database: database)
            #expect(run.status == 75)
            #expect(run.errorLines == ["error: the change clashed with others at the same moment 4 times in a row; nothing was changed; try again"])
            #expect(try setup.execute("SELECT count(*) FROM followups").singleRow().decode(at: 0, as: Int.self) == 0)
        }
    }
}
