package org.duban.progress.publication;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** A standalone HTML page with the table and its footnotes. */
public final class HtmlTableWriter implements TableWriter {

    @Override
    public PublicationFormat format() {
        return PublicationFormat.HTML;
    }

    @Override
    public byte[] write(TableDocument doc) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n<title>")
                .append(Html.escape(doc.title())).append("</title>\n</head>\n<body>\n<h1>")
                .append(Html.escape(doc.title())).append("</h1>\n<table border=\"1\">\n<thead>\n<tr>");
        for (String h : doc.headers()) {
            sb.append("<th>").append(Html.escape(h)).append("</th>");
        }
        sb.append("</tr>\n</thead>\n<tbody>\n");
        for (List<String> row : doc.rows()) {
            sb.append("<tr>");
            for (String cell : row) {
                sb.append("<td>").append(Html.escape(cell).replace("\n", "<br>")).append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</tbody>\n</table>\n");
        for (String note : doc.footnotes()) {
            sb.append("<p class=\"footnote\">").append(Html.escape(note)).append("</p>\n");
        }
        sb.append("</body>\n</html>\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
