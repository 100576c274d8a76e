/// Every form of the board, each registered once on its route by `BoardRoutes`.
enum BoardForms {
    static let all: [BoardForm] = [
        AccountForms.passwordChange,
        FollowUpForms.add,
        FollowUpForms.done,
        ActivityForms.record,
        StageForms.advance,
        AgencyForms.add,
        ContactForms.add,
        ContactForms.erase,
        PlanForms.add,
        PlanForms.done,
        PlanForms.drop,
        AssessmentForms.add,
        BriefingForms.add,
        BriefingForms.send,
    ]
}
