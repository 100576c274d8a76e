/// Every form of the board, each registered once on its route by `BoardRoutes`.
enum BoardForms {
    static let all: [BoardForm] = [
        AccountForms.passwordChange,
        FollowUpForms.add,
        FollowUpForms.done,
        ActivityForms.record,
        StageForms.advance,
        LifecycleForms.request,
        LifecycleForms.assign,
        LifecycleForms.reassign,
        LifecycleForms.waitlist,
        LifecycleForms.signpost,
        LifecycleForms.pause,
        LifecycleForms.resume,
        LifecycleForms.complete,
        LifecycleForms.close,
        TeamForms.officerCap,
        TeamForms.teamCap,
        NationalActivityForms.record,
        AuthorityForms.add,
    ]
}
