import EngageCore

/// One request's visitor: who they are, how they signed in, and what the page should say to
/// them on the way (the confirmation of what they just did, or the errors of a form they sent).
struct Visit: Sendable {
    /// Who is looking.
    let viewer: Viewer
    /// Their board session; nil when a script reads with an API token (which can read pages but
    /// submit no form).
    let session: BoardSession?
    /// The one-line confirmation after a form's redirect, if any.
    var confirmation: String?
    /// The form being shown again with its errors, if any.
    var form: FormState?

    init(viewer: Viewer, session: BoardSession?, confirmation: String? = nil, form: FormState? = nil) {
        (self.viewer, self.session, self.confirmation, self.form) = (viewer, session, confirmation, form)
    }

    var name: String { viewer.name }
    var role: Role { viewer.role }
    var officer: String? { viewer.officer }
    /// The token this visit's forms carry; nil without a session.
    var csrfToken: String? { session?.csrfToken }

    /// Whether `officer` is this visitor (to mark their own cards and rows).
    func isLead(_ officer: String?) -> Bool { self.officer != nil && officer == self.officer }

    /// Whether this visitor may submit a form needing `role`, on an authority led by `lead`
    /// (nil: not about one authority): a manager anywhere, an officer on their own, a viewer
    /// nowhere; and only with a session. Pages show a form only when this holds; the store
    /// checks the same again inside the write.
    func mayRecord(_ role: Role, leadOfficer lead: String?? = .none) -> Bool {
        guard session != nil, viewer.may(role) else { return false }
        guard let recordingLead = viewer.recordingLead, case .some(let lead) = lead else { return true }
        return lead == recordingLead
    }
}
