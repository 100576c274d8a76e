/// Routes still to come.
enum FollowUpRoutes {
    static let all: [APIRoute] = []
}
