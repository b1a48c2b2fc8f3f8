package org.duban.progress.publication;

/** Writes a {@link TableDocument} in one format. */
public interface TableWriter {

    PublicationFormat format();

    byte[] write(TableDocument document);

    static TableWriter of(PublicationFormat format) {
        return switch (format) {
            case XLSX -> new XlsxTableWriter();
            case CSV -> new CsvTableWriter();
            case HTML -> new HtmlTableWriter();
            case MARKDOWN -> new MarkdownTableWriter();
        };
    }
}
