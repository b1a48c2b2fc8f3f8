package org.duban.tasks.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.duban.tasks.unit.UnitNames;

/**
 * The import fidelity corpus under {@code src/test/resources/import-corpus/}: documents in every layout and file type
 * of issue 10, each beside the parse a careful person re-keying it would produce ({@code *.expected.json}). DOCX,
 * XLSX and XLS are built here with Apache POI from their {@code .src} (paragraphs, and tables between
 * {@code <<<table} and {@code >>>} with TAB-separated cells) — real Word and Excel files, read back by the importer as
 * any upload is.
 */
final class ImportCorpus {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ImportCorpus() {}

    /** One corpus document: its file as uploaded and what it must import as. */
    record Document(String name, String fileName, byte[] bytes, JsonNode expected) {
        String layout() {
            return expected.path("layout").asText("?");
        }

        String fileType() {
            return expected.path("fileType").asText("?");
        }

        List<String> directory() {
            List<String> out = new ArrayList<>();
            expected.path("directory").forEach(n -> out.add(n.asText()));
            return out;
        }
    }

    /** What one expected task says, in the comparable form of {@link #normalise}. */
    record Expected(String number, String text, List<String> leaders, List<String> leadUnits,
            List<String> responsibleUnits, List<String> relatedUnits, boolean warn) {}

    static List<Document> documents() {
        Path dir;
        try {
            dir = Path.of(ImportCorpus.class.getResource("/import-corpus").toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("the import corpus is missing from the test resources", e);
        }
        List<Document> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path expected : files.filter(p -> p.getFileName().toString().endsWith(".expected.json")).sorted().toList()) {
                String base = expected.getFileName().toString().replace(".expected.json", "");
                docs.add(load(dir, base, JSON.readTree(expected.toFile())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return docs;
    }

    private static Document load(Path dir, String base, JsonNode expected) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> candidates = files.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(base + ".") && !n.endsWith(".expected.json");
            }).toList();
            if (candidates.size() != 1) {
                throw new IllegalStateException("corpus document " + base + " has " + candidates.size() + " files: " + candidates);
            }
            Path file = candidates.get(0);
            String n = file.getFileName().toString();
            if (n.endsWith(".docx.src")) {
                return new Document(base, base + ".docx", docx(Files.readString(file)), expected);
            }
            if (n.endsWith(".xlsx.src")) {
                return new Document(base, base + ".xlsx", workbook(new XSSFWorkbook(), Files.readString(file)), expected);
            }
            if (n.endsWith(".xls.src")) {
                return new Document(base, base + ".xls", workbook(new HSSFWorkbook(), Files.readString(file)), expected);
            }
            return new Document(base, n, Files.readAllBytes(file), expected);
        }
    }

    static List<Expected> expectedTasks(Document d) {
        List<Expected> out = new ArrayList<>();
        for (JsonNode t : d.expected().path("tasks")) {
            out.add(new Expected(t.path("number").asText(), text(t.path("text").asText()), names(t.path("leaders"), false),
                    names(t.path("leadUnits"), true), names(t.path("responsibleUnits"), true),
                    names(t.path("relatedUnits"), true), t.path("warn").asBoolean(false)));
        }
        return out;
    }

    /** A parsed task in the same comparable form. */
    static Expected actual(ParsedTask t) {
        return new Expected(t.number(), text(t.text()), t.leaders().stream().map(UnitNames::clean).toList(),
                t.leadUnits().stream().map(u -> unit(u.name())).toList(),
                t.responsibleUnits().stream().map(u -> unit(u.name())).toList(),
                t.relatedUnits().stream().map(u -> unit(u.name())).toList(), false);
    }

    /** Spaces and full-width punctuation are how a text is typed, not what it says. */
    static String text(String s) {
        return UnitNames.clean(s);
    }

    /** A unit's name without spaces, alias 〈…〉 or trailing note (…): "区统计局(数据统计评估牵头单位)" is 区统计局. */
    static String unit(String s) {
        String n = UnitNames.clean(s);
        String previous;
        do {
            previous = n;
            n = n.replaceAll("\\([^()]*\\)$|〈[^〈〉]*〉$", "");
        } while (!n.equals(previous) && !n.isEmpty());
        return n.isEmpty() ? previous : n;
    }

    private static List<String> names(JsonNode array, boolean units) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(units ? unit(n.asText()) : UnitNames.clean(n.asText())));
        return out;
    }

    private static String cell(String written) {
        return written.replace("\\n", "\n");
    }

    static byte[] docx(String source) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            List<String> lines = source.lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.strip().equals("<<<table")) {
                    List<String[]> rows = new ArrayList<>();
                    for (i++; i < lines.size() && !lines.get(i).strip().equals(">>>"); i++) {
                        rows.add(lines.get(i).split("\t", -1));
                    }
                    int width = rows.stream().mapToInt(r -> r.length).max().orElse(1);
                    XWPFTable table = doc.createTable(Math.max(1, rows.size()), width);
                    for (int r = 0; r < rows.size(); r++) {
                        XWPFTableRow row = table.getRow(r);
                        for (int c = 0; c < width; c++) {
                            XWPFTableCell tc = row.getCell(c);
                            String value = c < rows.get(r).length ? cell(rows.get(r)[c]) : "";
                            String[] paras = value.split("\n", -1);
                            tc.getParagraphs().get(0).createRun().setText(paras[0]);
                            for (int p = 1; p < paras.length; p++) {
                                tc.addParagraph().createRun().setText(paras[p]);
                            }
                        }
                    }
                } else {
                    doc.createParagraph().createRun().setText(line);
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] workbook(Workbook wb, String source) {
        try (wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Sheet1");
            int r = 0;
            for (String line : source.lines().toList()) {
                if (line.strip().equals("<<<table") || line.strip().equals(">>>")) {
                    continue;
                }
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r++);
                String[] cells = line.split("\t", -1);
                for (int c = 0; c < cells.length; c++) {
                    if (!cells[c].isEmpty()) {
                        row.createCell(c).setCellValue(cell(cells[c]));
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
