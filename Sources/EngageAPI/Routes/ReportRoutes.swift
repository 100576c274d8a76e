/// Routes still to come.
enum ReportRoutes {
    static let all: [APIRoute] = []
}
