package org.duban.tasks.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.duban.testing.Seeds;

/** The module's own small documents and, when present, the real seed documents. */
final class Fixtures {
    private Fixtures() {}

    static String resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A seed document from ../shared/seeds, through {@link Seeds#text}: skips the calling test visibly (SKIPPED …
     * on the console) when the folder is not there, and fails instead under CI=true.
     */
    static String seed(String name) {
        return Seeds.text(name);
    }

    static List<ImportWarning> of(ParsedPlan plan, WarningCode code) {
        return plan.warnings().stream().filter(w -> w.code() == code).toList();
    }

    static ParsedTask task(ParsedSection section, String number) {
        return section.allTasks().stream().filter(t -> t.number().equals(number)).findFirst()
                .orElseThrow(() -> new AssertionError("no task " + number + " in " + section.title()));
    }
}
