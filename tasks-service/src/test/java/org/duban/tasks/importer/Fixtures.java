package org.duban.tasks.importer;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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

    /** A seed document from ../shared/seeds; skips the calling test when the folder is not there. */
    static String seed(String name) {
        Path seeds = Path.of(System.getProperty("duban.repo.root", "..")).resolve("../shared/seeds").normalize();
        assumeTrue(Files.isDirectory(seeds), "../shared/seeds not present: real-seed tests skipped");
        try {
            return Files.readString(seeds.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ImportWarning> of(ParsedPlan plan, WarningCode code) {
        return plan.warnings().stream().filter(w -> w.code() == code).toList();
    }

    static ParsedTask task(ParsedSection section, String number) {
        return section.allTasks().stream().filter(t -> t.number().equals(number)).findFirst()
                .orElseThrow(() -> new AssertionError("no task " + number + " in " + section.title()));
    }
}
