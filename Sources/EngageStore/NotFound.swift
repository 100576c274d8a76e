import EngageCore
import Postgres

extension Store {
    /// The refusal for a name that matched no record, suggesting the nearest existing names.
    ///
    /// The candidates are read only on this error path, so lookups that succeed stay one query.
    /// - Parameters:
    ///   - kind: What was looked for, e.g. "authority".
    ///   - name: What the user typed.
    ///   - candidates: A query whose first column lists the names that exist.
    ///   - otherwise: The hint when no name is close.
    func notFound(_ kind: String, named name: String, candidates: Query, otherwise: String,
                  in connection: Connection) throws -> EngageError {
        let names = try connection.execute(candidates).map { try $0.decode(at: 0, as: String.self) }
        return EngageError(.notFound, "no \(kind) named '\(name)'", hint: NearestNames.hint(for: name, among: names, otherwise: otherwise))
    }
}
