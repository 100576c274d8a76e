import EngageCore
import EngageStore
import FoundationEssentials

/// `/authorities/NAME`: one authority, reached from its card: where it stands, its assessments as
/// a chart (`AssessmentChart`) and a table of ratings with the latest evidence notes, its stage
/// history, its follow-ups and its work plan. Every section says what to do when it is empty.
enum AuthorityPage {
    /// The page's path for the authority `name`, the name percent-encoded as one segment.
    static func path(of name: String) -> String { "/authorities/" + HTML.pathSegment(name) }

    /// A link to the authority's page, its name as the text.
    static func link(_ name: String) -> HTML { "<a href=\"\(path(of: name))\">\(name)</a>" }

    /// The page of the authority a form posts to (`:name`), for a form that lives on it.
    static let formPage: @Sendable (Store, Visit, FormContext) throws -> HTML = { store, visit, context in
        try render(AuthorityData.load(context.parameter("name"), from: store, today: context.today), viewer: visit)
    }

    /// The page.
    static func render(_ data: AuthorityData, viewer: Visit) -> HTML {
        let body: HTML = """
            <p class="crumbs"><a href="/">Board</a> › \(data.authority.name)</p>
            \(heading(data, viewer: viewer))\(StageForms.form(data, visit: viewer))\(activitySection(data, visit: viewer))
            \(ManageSection.render(data, visit: viewer))
            <section id="assessments" aria-labelledby="assessments-heading"><h2 id="assessments-heading">Self-assessments</h2>\
            \(assessments(data))\(AssessmentForms.form(data, visit: viewer))</section>
            <section id="history" aria-labelledby="history-heading"><h2 id="history-heading">Stage history</h2>\
            \(AuthorityTables.history(data))</section>
            <section id="authority-followups" aria-labelledby="followups-heading"><h2 id="followups-heading">Follow-ups</h2>\
            \(AuthorityTables.followUps(data, visit: viewer))\(FollowUpForms.addForm(data, visit: viewer))</section>
            <section id="plan" aria-labelledby="plan-heading"><h2 id="plan-heading">Work plan</h2>\
            \(AuthorityTables.actions(data, visit: viewer))\(PlanForms.form(data, visit: viewer))</section>
            <section id="agencies" aria-labelledby="agencies-heading"><h2 id="agencies-heading">Agencies</h2>\
            \(AgencyContactTables.agencies(data))\(AgencyForms.form(data, visit: viewer))</section>
            <section id="contacts" aria-labelledby="contacts-heading"><h2 id="contacts-heading">Contacts</h2>\
            \(AgencyContactTables.contacts(data, visit: viewer))\(ContactForms.form(data, visit: viewer))</section>
            """
        return Layout.page(title: data.authority.name, viewer: viewer, current: "", body: body)
    }

    /// Recording an activity, for those who may; nothing for the others (the counts in the
    /// heading say what was delivered).
    private static func activitySection(_ data: AuthorityData, visit: Visit) -> HTML {
        let form = ActivityForms.form(data, visit: visit)
        guard !form.text.isEmpty else { return "" }
        return "<section id=\"activity\" aria-labelledby=\"activity-heading\"><h2 id=\"activity-heading\">Activities</h2>\(form)</section>"
    }

    /// The name, then region, status and stage, lead officer, days in the stage, the counts, and
    /// what the stage still needs.
    private static func heading(_ data: AuthorityData, viewer: Visit) -> HTML {
        let authority = data.authority
        let overview = data.overview
        let mine = viewer.officer != nil && authority.leadOfficer == viewer.officer
        let days = since(authority, now: data.now)
        let profile: HTML = authority.profile.map { "<p class=\"profile\">\($0)</p>" } ?? ""
        let signposted: HTML = authority.signpostedTo.map { "<p>Signposted to \($0).</p>" } ?? ""
        let yours: HTML = mine ? " <span class=\"tag\">yours</span>" : ""
        let missing: HTML = overview.missingForNextStage.isEmpty ? ""
            : "<p class=\"notice\" id=\"missing\">Before the next stage: \(overview.missingForNextStage.joined(separator: "; ")).</p>"
        return """
            <h1 id="authority" data-authority="\(authority.name)" data-status="\(authority.status.rawValue)" \
            data-stage="\(authority.stage.map { String($0.rawValue) } ?? "")">\(authority.name)\
            \(yours)</h1>
            <p class="facts">\(authority.region.name) · <strong>\(place(authority.status, authority.stage))</strong>\(days) · \
            lead officer: \(authority.leadOfficer ?? "none")</p>
            <p class="facts">\(overview.activities) activit\(overview.activities == 1 ? "y" : "ies") delivered\
            \(overview.lastActivity.map { ", the latest on \($0.description)" } ?? "") · \(overview.contacts) \
            contact\(overview.contacts == 1 ? "" : "s") · \(overview.openFollowUps) open follow-up\(overview.openFollowUps == 1 ? "" : "s")</p>
            \(profile)\(signposted)\(missing)
            """
    }

    /// How long it has been where it is: days in the stage while active or paused, else the day
    /// its status last changed.
    private static func since(_ authority: Authority, now: Date) -> String {
        if authority.status == .active || authority.status == .paused, let days = authority.daysInStage(now: now) {
            return " · \(days) day\(days == 1 ? "" : "s") in stage"
        }
        return " since \(Day.today(now: authority.statusChangedAt).description)"
    }

    /// A status with its stage, e.g. "active · stage 2, Multi-agency forums".
    static func place(_ status: AuthorityStatus?, _ stage: Stage?) -> String {
        guard let status else { return "—" }
        guard let stage, status == .active || status == .paused else { return status.rawValue }
        return "\(status.rawValue) · stage \(stage.rawValue), \(stage.title)"
    }

    /// The chart, the assessments' dates and who took part, and the ratings table; or how to record one.
    private static func assessments(_ data: AuthorityData) -> HTML {
        guard let comparison = data.comparison else {
            return "<p class=\"empty\" id=\"no-assessment\">No self-assessment yet.</p>"
        }
        let single: HTML = comparison.earlier == nil
            ? "<p class=\"notice\" id=\"single-assessment\">One assessment so far: a second will show the change.</p>"
            : ""
        return """
            \(single)<figure>\(AssessmentChart.render(comparison))</figure>
            \(assessmentList(data.assessments))\(AuthorityTables.ratings(comparison))
            """
    }

    /// Each assessment's date, who took part, and how many statements it rates.
    private static func assessmentList(_ assessments: [Assessment]) -> HTML {
        let items = assessments.map { assessment -> HTML in
            let who = assessment.participants.map(\.displayName).joined(separator: ", ")
            return """
                <li data-assessment="\(Int(assessment.id))">\(assessment.assessedOn.description): \(assessment.ratedCount) \
                statement\(assessment.ratedCount == 1 ? "" : "s") rated\(who.isEmpty ? "" : ", with \(who)")</li>
                """
        }
        return "<ul class=\"assessments\">\(items)</ul>"
    }
}
