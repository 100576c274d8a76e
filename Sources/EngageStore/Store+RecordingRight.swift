import EngageCore
import Postgres

/// An officer's right to change an authority's records: they lead it. Checked by every change
/// to an authority's records, in the change's transaction, under the authority's row lock, so that
/// a reassignment and a change to the same authority are ordered: whichever commits first, the
/// other sees it.
extension Store {
    /// The authority of that name, locked until the transaction ends, once this store may change
    /// its records.
    /// - Throws: `EngageError.notFound` for an unknown name; `.forbidden` when `recordingLead` is
    ///   set and does not lead it.
    func authorityForRecording(named name: String, in connection: Connection) throws -> Authority {
        let authority = try requireAuthority(named: name, in: connection, lock: true)
        try checkRecordingRight(on: authority)
        return authority
    }

    /// Refuses a change to `authority`'s records when `recordingLead` is set and does not lead it.
    /// The caller holds the authority's row lock.
    func checkRecordingRight(on authority: Authority) throws(EngageError) {
        guard let officer = recordingLead else { return }
        guard let lead = authority.leadOfficer, lead.lowercased() == officer.lowercased() else {
            let led = authority.leadOfficer.map { "led by \($0)" } ?? "not led by anyone"
            throw EngageError(.forbidden, "\(authority.name) is \(led); an officer's token records only for the authorities that officer leads",
                              hint: "ask a manager")
        }
    }
}
