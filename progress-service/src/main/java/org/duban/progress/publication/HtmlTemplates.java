package org.duban.progress.publication;

import io.quarkus.qute.Engine;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.Template;
import io.quarkus.qute.Variant;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The HTML exports' Qute templates ({@code src/main/resources/templates/publication/}). Their engine escapes the value
 * of every expression for HTML ({@code < > & " '} as entities), so text from reports, plans and units reaches a page
 * as text and can never become markup: the only markup is the templates' own. The templates use no {@code raw} or
 * {@code safe}. One engine of the library itself rather than the container's, as documents are also rendered where
 * there is no container (a {@link TableWriter} is a plain object).
 */
final class HtmlTemplates {

    private static final Variant HTML = new Variant(Locale.ROOT, StandardCharsets.UTF_8, Variant.TEXT_HTML);

    private static final Engine ENGINE = Engine.builder()
            .addDefaults()
            .addValueResolver(new ReflectionValueResolver())
            .addResultMapper(new HtmlEscaper(List.of(Variant.TEXT_HTML)))
            .removeStandaloneLines(true)
            .strictRendering(true)
            .build();

    /** A {@link TableDocument}: title, headers, rows (each cell as its lines) and footnotes. */
    static final Template TABLE = load("table.html");

    /** A {@link Notice}: title and blocks ({@link NoticeRenderer.Block}). */
    static final Template NOTICE = load("notice.html");

    private HtmlTemplates() {
    }

    private static Template load(String name) {
        String path = "/templates/publication/" + name;
        try (InputStream in = HtmlTemplates.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing template " + path);
            }
            return ENGINE.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), HTML, "publication/" + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
