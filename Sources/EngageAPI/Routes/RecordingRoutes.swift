/// Routes still to come.
enum RecordingRoutes {
    static let all: [APIRoute] = []
}
