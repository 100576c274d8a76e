/// Routes still to come.
enum TeamRoutes {
    static let all: [APIRoute] = []
}
