import Foundation
import Postgres
import Testing

@Suite("Decoding rows")
struct DecodingTests {
    @Test("Each supported type decodes from its PostgreSQL column")
    func supportedTypes() throws {
        try withConnection { connection in
            let row = try connection.execute("""
                SELECT 'héllo'::text AS t, 42::int4 AS i4, 9000000000::int8 AS i8, 7::int2 AS i2, true AS b,
                       12345.678901::numeric AS n, 1.5::float8 AS f, DATE '2014-08-31' AS d,
                       'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid AS u, 'x'::varchar AS v
                """).singleRow()
            #expect(try row.decode("t", as: String.self) == "héllo")
            #expect(try row.decode("i4", as: Int.self) == 42)
            #expect(try row.decode("i4", as: Int32.self) == 42)
            #expect(try row.decode("i8", as: Int64.self) == 9_000_000_000)
            #expect(try row.decode("i2", as: Int.self) == 7)
            #expect(try row.decode("b", as: Bool.self) == true)
            #expect(try row.decode("n", as: Decimal.self) == Decimal(string: "12345.678901"))
            #expect(try row.decode("f", as: Double.self) == 1.5)
            #expect(try row.decode("d", as: PostgresDate.self) == PostgresDate(year: 2014, month: 8, day: 31))
            #expect(try row.decode("u", as: UUID.self) == UUID(uuidString: "A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11"))
            #expect(try row.decode(at: 9, as: String.self) == "x")
        }
    }

    @Test("NULL decodes as nil into an Optional and is refused otherwise, naming the column")
    func nulls() throws {
        try withConnection { connection in
            let row = try connection.execute("SELECT NULL::int AS missing, NULL::text AS note").singleRow()
            #expect(try row.decode("missing", as: Int?.self) == nil)
            #expect(try row.decode("note", as: String?.self) == nil)
            #expect(throws: PostgresError.decoding(DecodingFailure(
                reason: .unexpectedNull, column: "missing", postgresType: .int4, swiftType: "Int"))) {
                try row.decode("missing", as: Int.self)
            }
        }
    }

    @Test("A type that does not fit is refused with the column, its type and the Swift type")
    func mismatch() throws {
        try withConnection { connection in
            let row = try connection.execute("SELECT 'abc'::text AS label, 70000::int4 AS big, now()::timestamp AS naive").singleRow()
            do {
                _ = try row.decode("label", as: Int.self)
                Issue.record("decoding text as Int should fail")
            } catch let PostgresError.decoding(failure) {
                #expect(failure.reason == .typeMismatch)
                #expect(failure.description == "column 'label' is text, which cannot be read as Int")
                #expect(failure.debugDescription.contains("format: text"))
            }
            #expect(throws: PostgresError.self) { try row.decode("big", as: Bool.self) }
            #expect(throws: PostgresError.self) { try row.decode("naive", as: Date.self) }
            #expect(throws: PostgresError.self) { try row.decode("nope", as: String.self) }
        }
    }

    @Test("An integer out of the Swift type's range is malformed, not truncated")
    func outOfRange() throws {
        try withConnection { connection in
            let row = try connection.execute("SELECT 3000000000::int8 AS n").singleRow()
            #expect(throws: PostgresError.decoding(DecodingFailure(
                reason: .malformed, column: "n", postgresType: .int8, swiftType: "Int32"))) {
                try row.decode("n", as: Int32.self)
            }
        }
    }

    @Test("timestamptz reads the same instant whatever the session's time zone was when stored",
          arguments: ["UTC", "Europe/London", "America/New_York", "Asia/Kolkata"])
    func timestamps(zone: String) throws {
        try withConnection { connection in
            try connection.executeScript("CREATE TABLE t (at timestamptz NOT NULL)")
            try connection.execute("SELECT set_config('TimeZone', \(zone), false)")
            try connection.execute("INSERT INTO t VALUES ('2014-03-30 01:30:00.123456+01')")
            let at = try connection.execute("SELECT at FROM t").singleRow().decode("at", as: Date.self)
            let expected = Date(timeIntervalSince1970: 1_396_139_400.123456)
            #expect(abs(at.timeIntervalSince(expected)) < 0.000_001)
        }
    }

    @Test("A Date bound as a parameter round-trips to the microsecond")
    func timestampRoundTrip() throws {
        try withConnection { connection in
            let instants = [Date(timeIntervalSince1970: 0), Date(timeIntervalSince1970: 1_409_443_200.5),
                            Date(timeIntervalSince1970: -86_400 * 365.25 * 30 + 0.25)]
            for instant in instants {
                let back = try connection.execute("SELECT \(instant)::timestamptz AS at").singleRow().decode("at", as: Date.self)
                #expect(abs(back.timeIntervalSince(instant)) < 0.000_001, "\(instant)")
            }
        }
    }

    @Test("Dates that do not exist are refused before they reach the server")
    func calendarDates() {
        #expect(PostgresDate(year: 2013, month: 2, day: 29) == nil)
        #expect(PostgresDate(year: 2012, month: 2, day: 29) != nil)
        #expect(PostgresDate(iso: "2014-9-1") == nil)
        #expect(PostgresDate(iso: "2014-09-01")?.description == "2014-09-01")
        for malformed in ["2014-09-1x", "2014/09/01", "12014-09-01", "2014-09-01 BC", "-014-09-01", "2014-13-01", "0000-01-01", ""] {
            #expect(PostgresDate(iso: malformed) == nil, "\(malformed)")
        }
        #expect(PostgresDate(iso: "0044-03-15") == PostgresDate(year: 44, month: 3, day: 15))
    }

    private struct Officer: Equatable {
        static let columns = ["id", "name", "cap"]
        let id: Int64, name: String, cap: Int?
        init(id: Int64, name: String, cap: Int?) { (self.id, self.name, self.cap) = (id, name, cap) }
        init(row: Row) throws {
            var cells = row.cells
            self.init(id: try cells.next(), name: try cells.next(), cap: try cells.next())
        }
    }

    @Test("rows decode by position once their columns are checked against the decoder's list")
    func positionalRows() throws {
        try withConnection { connection in
            let rows = try connection.execute("SELECT * FROM (VALUES (1::int8, 'Ann', 3), (2, 'Bo', NULL)) v(id, name, cap) ORDER BY id")
                .decodeRows(columns: Officer.columns, Officer.init(row:))
            #expect(rows == [Officer(id: 1, name: "Ann", cap: 3), Officer(id: 2, name: "Bo", cap: nil)])
            let none = try connection.execute("SELECT 1::int8 AS id, 'x' AS name, 1 AS cap WHERE false")
            #expect(try none.decodeFirst(columns: Officer.columns, Officer.init(row:)) == nil)
            #expect(throws: PostgresError.unexpectedResult("expected one row, got 0")) {
                try none.decodeSingle(columns: Officer.columns, Officer.init(row:))
            }
        }
    }

    @Test("a select list that drifts from its decoder is refused with both lists, before any cell is read")
    func driftedColumns() throws {
        try withConnection { connection in
            let swapped = try connection.execute("SELECT 'Ann' AS name, 1::int8 AS id, 3 AS cap")
            #expect(throws: PostgresError.unexpectedResult(
                "the decoder reads the columns id, name, cap; the statement gave name, id, cap")) {
                try swapped.decodeRows(columns: Officer.columns, Officer.init(row:))
            }
            let short = try connection.execute("SELECT 1::int8 AS id, 'Ann' AS name")
            #expect(throws: PostgresError.self) { try short.decodeFirst(columns: Officer.columns, Officer.init(row:)) }
            // Read past the last column, a cursor names the position it was asked for.
            let row = try short.singleRow()
            var cells = row.cells
            _ = try cells.next(Int64.self)
            _ = try cells.next(String.self)
            #expect(throws: PostgresError.decoding(DecodingFailure(
                reason: .noSuchColumn, column: "#2", postgresType: .unspecified, swiftType: "Int"))) {
                try cells.next(Int.self)
            }
        }
    }
}
