package org.duban.indicators.observation;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.duban.indicators.text.Csv;

/**
 * Reads observations from CSV with the header
 * {@code indicator,regionCode,year,period,value,unit,growthRate,estimate,source,releaseDate,revision}
 * (only indicator, regionCode, year, period and one of value/growthRate are required). Cells that are not numbers
 * (NaN, "约5") or dates are errors with their line; the caller stores nothing when there is any error.
 */
public final class ObservationCsvReader {

    public record Line(int line, ObservationInput input) {
    }

    public record Result(List<Line> lines, List<FieldError> errors) {
    }

    private static final Set<String> REQUIRED = Set.of("indicator", "regioncode", "year", "period");
    private static final Set<String> TRUE = Set.of("true", "yes", "y", "1", "是", "预计", "预计数");
    private static final Set<String> FALSE = Set.of("", "false", "no", "n", "0", "否");

    private ObservationCsvReader() {
    }

    public static Result read(Reader reader) throws IOException {
        List<Csv.Row> rows = Csv.readWithHeader(reader);
        List<Line> lines = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        if (rows.isEmpty()) {
            errors.add(new FieldError(1, "file", "文件没有数据行 / no data rows"));
            return new Result(lines, errors);
        }
        for (String column : REQUIRED) {
            if (!rows.get(0).values().containsKey(column)) {
                errors.add(new FieldError(1, column, "缺少列 / missing column " + column));
            }
        }
        if (!errors.isEmpty()) {
            return new Result(lines, errors);
        }
        for (Csv.Row row : rows) {
            int before = errors.size();
            Integer year = integer(row, "year", errors);
            BigDecimal value = decimal(row, "value", errors);
            BigDecimal growth = decimal(row, "growthRate", errors);
            boolean estimate = bool(row, "estimate", errors);
            boolean revision = bool(row, "revision", errors);
            LocalDate releaseDate = date(row, "releaseDate", errors);
            if (errors.size() == before) {
                lines.add(new Line(row.line(), new ObservationInput(row.get("indicator"), row.get("regionCode"), year,
                        row.get("period"), value, emptyToNull(row.get("unit")), growth, estimate,
                        emptyToNull(row.get("source")), releaseDate, revision)));
            }
        }
        return new Result(lines, errors);
    }

    private static Integer integer(Csv.Row row, String column, List<FieldError> errors) {
        String cell = row.get(column);
        try {
            return Integer.valueOf(cell);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(row.line(), column, "不是整数 / not an integer: " + cell));
            return null;
        }
    }

    /** BigDecimal refuses NaN and Infinity, which is what we want. Thousands separators are accepted. */
    private static BigDecimal decimal(Csv.Row row, String column, List<FieldError> errors) {
        String cell = row.get(column).replace(",", "").replace("%", "");
        if (cell.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(cell);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(row.line(), column, "不是数字 / not a number: " + row.get(column)));
            return null;
        }
    }

    private static boolean bool(Csv.Row row, String column, List<FieldError> errors) {
        String cell = row.get(column).toLowerCase(Locale.ROOT);
        if (TRUE.contains(cell)) {
            return true;
        }
        if (!FALSE.contains(cell)) {
            errors.add(new FieldError(row.line(), column, "应为 true 或 false / expected true or false: " + cell));
        }
        return false;
    }

    private static LocalDate date(Csv.Row row, String column, List<FieldError> errors) {
        String cell = row.get(column);
        if (cell.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(cell);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(row.line(), column, "日期应为 yyyy-MM-dd / date must be yyyy-MM-dd: " + cell));
            return null;
        }
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
