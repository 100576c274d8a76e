import TextTable
import Testing

@Suite("KeyValueBlock")
struct KeyValueBlockTests {
    @Test func padsKeysToTheLongest() {
        var block = KeyValueBlock()
        block.append("Name", "Sam Jones")
        block.append("Region", "North West")
        #expect(block.render() == "Name:   Sam Jones\nRegion: North West\n")
    }

    @Test func multiLineValuesIndentUnderValueColumn() {
        let block = KeyValueBlock([("Id", "7"), ("Notes", "First line\nsecond line\n\nafter blank")])
        #expect(block.render() == """
            Id:    7
            Notes: First line
                   second line

                   after blank

            """)
    }

    @Test func emptyValueHasNoTrailingSpace() {
        let block = KeyValueBlock([("Email", ""), ("Cap", "3")])
        #expect(block.render() == "Email:\nCap:   3\n")
    }

    @Test func emptyBlockRendersNothing() {
        #expect(KeyValueBlock().render() == "")
    }
}
