package org.duban.progress.publication;

import java.util.Locale;

/** Download formats of a publication, with the content type each is served as. */
public enum PublicationFormat {
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    CSV("text/csv; charset=UTF-8", "csv"),
    HTML("text/html; charset=UTF-8", "html"),
    MARKDOWN("text/markdown; charset=UTF-8", "md");

    private final String contentType;
    private final String extension;

    PublicationFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** Accepts the enum name or the file extension ("md", "xlsx"). */
    public static PublicationFormat parse(String value) {
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        for (PublicationFormat f : values()) {
            if (f.extension.equals(v) || f.name().toLowerCase(Locale.ROOT).equals(v)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + value + "', expected xlsx, csv, html or md");
    }
}
