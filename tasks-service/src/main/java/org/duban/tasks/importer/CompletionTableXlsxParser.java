package org.duban.tasks.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.duban.tasks.unit.KnownUnits;

/**
 * Reads a completion table from the first sheet of an XLSX workbook. Anything that is not a readable XLSX
 * (a renamed text file, an old .xls, a truncated download) is an {@link ImportFormatException}, never a
 * POI exception escaping to the caller.
 */
public final class CompletionTableXlsxParser {
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final KnownUnits directory;

    public CompletionTableXlsxParser(KnownUnits directory) {
        this.directory = directory;
    }

    public ParsedPlan parse(byte[] xlsx) {
        if (xlsx == null || xlsx.length == 0) {
            throw new ImportFormatException("XLSX文件为空 / the XLSX file is empty");
        }
        if (xlsx.length < 4 || xlsx[0] != ZIP_MAGIC[0] || xlsx[1] != ZIP_MAGIC[1] || xlsx[2] != ZIP_MAGIC[2]
                || xlsx[3] != ZIP_MAGIC[3]) {
            throw new ImportFormatException("不是有效的XLSX文件 / the file is not an XLSX workbook");
        }
        List<TableGrid.Row> rows = new ArrayList<>();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new ImportFormatException("XLSX文件中没有工作表 / the workbook has no sheet");
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter format = new DataFormatter();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : format.formatCellValue(cell));
                }
                rows.add(new TableGrid.Row(row.getRowNum() + 1, cells));
            }
        } catch (ImportFormatException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // POI reports broken workbooks with many exception types; to the caller they are all "not an XLSX"
            throw new ImportFormatException("无法读取XLSX文件 / the file could not be read as an XLSX workbook: "
                    + "damaged, or too large once unpacked / 文件损坏或解压后过大", e);
        }
        return TableGrid.read("TABLE_XLSX", rows, directory);
    }
}
