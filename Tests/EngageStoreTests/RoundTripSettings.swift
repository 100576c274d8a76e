import EngageCore

/// How big the generated round trip is and where its randomness starts: fixed defaults, so that
/// `scripts/test` always checks the same records, or `ENGAGE_ROUNDTRIP_SEED` (decimal, or hex
/// with `0x`) and `ENGAGE_ROUNDTRIP_RECORDS` (see `scripts/roundtrip-check`).
struct RoundTripSettings: CustomStringConvertible {
    /// The seed `scripts/test` uses.
    static let defaultSeed: UInt64 = 20_140_901
    /// How many records `scripts/test` writes: a few hundred of each kind that export carries.
    static let defaultRecords = 1_200
    /// The fewest records a run may ask for: enough for every kind and every awkward case.
    static let minimumRecords = 100

    let seed: UInt64
    let records: Int

    /// The settings the environment asks for, else the defaults.
    /// - Throws: `EngageError.invalid` for a value that is not a number, or too few records.
    init(environment: [String: String]) throws {
        seed = try environment["ENGAGE_ROUNDTRIP_SEED"].map(Self.seed) ?? Self.defaultSeed
        guard let text = environment["ENGAGE_ROUNDTRIP_RECORDS"] else {
            records = Self.defaultRecords
            return
        }
        guard let count = Int(text), count >= Self.minimumRecords else {
            throw EngageError(.invalid, "ENGAGE_ROUNDTRIP_RECORDS is '\(text)'", hint: "give a number from \(Self.minimumRecords) up")
        }
        records = count
    }

    /// How to run exactly this again; every failure of the round trip says it.
    var description: String {
        "seed \(seed), \(records) records; rerun with ENGAGE_ROUNDTRIP_SEED=\(seed) ENGAGE_ROUNDTRIP_RECORDS=\(records) "
            + "scripts/test --filter RoundTripTests"
    }

    private static func seed(_ text: String) throws -> UInt64 {
        let value = text.lowercased().hasPrefix("0x") ? UInt64(text.dropFirst(2), radix: 16) : UInt64(text)
        guard let value else {
            throw EngageError(.invalid, "ENGAGE_ROUNDTRIP_SEED is '\(text)'", hint: "give a whole number, decimal or 0x hexadecimal")
        }
        return value
    }
}
