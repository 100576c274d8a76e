/// Every form of the board, each registered once on its route by `BoardRoutes`.
enum BoardForms {
    static let all: [BoardForm] = [
        AccountForms.passwordChange,
        FollowUpForms.add,
        FollowUpForms.done,
        ActivityForms.record,
        StageForms.advance,
        PeopleForms.add,
        PeopleForms.disable,
        PeopleForms.enable,
        PeopleForms.reset,
        ImportForms.upload,
    ]
}
