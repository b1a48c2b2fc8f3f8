package org.duban.indicators.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void shouldReadQuotedCellsWithCommasQuotesAndLineBreaks() throws IOException {
        String csv = "\uFEFFName,Note\r\n# a comment\r\n\"a,b\",\"say \"\"hi\"\"\"\r\n\r\nc,\"two\nlines\"\r\nd\r\n";
        List<Csv.Row> rows = Csv.readWithHeader(new StringReader(csv));

        assertEquals(3, rows.size());
        assertEquals("a,b", rows.get(0).get("name"));
        assertEquals("say \"hi\"", rows.get(0).get("NOTE"));
        assertEquals(3, rows.get(0).line());
        assertEquals("two\nlines", rows.get(1).get("note"));
        assertEquals(5, rows.get(1).line());
        assertEquals(7, rows.get(2).line());
        assertEquals("", rows.get(2).get("note"), "missing trailing cells read as empty");
    }

    @Test
    void shouldAnswerNoRowsForAnEmptyFile() throws IOException {
        assertEquals(List.of(), Csv.readWithHeader(new StringReader("")));
    }
}
