package org.duban.progress.publication;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** A GitHub-flavoured Markdown table; pipes and line breaks inside cells are escaped. */
public final class MarkdownTableWriter implements TableWriter {

    @Override
    public PublicationFormat format() {
        return PublicationFormat.MARKDOWN;
    }

    @Override
    public byte[] write(TableDocument doc) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(doc.title()).append("\n\n");
        row(sb, doc.headers());
        sb.append('|');
        doc.headers().forEach(h -> sb.append(" --- |"));
        sb.append('\n');
        for (List<String> row : doc.rows()) {
            row(sb, row);
        }
        for (String note : doc.footnotes()) {
            sb.append('\n').append(note).append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void row(StringBuilder sb, List<String> cells) {
        sb.append('|');
        for (String c : cells) {
            sb.append(' ').append(escape(c)).append(" |");
        }
        sb.append('\n');
    }

    static String escape(String cell) {
        return cell.replace("\\", "\\\\").replace("|", "\\|").replace("\r\n", "<br>").replace("\n", "<br>");
    }
}
