import EngageCore
import Postgres

extension Store {
    /// Records an authority's self-assessment, its participants and ratings, in one transaction.
    ///
    /// The audit row (`assessment.add`, entity `assessment`) names the authority, the date, the
    /// ratings and the participants; contacts by id only, so that erasing a contact leaves no copy
    /// of their personal data in it.
    /// - Parameter request: The validated assessment.
    /// - Returns: The stored assessment.
    /// - Throws: `EngageError.notFound` for an unknown authority or contact, `.invalid` for an
    ///   unknown statement key (naming the valid keys).
    public func addAssessment(_ request: NewAssessment) throws -> Assessment {
        try write { connection in
            let authority = try authorityForRecording(named: request.authority, in: connection)
            let keys = try statements(in: connection).map(\.key)
            if let unknown = request.ratings.first(where: { !keys.contains($0.statement) }) {
                throw Self.unknownStatement(unknown.statement, among: keys, kind: .invalid)
            }
            let contacts = try request.contacts.map { try requireContact(named: $0, in: authority, connection: connection) }
            let id = try connection.execute("""
                INSERT INTO assessments (authority_id, assessed_on) VALUES (\(authority.id), \(request.date)) RETURNING id
                """).singleRow().decode("id", as: Int64.self)
            var contactIds: Set<Int64> = []
            for contact in contacts where contactIds.insert(contact.id).inserted {
                // The row's own name stands in once the contact is erased (its id then becomes NULL):
                // it holds no personal data, and keeps the row within its CHECK.
                try connection.execute("""
                    INSERT INTO assessment_participants (assessment_id, contact_id, name)
                    VALUES (\(id), \(contact.id), \(Self.erasedName))
                    """)
            }
            for name in request.participants {
                try connection.execute("INSERT INTO assessment_participants (assessment_id, name) VALUES (\(id), \(name))")
            }
            for entry in request.ratings {
                try connection.execute("""
                    INSERT INTO assessment_ratings (assessment_id, statement_key, rating, evidence)
                    VALUES (\(id), \(entry.statement), \(entry.rating.rawValue), \(entry.evidence))
                    """)
            }
            guard let added = try loadAssessments(where: "s.id = \(id)", in: connection).first else {
                throw EngageError(.notFound, "assessment \(id) vanished while being added")
            }
            try audit(connection, action: "assessment.add", entity: "assessment", id: id,
                      details: AuditChange(after: AuditedAssessment(added)))
            return added
        }
    }

    /// An authority's assessments, oldest first (by date, then id).
    /// - Throws: `EngageError.notFound` for an unknown authority.
    public func assessments(of authority: String) throws -> [Assessment] {
        try consistentRead { connection in
            let found = try requireAuthority(named: authority, in: connection)
            return try loadAssessments(where: "s.authority_id = \(found.id)", in: connection)
        }
    }

    /// The latest assessment of an authority compared with its first or previous one, statement by
    /// statement; with a single assessment, just its ratings.
    /// - Throws: `EngageError.notFound` for an unknown authority, or one with no assessment.
    public func compareAssessments(of authority: String, against basis: AssessmentComparison.Basis) throws -> AssessmentComparison {
        try consistentRead { connection in
            let found = try requireAuthority(named: authority, in: connection)
            let all = try loadAssessments(where: "s.authority_id = \(found.id)", in: connection)
            guard let latest = all.last else {
                let listed = found.name.contains(" ") ? "\"\(found.name)\"" : found.name
                throw EngageError(.notFound, "\(found.name) has no assessment",
                                  hint: "record one with 'engage assessment add \(listed) --date YYYY-MM-DD --rate KEY=RATING'")
            }
            return AssessmentComparison(statements: try statements(in: connection), latest: latest,
                                        earlier: AssessmentComparison.earlier(among: all, basis: basis), basis: basis)
        }
    }

    /// The authority's latest assessment, if any.
    func latestAssessment(authorityId: Int64, in connection: Connection) throws -> Assessment? {
        try loadAssessments(where: """
            s.id = (SELECT id FROM assessments WHERE authority_id = \(authorityId) ORDER BY assessed_on DESC, id DESC LIMIT 1)
            """, in: connection).first
    }

    /// The assessments matching `condition` (on `assessments s`), oldest first, with their
    /// participants and ratings (in statement position order): three queries whatever their number.
    private func loadAssessments(where condition: Query, in connection: Connection) throws -> [Assessment] {
        let chosen: Query = "SELECT s.id FROM assessments s WHERE " + condition
        var assessments = try connection.execute("""
            SELECT s.id, a.name AS authority, s.assessed_on FROM assessments s JOIN authorities a ON a.id = s.authority_id
            WHERE
            """ + " " + condition + " ORDER BY s.assessed_on, s.id").map { row in
            Assessment(id: try row.decode("id"), authority: try row.decode("authority"), assessedOn: try row.decode("assessed_on"),
                       participants: [], ratings: [])
        }
        guard !assessments.isEmpty else { return [] }
        var index: [Int64: Int] = [:]
        for (position, assessment) in assessments.enumerated() { index[assessment.id] = position }
        for row in try connection.execute("""
            SELECT p.assessment_id, p.contact_id, coalesce(c.name, p.name) AS name
            FROM assessment_participants p LEFT JOIN contacts c ON c.id = p.contact_id
            WHERE p.assessment_id IN (
            """ + chosen + ") ORDER BY p.assessment_id, p.contact_id IS NULL, p.id") {
            guard let position = index[try row.decode("assessment_id", as: Int64.self)] else { continue }
            assessments[position].participants.append(
                Assessment.Participant(contactId: try row.decode("contact_id"), name: try row.decode("name")))
        }
        for row in try connection.execute("""
            SELECT r.assessment_id, r.statement_key, r.rating, r.evidence
            FROM assessment_ratings r JOIN quality_statements q ON q.key = r.statement_key
            WHERE r.assessment_id IN (
            """ + chosen + ") ORDER BY r.assessment_id, q.position") {
            guard let position = index[try row.decode("assessment_id", as: Int64.self)] else { continue }
            let number = try row.decode("rating", as: Int.self)
            guard let rating = Rating(rawValue: number) else {
                throw EngageError(.invalid, "assessment \(assessments[position].id) holds the rating \(number), off the scale")
            }
            assessments[position].ratings.append(
                Assessment.Rated(statement: try row.decode("statement_key"), rating: rating, evidence: try row.decode("evidence")))
        }
        return assessments
    }
}

/// An assessment as its audit row holds it: contacts by id only (no personal data of contacts).
private struct AuditedAssessment: Encodable {
    struct Participant: Encodable {
        var contactId: Int64?
        var name: String?
    }

    var id: Int64
    var authority: String
    var assessedOn: Day
    var participants: [Participant]
    var ratings: [Assessment.Rated]

    init(_ assessment: Assessment) {
        id = assessment.id
        authority = assessment.authority
        assessedOn = assessment.assessedOn
        participants = assessment.participants.map {
            Participant(contactId: $0.contactId, name: $0.contactId == nil ? $0.name : nil)
        }
        ratings = assessment.ratings
    }
}
