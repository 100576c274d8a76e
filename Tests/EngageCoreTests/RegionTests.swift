import EngageCore
import Testing

@Suite("Regions")
struct RegionTests {
    @Test("Every region reads back from its key and from its name, in any case", arguments: Region.allCases)
    func keysAndNames(region: Region) {
        #expect(Region(parsing: region.rawValue) == region)
        #expect(Region(parsing: region.name) == region)
        #expect(Region(parsing: region.name.uppercased()) == region)
    }

    @Test("Short forms and spellings people use are aliases", arguments: [
        ("Yorkshire", Region.yorkshireAndTheHumber), ("Yorkshire & the Humber", .yorkshireAndTheHumber),
        ("Yorkshire and Humber", .yorkshireAndTheHumber), ("NW", .northWest), ("north_east", .northEast),
        ("East", .eastOfEngland), ("se", .southEast), ("SW", .southWest), (" London ", .london),
    ])
    func aliases(text: String, region: Region) {
        #expect(Region(parsing: text) == region)
    }

    @Test("An unknown region is refused, listing the nine")
    func unknown() {
        #expect(Region(parsing: "Midlands") == nil)
        #expect(Region(parsing: "") == nil)
        #expect(throws: EngageError(.invalid, "unknown region 'Wessex'", hint: "use one of: North East, North West, Yorkshire and the Humber, East Midlands, West Midlands, East of England, London, South East, South West")) {
            try Region.parse("Wessex")
        }
    }

    @Test("There are nine, ordered north to south as in the regions table")
    func order() {
        #expect(Region.allCases.count == 9)
        #expect(Region.allCases.sorted() == Region.allCases)
        #expect(Region.northEast < Region.southWest)
    }
}
