import EngageCore

/// The filter links of a page: by region and by officer, each keeping the other.
enum Filters {
    /// The links for `path`, marking the current choice.
    /// - Parameter extra: More query items every link keeps (e.g. `overdue=true`).
    static func render(path: String, data: BoardData, extra: [(String, String)]) -> HTML {
        let officerItem = data.officer.map { [("officer", $0)] } ?? []
        let regionItem = data.region.map { [("region", $0.rawValue)] } ?? []
        let regions = [link(path, "All regions", extra + officerItem, current: data.region == nil)]
            + Region.allCases.map { region in
                link(path, region.name, extra + officerItem + [("region", region.rawValue)], current: data.region == region)
            }
        let officers = [link(path, "All officers", extra + regionItem, current: data.officer == nil)]
            + data.workload.officers.map { load in
                link(path, load.name, extra + regionItem + [("officer", load.name)], current: data.officer == load.name)
            }
        return """
            <nav class="filters" aria-label="Region">\(regions)</nav>
            <nav class="filters" aria-label="Officer">\(officers)</nav>
            """
    }

    private static func link(_ path: String, _ label: String, _ items: [(String, String)], current: Bool) -> HTML {
        let href = path + (items.isEmpty ? "" : HTML.query(items))
        return current ? "<a href=\"\(href)\" aria-current=\"true\">\(label)</a>" : "<a href=\"\(href)\">\(label)</a>"
    }
}
