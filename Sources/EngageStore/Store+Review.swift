import EngageCore
import FoundationEssentials
import Postgres

/// The weekly review's reads: lists, not counts, each narrowed in SQL to its window.
extension Store {
    /// What the weekly review shows, as of one snapshot: the last `Review.lookBack` days' changes,
    /// what is overdue, capacity and the waitlist, and what falls due in the next
    /// `Review.lookAhead` days.
    /// - Parameters:
    ///   - today: The day it is read, in the service's time zone.
    ///   - now: The moment, for days in a stage.
    public func review(today: Day, now: Date = Date()) throws -> Review {
        try snapshot { store in
            var review = Review(today: today, workload: try store.workload(now: now))
            let (since, horizon) = (review.since, review.horizon)
            try store.read { connection in
                review.moves = try store.movesSince(since, in: connection)
                review.activities = try connection.execute(Self.activitySelect + """
                     WHERE NOT v.planned AND v.occurred_on BETWEEN \(since) AND \(today) ORDER BY v.occurred_on, v.id
                    """).map(Activity.init(row:))
                review.plannedActivities = try connection.execute(Self.activitySelect + """
                     WHERE v.planned AND v.occurred_on BETWEEN \(today) AND \(horizon) ORDER BY v.occurred_on, v.id
                    """).map(Activity.init(row:))
                review.followUpsOpened = try followUps(where: "f.opened_on >= \(since)", order: "f.opened_on, f.id", in: connection)
                review.followUpsClosed = try followUps(where: "f.closed_on >= \(since)", order: "f.closed_on, f.id", in: connection)
                review.overdueFollowUps = try followUps(where: "f.closed_on IS NULL AND f.due_on < \(today)", order: "f.due_on, f.id",
                                                        in: connection)
                review.dueFollowUps = try followUps(where: "f.closed_on IS NULL AND f.due_on BETWEEN \(today) AND \(horizon)",
                                                    order: "f.due_on, f.id", in: connection)
                review.actionsDone = try actions(where: "p.status = 'done' AND p.closed_on >= \(since)", order: "p.closed_on, p.id",
                                                 in: connection)
                review.overdueActions = try actions(where: "p.status = 'open' AND p.due_on < \(today)", order: "p.due_on, p.id",
                                                    in: connection)
                review.dueActions = try actions(where: "p.status = 'open' AND p.due_on BETWEEN \(today) AND \(horizon)",
                                                order: "p.due_on, p.id", in: connection)
                review.assessments = try assessedSince(since, in: connection)
            }
            review.waitlist = try store.waitlistEntries()
            return review
        }
    }

    private func followUps(where condition: Query, order: Query, in connection: Connection) throws -> [FollowUp] {
        try connection.execute(Self.followUpSelect + " WHERE " + condition + " ORDER BY " + order).decodeRows(FollowUp.self)
    }

    private func actions(where condition: Query, order: Query, in connection: Connection) throws -> [PlanAction] {
        try connection.execute(Self.planActionSelect + " WHERE " + condition + " ORDER BY " + order).map(PlanAction.init(row:))
    }

    private func movesSince(_ since: Day, in connection: Connection) throws -> [Review.Move] {
        try connection.execute("""
            SELECT a.name AS authority, c.from_status, c.to_status, c.from_stage, c.to_stage, o.name AS officer, c.changed_at,
                   c.changed_by, c.reason, c.overridden
            FROM stage_changes c JOIN authorities a ON a.id = c.authority_id LEFT JOIN officers o ON o.id = c.officer_id
            WHERE c.changed_at >= \(since)::date ORDER BY c.changed_at, c.id
            """).map { row in
                Review.Move(authority: try row.decode("authority"), change: try StageChange(row: row))
            }
    }

    private func assessedSince(_ since: Day, in connection: Connection) throws -> [Review.Assessed] {
        try connection.execute("""
            SELECT a.name AS authority, s.assessed_on, o.name AS lead_officer,
                   (SELECT count(*)::int FROM assessment_ratings r WHERE r.assessment_id = s.id) AS rated
            FROM assessments s JOIN authorities a ON a.id = s.authority_id LEFT JOIN officers o ON o.id = a.lead_officer_id
            WHERE s.assessed_on >= \(since) ORDER BY s.assessed_on, s.id
            """).map { row in
                Review.Assessed(authority: try row.decode("authority"), assessedOn: try row.decode("assessed_on"),
                                ratedCount: try row.decode("rated"), leadOfficer: try row.decode("lead_officer"))
            }
    }
}
