import EngageCore

/// The weekly review's lists: one line per record, dated first, each linked to where it is
/// changed, and a plain "None." where a list is empty.
enum ReviewTables {
    /// The last week: stage moves, activities, follow-ups asked for and done, self-assessments,
    /// plan actions done.
    static func changes(_ review: Review) -> HTML {
        """
        \(list("Stage moves", id: "moves", review.moves.map(move)))\
        \(list("Activities", id: "activities", review.activities.map(activity)))\
        \(list("Follow-ups asked for", id: "opened", review.followUpsOpened.map { followUp($0, date: $0.openedOn) }))\
        \(list("Follow-ups done", id: "closed", review.followUpsClosed.map { followUp($0, date: $0.closedOn ?? $0.openedOn) }))\
        \(list("Self-assessments", id: "assessed", review.assessments.map(assessed)))\
        \(list("Plan actions done", id: "done", review.actionsDone.map { action($0, date: $0.closedOn ?? $0.dueOn) }))
        """
    }

    /// Open follow-ups and actions past their due date, the oldest first.
    static func overdue(_ review: Review) -> HTML {
        """
        \(list("Follow-ups", id: "overdue-followups", review.overdueFollowUps.map { followUp($0, date: $0.dueOn ?? $0.openedOn, late: review.today) }))\
        \(list("Plan actions", id: "overdue-actions", review.overdueActions.map { action($0, date: $0.dueOn, late: review.today) }))
        """
    }

    /// One officer's next fortnight: follow-ups and actions of the authorities they lead, and
    /// the activities they are booked for, by date.
    static func coming(_ review: Review, officer: String, isVisitor: Bool) -> HTML {
        let due = review.coming(for: officer)
        let items = (due.followUps.map { ($0.dueOn ?? review.today, followUp($0, date: $0.dueOn ?? review.today)) }
            + due.actions.map { ($0.dueOn, action($0, date: $0.dueOn)) }
            + due.activities.map { ($0.occurredOn, activity($0)) })
            .sorted { $0.0 < $1.0 }.map(\.1)
        let slug = "coming-" + String(officer.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" })
        return list(officer + (isVisitor ? " (you)" : ""), id: slug, items, empty: "Nothing falls due.")
            .wrapped(data: officer)
    }

    /// A headed list with its count, or "None.".
    private static func list(_ title: String, id: String, _ items: [HTML], empty: String = "None.") -> HTML {
        let body: HTML = items.isEmpty ? "<p class=\"empty\">\(empty)</p>" : "<ul class=\"review-list\">\(items)</ul>"
        return "<h3 id=\"\(id)\" data-count=\"\(items.count)\">\(title) (\(items.count))</h3>\(body)"
    }

    private static func move(_ move: Review.Move) -> HTML {
        let change = move.change
        let override: HTML = change.overridden ? " <span class=\"tag override\">override</span>" : ""
        return """
            <li data-move="\(move.authority)">\(Day.today(now: change.changedAt).description) · \(AuthorityPage.link(move.authority)): \
            \(AuthorityPage.place(change.fromStatus, change.fromStage)) → \(AuthorityPage.place(change.toStatus, change.toStage)), \
            by \(change.changedBy)\(override)</li>
            """
    }

    private static func activity(_ activity: Activity) -> HTML {
        let place: HTML = activity.authority.map { "in \(AuthorityPage.link($0))" } ?? "national, \(activity.sector?.rawValue ?? "")"
        let reached = activity.agencies.count
        return """
            <li data-activity="\(Int(activity.id))">\(activity.occurredOn.description) · \(activity.kind.rawValue.capitalized) \(place) · \
            \(activity.officer)\(reached == 0 ? "" : ", reaching \(reached) agenc\(reached == 1 ? "y" : "ies")")</li>
            """
    }

    private static func followUp(_ followUp: FollowUp, date: Day, late today: Day? = nil) -> HTML {
        let lateBy: HTML = today.map { today in late(followUp.dueOn.map { $0.days(until: today) } ?? 0) } ?? ""
        let state: HTML = followUp.closedOn.map { _ in ": done, \(followUp.outcome ?? "")" } ?? ""
        return """
            <li data-followup="\(Int(followUp.id))">\(date.description) · \(AuthorityPage.link(followUp.authority)): \
            <a href="/followups/\(Int(followUp.id))/done">\(followUp.summary)</a>\(state)\(lateBy)</li>
            """
    }

    private static func action(_ action: PlanAction, date: Day, late today: Day? = nil) -> HTML {
        let lateBy: HTML = today.map { late(action.dueOn.days(until: $0)) } ?? ""
        return """
            <li data-action="\(Int(action.id))">\(date.description) · \(AuthorityPage.link(action.authority)): \
            <a href="/plans/\(Int(action.id))/done">A\(Int(action.id)) \(action.action)</a> · \(action.owner)\(lateBy)</li>
            """
    }

    private static func late(_ days: Int) -> HTML {
        " <span class=\"late\">\(days) day\(days == 1 ? "" : "s") late</span>"
    }

    private static func assessed(_ assessed: Review.Assessed) -> HTML {
        """
        <li data-assessed="\(assessed.authority)">\(assessed.assessedOn.description) · \(AuthorityPage.link(assessed.authority)): \
        \(assessed.ratedCount) statement\(assessed.ratedCount == 1 ? "" : "s") rated</li>
        """
    }
}

private extension HTML {
    /// The list in a section of its own, marked with the officer's name.
    func wrapped(data officer: String) -> HTML {
        "<section class=\"officer-coming\" data-officer=\"\(officer)\">\(self)</section>"
    }
}
