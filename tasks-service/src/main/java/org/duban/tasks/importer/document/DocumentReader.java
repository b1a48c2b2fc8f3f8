package org.duban.tasks.importer.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.duban.tasks.importer.ImportFormatException;
import org.duban.tasks.importer.document.DocumentModel.Block;
import org.duban.tasks.importer.document.DocumentModel.FileType;
import org.duban.tasks.importer.document.DocumentModel.Note;
import org.duban.tasks.importer.document.DocumentModel.Row;
import org.duban.tasks.importer.document.DocumentModel.Table;

/**
 * Reads a file as it arrives into the one {@link DocumentModel}: the type is sniffed from the bytes (a ZIP with
 * word/document.xml is DOCX, with xl/workbook.xml XLSX; an OLE2 file is XLS), then the name and Content-Type
 * tell CSV and HTML from plain text. Libraries do the reading: Apache POI (DOCX, XLSX, XLS), jsoup (HTML),
 * Commons CSV (CSV); {@link TextDecoder} the character set.
 *
 * @throws UnsupportedFileException (415) for PDF, legacy .doc, other ZIPs, binary data or undecodable text
 * @throws ImportFormatException    (422) for a file of a supported type that is broken
 */
public final class DocumentReader {
    private static final int[] OLE2 = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};

    private DocumentReader() {}

    /**
     * @param bytes       the file
     * @param fileName    its name as uploaded (for .csv/.html), or null
     * @param contentType its Content-Type (text/csv, text/html; charset=GBK …), or null
     */
    public static DocumentModel read(byte[] bytes, String fileName, String contentType) {
        if (bytes == null || bytes.length == 0) {
            throw new ImportFormatException("文件为空 / the file is empty");
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (startsWith(bytes, 'P', 'K', 3, 4)) {
            String kind = zipKind(bytes);
            if (kind.equals("docx")) {
                return docx(bytes);
            }
            if (kind.equals("xlsx")) {
                return spreadsheet(bytes, FileType.XLSX);
            }
            throw new UnsupportedFileException("压缩文件不是DOCX或XLSX / the ZIP file is neither a DOCX nor an XLSX");
        }
        if (startsWith(bytes, OLE2)) {
            return spreadsheet(bytes, FileType.XLS);
        }
        if (startsWith(bytes, '%', 'P', 'D', 'F')) {
            throw new UnsupportedFileException("不支持PDF,请上传DOCX、XLSX、网页或文本 / PDF is not supported; upload DOCX, XLSX, HTML or text");
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes, contentType);
        String text = decoded.text().startsWith("\uFEFF") ? decoded.text().substring(1) : decoded.text();
        String charset = decoded.charset().name();
        if (name.endsWith(".csv") || type.startsWith("text/csv")) {
            return csv(text, charset);
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || type.startsWith("text/html") || HtmlReader.looksLikeHtml(text)) {
            return HtmlReader.read(text, charset);
        }
        return text(text, decoded.chinese() ? FileType.GBK : FileType.TXT, charset);
    }

    /** Plain text: one paragraph per line; pipe and one-cell-per-line tables become tables. */
    public static DocumentModel text(String text, FileType fileType, String charset) {
        String[] raw = text.split("\\r\\n|\\r|\\n", -1);
        int[] numbers = new int[raw.length];
        for (int i = 0; i < raw.length; i++) {
            numbers[i] = i + 1;
        }
        List<Note> notes = new ArrayList<>();
        List<Block> blocks = TextBlocks.of(List.of(raw), numbers, notes);
        return new DocumentModel(fileType, charset, blocks, notes);
    }

    /** Excel's hint on a CSV's first line naming its field separator: "sep=;", "sep=\t". */
    private static final java.util.regex.Pattern SEP_HINT = java.util.regex.Pattern.compile("^sep=(.)\\r?\\n");

    /**
     * A CSV, RFC 4180 quoting. The separator is the comma unless the file says otherwise: Excel's "sep=;" first line
     * (an export for a locale whose decimal mark is the comma; the line itself is no record), or — without it — a first
     * line that holds semicolons and no comma. Apache Commons CSV reads it; this is the importer's one CSV reader (the
     * completion-table CSV format reads through it too).
     */
    public static DocumentModel csv(String text, String charset) {
        List<Row> rows = new ArrayList<>();
        char delimiter = ',';
        long line = 1;
        java.util.regex.Matcher hint = SEP_HINT.matcher(text);
        if (hint.find()) {
            delimiter = hint.group(1).charAt(0);
            text = text.substring(hint.end());
            line = 2;
        } else {
            String first = text.lines().findFirst().orElse("");
            if (first.indexOf(';') >= 0 && first.indexOf(',') < 0 && first.indexOf('\t') < 0) {
                delimiter = ';';
            }
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            long offset = line - 1;
            for (CSVRecord record : parser) {
                rows.add(new Row((int) line, record.toList()));
                line = parser.getCurrentLineNumber() + 1 + offset;
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new ImportFormatException("CSV格式错误(引号未闭合?) / the CSV is malformed (an unclosed quote?): " + e.getMessage(), e);
        }
        return new DocumentModel(FileType.CSV, charset, List.of(new Table(1, rows)), List.of());
    }

    static DocumentModel docx(byte[] bytes) {
        return DocxReader.read(bytes);
    }

    /** Every sheet with content is one table; row numbers are the spreadsheet's own (1-based). */
    static DocumentModel spreadsheet(byte[] bytes, FileType type) {
        List<Block> blocks = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            DataFormatter format = new DataFormatter();
            // a formula cell shows what Excel last computed (="区财政局、"&B2 shows the names, not the formula)
            format.setUseCachedValuesForFormulaCells(true);
            for (Sheet sheet : workbook) {
                SpanGrid grid = new SpanGrid();
                Map<Long, CellRangeAddress> merged = new HashMap<>();
                for (CellRangeAddress range : sheet.getMergedRegions()) {
                    merged.put(key(range.getFirstRow(), range.getFirstColumn()), range);
                }
                Set<Long> covered = new HashSet<>();
                for (org.apache.poi.ss.usermodel.Row row : sheet) {
                    grid.startRow(row.getRowNum() + 1);
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        if (covered.contains(key(row.getRowNum(), c))) {
                            continue;
                        }
                        Cell cell = row.getCell(c);
                        String text = cell == null ? "" : format.formatCellValue(cell);
                        CellRangeAddress range = merged.get(key(row.getRowNum(), c));
                        if (range == null) {
                            grid.cell(text, 1, 1);
                            continue;
                        }
                        for (int r = range.getFirstRow(); r <= range.getLastRow(); r++) {
                            for (int k = range.getFirstColumn(); k <= range.getLastColumn(); k++) {
                                covered.add(key(r, k));
                            }
                        }
                        grid.cell(text, range.getLastColumn() - range.getFirstColumn() + 1,
                                range.getLastRow() - range.getFirstRow() + 1);
                    }
                    grid.endRow();
                }
                List<Row> rows = grid.rows();
                if (!rows.isEmpty()) {
                    blocks.add(new Table(rows.get(0).line(), rows));
                }
            }
        } catch (org.apache.poi.poifs.filesystem.OfficeXmlFileException | org.apache.poi.EmptyFileException e) {
            throw new ImportFormatException("无法读取" + type + "文件 / the file could not be read as " + type, e);
        } catch (IOException | RuntimeException e) {
            if (type == FileType.XLS) {
                throw new UnsupportedFileException("不是Excel工作簿(旧版Word .doc请另存为.docx) / the OLE2 file is not an Excel workbook"
                        + " (save a legacy .doc as .docx)");
            }
            throw new ImportFormatException("无法读取" + type + "文件 / the file could not be read as " + type + ": "
                    + "damaged, or too large once unpacked / 文件损坏或解压后过大", e);
        }
        return new DocumentModel(type, null, blocks, List.of());
    }

    private static long key(int row, int column) {
        return ((long) row << 20) | column;
    }

    private static String zipKind(byte[] bytes) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            int seen = 0;
            while ((e = zip.getNextEntry()) != null && seen++ < 200) {
                if (e.getName().equals("word/document.xml")) {
                    return "docx";
                }
                if (e.getName().equals("xl/workbook.xml")) {
                    return "xlsx";
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new ImportFormatException("压缩文件已损坏 / the ZIP file is damaged", e);
        }
        return "zip";
    }

    private static boolean startsWith(byte[] bytes, int... magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xff) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
