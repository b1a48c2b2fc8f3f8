package org.duban.indicators.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.duban.indicators.text.Csv;

/**
 * Reads the catalog from CSV: {@code code,nameZh,nameEn,unit,kind,higherIsBetter,synonyms,distinctFrom,note}
 * with '|' between several synonyms or codes.
 */
public final class CatalogLoader {

    public static final String DEFAULT_RESOURCE = "/catalog/indicators.csv";

    private CatalogLoader() {
    }

    /** The catalog shipped with the service. */
    public static IndicatorCatalog loadDefault() {
        try (InputStream in = CatalogLoader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            return load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static IndicatorCatalog load(Reader reader) throws IOException {
        List<Indicator> indicators = new ArrayList<>();
        for (Csv.Row row : Csv.readWithHeader(reader)) {
            try {
                indicators.add(toIndicator(row));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("catalog line " + row.line() + ": " + e.getMessage(), e);
            }
        }
        return new IndicatorCatalog(indicators);
    }

    private static Indicator toIndicator(Csv.Row row) {
        String unit = row.get("unit");
        Units.parse(unit).orElseThrow(() -> new IllegalArgumentException("unknown unit " + unit));
        String higher = row.get("higherIsBetter").toLowerCase(Locale.ROOT);
        if (!higher.equals("true") && !higher.equals("false")) {
            throw new IllegalArgumentException("higherIsBetter must be true or false");
        }
        return new Indicator(required(row, "code").toUpperCase(Locale.ROOT), required(row, "nameZh"),
                required(row, "nameEn"), unit, IndicatorKind.valueOf(required(row, "kind")),
                Boolean.parseBoolean(higher), list(row.get("synonyms")), list(row.get("distinctFrom")),
                row.get("note"));
    }

    private static String required(Csv.Row row, String column) {
        if (!row.has(column)) {
            throw new IllegalArgumentException(column + " is empty");
        }
        return row.get(column);
    }

    private static List<String> list(String cell) {
        return Arrays.stream(cell.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
