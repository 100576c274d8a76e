import EngageCore
import EngageStore
import FoundationEssentials

/// What an authority's page shows, read in a few queries: the authority with its counts, its
/// stage history, its assessments against the Quality Statements, its follow-ups and its work plan.
struct AuthorityData {
    /// The authority with what has been recorded for it.
    let overview: AuthorityOverview
    /// Its changes of status and stage, oldest first.
    let history: [StageChange]
    /// Its self-assessments, oldest first.
    let assessments: [Assessment]
    /// Every Quality Statement, in position order.
    let statements: [QualityStatement]
    /// Its follow-ups: open ones oldest first, then done ones, the latest done first.
    let followUps: [FollowUp]
    /// Its work plan, by due date.
    let actions: [PlanAction]
    /// Its agencies, by name (what an activity may reach).
    let agencies: [Agency]
    /// Its contacts, by name.
    let contacts: [Contact]
    /// Every officer with their load, by region then name (whom a manager may assign it to).
    let officers: [Officer]
    /// Today, for what is overdue.
    let today: Day
    /// Now, for days in the stage.
    let now: Date

    /// Reads the authority called `name` (any case) from `store`.
    /// - Throws: `EngageError.notFound` for an unknown authority, suggesting the nearest names.
    static func load(_ name: String, from store: Store, today: Day, now: Date = Date()) throws -> AuthorityData {
        let overview = try store.overview(of: name, today: today)
        let name = overview.authority.name
        return AuthorityData(overview: overview, history: try store.history(name), assessments: try store.assessments(of: name),
                             statements: try store.qualityStatements(), followUps: try store.followUps(of: name),
                             actions: try store.planActions(PlanAction.Filter(authority: name, today: today)),
                             agencies: try store.agencies(in: name), contacts: try store.contacts(in: name), officers: try store.officers(), today: today, now: now)
    }

    /// The authority.
    var authority: Authority { overview.authority }

    /// The latest assessment beside the first, statement by statement; just the latest's ratings
    /// when there is one assessment; nil when there is none.
    var comparison: AssessmentComparison? {
        assessments.last.map { latest in
            AssessmentComparison(statements: statements, latest: latest,
                                 earlier: AssessmentComparison.earlier(among: assessments, basis: .first), basis: .first)
        }
    }

    /// The title of the statement `key`, or the key when no statement has it.
    func title(ofStatement key: String) -> String {
        statements.first { $0.key == key }?.title ?? key
    }

    /// The name as a command line takes it: quoted when it holds a space or a quote.
    var nameForCommands: String {
        let name = authority.name
        guard name.contains(where: { $0 == " " || $0 == "'" || $0 == "\"" || $0 == "&" }) else { return name }
        return "\"" + name.replacing("\"", with: "\\\"") + "\""
    }
}
