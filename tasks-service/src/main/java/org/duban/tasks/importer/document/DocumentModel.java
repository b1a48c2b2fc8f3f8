package org.duban.tasks.importer.document;

import java.util.ArrayList;
import java.util.List;

/**
 * One document as every layout recogniser sees it, whatever file it came as: paragraphs and tables of rows
 * and cells, in reading order. Text, GBK text, HTML, DOCX, XLSX, XLS and CSV all become this; nothing
 * downstream reads bytes.
 *
 * @param fileType what the bytes were (TXT, GBK, HTML, DOCX, XLSX, XLS, CSV)
 * @param charset  the character set text was decoded with (null for binary formats)
 * @param blocks   paragraphs and tables in reading order
 * @param notes    what the reader changed or could not be sure of (page chrome left out, a flattened table's row
 *                 with too few cells), each to become a warning in the preview
 */
public record DocumentModel(FileType fileType, String charset, List<Block> blocks, List<Note> notes) {

    public DocumentModel {
        blocks = List.copyOf(blocks);
        notes = List.copyOf(notes);
    }

    /** Something a reader did to the text: never silent, always shown as a warning. */
    public record Note(Kind kind, int line, String text) {
        public enum Kind {
            /** navigation, "打印本页", footer lines of a saved web page: left out */
            PAGE_CHROME,
            /** a row of a table flattened to one cell per line has more or fewer cells than its header */
            CELL_COUNT,
            /** text a web page hides from its readers (display:none, hidden): left out */
            HIDDEN_TEXT
        }
    }

    /** The file types an import accepts. */
    public enum FileType { TXT, GBK, HTML, DOCX, XLSX, XLS, CSV }

    /** A paragraph or a table. {@code line} is where it starts: the text line, or the block's position in a binary file. */
    public sealed interface Block permits Paragraph, Table {
        int line();
    }

    /** One line of text (one paragraph of a Word file, one line of a text file). */
    public record Paragraph(int line, String text) implements Block {}

    /** A table; each row keeps the line (or spreadsheet row) it starts on. */
    public record Table(int line, List<Row> rows) implements Block {
        public Table {
            rows = List.copyOf(rows);
        }
    }

    /** One row of cells, empty cells kept as "" so that positions hold. */
    public record Row(int line, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        public String cell(int i) {
            return i >= 0 && i < cells.size() && cells.get(i) != null ? cells.get(i).strip() : "";
        }

        public List<String> nonBlank() {
            List<String> out = new ArrayList<>();
            for (String c : cells) {
                if (c != null && !c.isBlank()) {
                    out.add(c.strip());
                }
            }
            return out;
        }
    }

    /** All the text of the document, tables as tab-separated rows: what the import's hash and excerpts use. */
    public String plainText() {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            if (b instanceof Paragraph p) {
                sb.append(p.text()).append('\n');
            } else if (b instanceof Table t) {
                for (Row r : t.rows()) {
                    sb.append(String.join("\t", r.cells())).append('\n');
                }
            }
        }
        return sb.toString();
    }
}
