import Postgres
import Testing

private struct ProducerFailed: Error {}

@Suite("COPY")
struct CopyTests {
    @Test("COPY FROM STDIN stores every row, across several 64 KiB chunks")
    func copyIn() throws {
        try withConnection { connection in
            try connection.executeScript("CREATE TABLE staging (line int NOT NULL, name text NOT NULL)")
            let rows = try connection.copyIn("COPY staging (line, name) FROM STDIN (FORMAT csv)") { writer in
                for line in 1...5_000 {
                    try writer.write("\(line),\"Authority, number \(line) \"\"quoted\"\"\"\n")
                }
            }
            #expect(rows == 5_000)
            let check = try connection.execute("SELECT count(*) AS n, max(name) FILTER (WHERE line = 7) AS seventh FROM staging").singleRow()
            #expect(try check.decode("n", as: Int.self) == 5_000)
            #expect(try check.decode("seventh", as: String.self) == "Authority, number 7 \"quoted\"")
        }
    }

    @Test("A malformed row fails the COPY with the server's error and stores nothing")
    func copyInBadRow() throws {
        try withConnection { connection in
            try connection.executeScript("CREATE TABLE staging (line int NOT NULL)")
            let error = try #require(serverError {
                try connection.copyIn("COPY staging FROM STDIN (FORMAT csv)") { writer in
                    try writer.write("1\n2\nthree\n4\n")
                }
            })
            #expect(error.sqlState == .invalidTextRepresentation)
            #expect(error.context?.contains("line 3") == true)
            #expect(try connection.execute("SELECT count(*) AS n FROM staging").singleRow().decode("n", as: Int.self) == 0)
            #expect(try connection.execute("SELECT 1 AS one").singleRow().decode("one", as: Int.self) == 1)
        }
    }

    @Test("A producer that throws aborts the COPY and leaves the connection usable")
    func copyInProducerThrows() throws {
        try withConnection { connection in
            try connection.executeScript("CREATE TABLE staging (line int NOT NULL)")
            #expect(throws: ProducerFailed.self) {
                try connection.copyIn("COPY staging FROM STDIN (FORMAT csv)") { writer in
                    try writer.write("1\n")
                    throw ProducerFailed()
                }
            }
            #expect(try connection.execute("SELECT count(*) AS n FROM staging").singleRow().decode("n", as: Int.self) == 0)
        }
    }

    @Test("COPY TO STDOUT streams every row")
    func copyOut() throws {
        try withConnection { connection in
            var output: [UInt8] = []
            let rows = try connection.copyOut("COPY (SELECT g, 'row ' || g FROM generate_series(1, 3) g) TO STDOUT (FORMAT csv)") {
                output += $0
            }
            #expect(rows == 3)
            #expect(String(decoding: output, as: UTF8.self) == "1,row 1\n2,row 2\n3,row 3\n")
            #expect(try connection.execute("SELECT 1 AS one").singleRow().decode("one", as: Int.self) == 1)
        }
    }
}
