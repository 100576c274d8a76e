/// The statements one connection has prepared on its server, so that PostgreSQL parses and
/// plans a statement the connection runs often once, not on every call (as asyncpg and
/// PostgresNIO do).
///
/// A statement is known by its SQL text together with its parameters' type OIDs: the same text
/// bound with other types is another prepared statement, as the server would infer other types.
/// Each gets a name of its own, `engage_s1`, `engage_s2`, …, never reused on the connection.
///
/// Bounded (least recently used out first) rather than "stop caching when full", so that a
/// long-running service keeps its busy statements prepared whatever ran first. Past `capacity`
/// statements, the least recently used one is evicted: its name is queued in `stale`, and the
/// connection deallocates it (`DEALLOCATE`) the next time it prepares a statement outside a
/// transaction, so that a failed `DEALLOCATE` can never abort a caller's transaction. A statement
/// the server reports invalid (after a schema change) is queued the same way. So the server holds
/// at most `capacity` statements plus the few evicted since the connection last prepared one
/// outside a transaction.
///
/// Owned by its `Connection` and dropped with it: `close()` empties it, and a connection is never
/// reconnected in place (the pool opens a new one), so nothing stale is used after a reconnect.
struct StatementCache {
    /// What identifies a prepared statement: its SQL text and its parameters' types.
    struct Key: Hashable {
        let sql: String
        let types: [PostgresType]
    }

    private struct Entry {
        let name: String
        var lastUse: UInt64
    }

    /// How many statements a connection keeps prepared by default.
    static let defaultCapacity = 256

    /// How many statements the cache keeps at most.
    let capacity: Int
    private var entries: [Key: Entry] = [:]
    private var clock: UInt64 = 0
    private var lastNumber = 0
    /// Names of statements dropped from the cache that may still be prepared on the server.
    private(set) var stale: [String] = []
    /// How many statements were prepared over the cache's life; tests read it.
    private(set) var preparedCount = 0

    /// Creates an empty cache.
    /// - Parameter capacity: How many statements it keeps at most (at least one).
    init(capacity: Int = defaultCapacity) {
        self.capacity = max(capacity, 1)
    }

    /// How many statements the cache holds.
    var count: Int { entries.count }

    /// The name of the statement prepared for `key`, marked as just used; nil when none is.
    mutating func name(for key: Key) -> String? {
        guard let entry = entries[key] else { return nil }
        clock += 1
        entries[key]?.lastUse = clock
        return entry.name
    }

    /// A name no statement of this cache has had: prepare under it, then `add` it.
    mutating func newName() -> String {
        lastNumber += 1
        return "engage_s\(lastNumber)"
    }

    /// Records that `name` was prepared for `key`, evicting the least recently used statement
    /// into `stale` when the cache is full.
    mutating func add(_ key: Key, name: String) {
        preparedCount += 1
        if entries[key] == nil, entries.count >= capacity,
           let oldest = entries.min(by: { $0.value.lastUse < $1.value.lastUse }) {
            entries[oldest.key] = nil
            stale.append(oldest.value.name)
        }
        clock += 1
        if let replaced = entries.updateValue(Entry(name: name, lastUse: clock), forKey: key) {
            stale.append(replaced.name)
        }
    }

    /// Forgets the statement for `key`.
    /// - Parameter onServer: Whether the server may still hold it, so that it is deallocated later.
    mutating func remove(_ key: Key, onServer: Bool) {
        guard let entry = entries.removeValue(forKey: key) else { return }
        if onServer { stale.append(entry.name) }
    }

    /// Hands over the names queued for deallocation, leaving none queued.
    mutating func takeStale() -> [String] {
        defer { stale = [] }
        return stale
    }

    /// Forgets every statement, stale ones included: the connection closed, or the session's
    /// prepared statements were discarded on the server.
    mutating func removeAll() {
        entries = [:]
        stale = []
    }

    /// Whether `sql` may deallocate prepared statements on the server (`DISCARD ALL`,
    /// `DEALLOCATE`): then the cache must not be trusted afterwards. A rough test on the text,
    /// erring towards yes; a statement that matches is run unprepared.
    static func mayDeallocate(_ sql: String) -> Bool {
        // Runs on every statement: a scan of the bytes, ASCII letters folded to lower case (`| 0x20`
        // also folds a few other bytes, which only errs towards yes), no copy of the text.
        var rest = sql.utf8[...]
        while let start = rest.firstIndex(where: { $0 | 0x20 == UInt8(ascii: "d") }) {
            let tail = rest[start...]
            for word in ["discard", "deallocate"] where tail.starts(with: word.utf8, by: { $0 | 0x20 == $1 }) {
                return true
            }
            rest = rest[rest.index(after: start)...]
        }
        return false
    }
}
