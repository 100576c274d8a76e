import CSV
import Testing

@Suite("Writing CSV")
struct CSVWriterTests {
    @Test("Plain fields stay as they are; commas, quotes and line breaks are quoted, quotes doubled")
    func escaping() {
        var writer = CSVWriter()
        writer.append(["Somerset", "LSCB", "9"])
        writer.append(["Bristol, City of", "said \"yes\"", "line\nbreak", "cr\rhere", ""])
        #expect(writer.text == "Somerset,LSCB,9\n\"Bristol, City of\",\"said \"\"yes\"\"\",\"line\nbreak\",\"cr\rhere\",\n")
    }

    @Test("Non-ASCII text needs no quoting")
    func unicode() {
        #expect(CSVWriter.escape("Children's voice — naïve") == "Children's voice — naïve")
    }
}
