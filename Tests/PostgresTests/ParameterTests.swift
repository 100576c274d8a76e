import Foundation
import Postgres
import Testing

@Suite("Binding parameters")
struct ParameterTests {
    @Test("Interpolated values become $n placeholders, never SQL text")
    func placeholders() {
        let name = "O'Brien"
        let region: String? = nil
        var query: Query = "SELECT * FROM officers WHERE name = \(name)"
        query.append(" AND region IS NOT DISTINCT FROM \(region) AND cap > \(3)")
        #expect(query.sql == "SELECT * FROM officers WHERE name = $1 AND region IS NOT DISTINCT FROM $2 AND cap > $3")
        #expect(query.bindings.map(\.text) == ["O'Brien", nil, "3"])
        #expect(!query.description.contains("O'Brien"))
    }

    @Test("Values that look like SQL are stored verbatim")
    func hostileValues() throws {
        try withConnection { connection in
            try connection.executeScript("CREATE TABLE names (value text NOT NULL)")
            let values = ["Robert'); DROP TABLE names;--", "$1", "tab\tand\nnewline", "emoji 🧒", "back\\slash \"quoted\""]
            for value in values { try connection.execute("INSERT INTO names VALUES (\(value))") }
            let stored = try connection.execute("SELECT value FROM names ORDER BY value").map { try $0.decode("value", as: String.self) }
            #expect(stored.sorted() == values.sorted())
        }
    }

    @Test("A NUL in a parameter is refused before anything is sent, never stored cut short")
    func nulRefused() throws {
        try withConnection { connection in
            try connection.executeScript("CREATE TABLE names (value text NOT NULL)")
            let cut = "a\u{0}b"
            #expect(throws: PostgresError.nulInParameter(position: 2)) {
                try connection.execute("INSERT INTO names SELECT \("first") || \(cut)")
            }
            let count = try connection.execute("SELECT count(*) AS n FROM names").singleRow().decode("n", as: Int64.self)
            #expect(count == 0)
        }
    }

    @Test("NULL, booleans, numbers, dates, UUIDs and arrays bind with their types")
    func typedParameters() throws {
        try withConnection { connection in
            let id = UUID()
            let day = try #require(PostgresDate(year: 2014, month: 1, day: 31))
            let optionalText: String? = nil
            let row = try connection.execute("""
                SELECT \(optionalText)::text IS NULL AS is_null, \(true) AS flag, \(Int64.max) AS big,
                       \(Decimal(string: "0.1")!) + 0.2 AS sum, \(day) + 1 AS next_day, \(id) AS id,
                       cardinality(\(["a", "b,c", "d\"e"])::text[]) AS items, (\(["a", "b,c"])::text[])[2] AS second
                """).singleRow()
            #expect(try row.decode("is_null", as: Bool.self))
            #expect(try row.decode("flag", as: Bool.self))
            #expect(try row.decode("big", as: Int64.self) == .max)
            #expect(try row.decode("sum", as: Decimal.self) == Decimal(string: "0.3"))
            #expect(try row.decode("next_day", as: PostgresDate.self) == PostgresDate(year: 2014, month: 2, day: 1))
            #expect(try row.decode("id", as: UUID.self) == id)
            #expect(try row.decode("items", as: Int.self) == 3)
            #expect(try row.decode("second", as: String.self) == "b,c")
        }
    }
}
