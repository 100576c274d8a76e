import EngageCore

/// `/review`: what the team's Monday work-plan review needs on one page: what changed in the last
/// week, what is overdue (oldest first), capacity and the waitlist, and each officer's next
/// fortnight, the visitor's own first when they are an officer. Read from one snapshot.
enum ReviewPage {
    static let path = "/review"

    static func render(_ review: Review, visit: Visit) -> HTML {
        let body: HTML = """
            <h1>Weekly review</h1>
            <p class="lede">What changed from \(review.since.description) to \(review.today.description), what is overdue, \
            and what falls due by \(review.horizon.description).</p>
            <section id="changed" aria-labelledby="changed-heading"><h2 id="changed-heading">The last \(Review.lookBack) days</h2>\
            \(ReviewTables.changes(review))</section>
            <section id="overdue" aria-labelledby="overdue-heading"><h2 id="overdue-heading">Overdue</h2>\
            \(ReviewTables.overdue(review))</section>
            <section id="capacity" aria-labelledby="capacity-heading"><h2 id="capacity-heading">Capacity and the waitlist</h2>\
            \(TeamPage.teamCap(review.workload.team))\(TeamPage.officers(review.workload))\
            <h3>Waitlist</h3>\(TeamPage.waitlist(review.waitlist))</section>
            <section id="coming" aria-labelledby="coming-heading"><h2 id="coming-heading">The next \(Review.lookAhead) days</h2>\
            \(review.officers(first: visit.officer).map { ReviewTables.coming(review, officer: $0, isVisitor: $0 == visit.officer) })</section>
            """
        return Layout.page(title: "Weekly review", viewer: visit, current: path, body: body)
    }
}
