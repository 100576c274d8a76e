import ArgParse

extension Commands {
    /// The groups for outcomes: self-assessments against the Quality Statements, and the statements.
    static var outcomeGroups: [Node] {
        [
            .group(name: "assessment", abstract: "Self-assessments of an authority against the eight Quality Statements (rated 1–4).", children: [
                .leaf(AssessmentAddCommand.signature, AssessmentAddCommand.self),
                .leaf(AssessmentListCommand.signature, AssessmentListCommand.self),
                .leaf(AssessmentShowCommand.signature, AssessmentShowCommand.self),
            ]),
            .group(name: "statement", abstract: "The eight i-HOP Quality Statements assessments rate.", children: [
                .leaf(StatementListCommand.signature, StatementListCommand.self),
                .leaf(StatementRewordCommand.signature, StatementRewordCommand.self),
            ]),
        ]
    }
}
