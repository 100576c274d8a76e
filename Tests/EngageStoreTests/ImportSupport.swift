import CSV
import EngageCore
import EngageStore
import Postgres
import Testing

/// What an import of in-memory CSV did: its summary, or its refusal; and the bad rows' file.
struct ImportOutcome {
    var summary: ImportSummary?
    var refused: ImportRefused?
    var badFile: String
}

/// Imports `text` as `kind`, with `--skip-bad` when `skipBad`.
func importCSV(_ store: Store, _ kind: ImportKind, _ text: String, skipBad: Bool = false,
               today: Day = Day.today()) throws -> ImportOutcome {
    var reader = CSVReader(text: text)
    var bad: [UInt8] = []
    do {
        let summary = try store.importRecords(kind, from: &reader, file: "test.csv", today: today,
                                              badRows: skipBad ? { bad += $0 } : nil, progress: { _ in })
        return ImportOutcome(summary: summary, refused: nil, badFile: String(decoding: bad, as: UTF8.self))
    } catch let refused as ImportRefused {
        return ImportOutcome(summary: nil, refused: refused, badFile: "")
    }
}

/// Everything an export of `kind` writes, as text.
func exportCSV(_ store: Store, _ kind: ImportKind, format: ExportFormat = .csv) throws -> String {
    var bytes: [UInt8] = []
    _ = try store.export(kind, format: format) { bytes += $0 }
    return String(decoding: bytes, as: UTF8.self)
}

/// Two officers, and Somerset and Bury with an agency each.
func seedForImport(_ store: Store) throws {
    _ = try store.addOfficer(NewOfficer(name: "Sam Jones", region: .southWest))
    _ = try store.addOfficer(NewOfficer(name: "Ann Lee", region: .northWest))
    let today = Day.today()
    for (name, region) in [("Somerset", Region.southWest), ("Bury", .northWest)] {
        _ = try store.addAuthority(NewAuthority(name: name, region: region))
        _ = try store.addAgency(NewAgency(authority: name, name: "\(name) LSCB", type: .lscb,
                                          identifiedOn: try Day.parse("2014-01-10"), today: today))
    }
}

/// How many rows `table` holds (a name from the tests, never input).
func rows(_ connection: Connection, _ table: String) throws -> Int {
    try connection.execute(Query(stringLiteral: "SELECT count(*) FROM \(table)")).singleRow().decode(at: 0, as: Int.self)
}
