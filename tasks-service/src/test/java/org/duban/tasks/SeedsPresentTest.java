package org.duban.tasks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.duban.testing.Seeds;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The guard of the real-seed tests: under CI=true the seed folder ({@code ../shared/seeds} beside the repository)
 * must be there, so a green CI build never means "the seed tests were skipped". Elsewhere a missing folder is
 * reported on the console (SKIPPED …) and this test is skipped like every seed test.
 */
class SeedsPresentTest {
    /** The seeds this module's tests read. */
    private static final List<String> USED = List.of(
            "district-2019-task-decomposition-plan.txt",
            "district-2018-q1-completion-table.txt");

    @Test
    void seedsArePresentWhereTheBuildRequiresThem() {
        Path folder = Seeds.folder();
        if (!Seeds.required() && !Files.isDirectory(folder)) {
            String reason = folder + " not present: real-seed tests are skipped (CI=true would fail here)";
            System.err.println("SKIPPED SeedsPresentTest.seedsArePresentWhereTheBuildRequiresThem: " + reason);
            Assumptions.abort(reason);
        }
        assertTrue(Files.isDirectory(folder), "the seeds folder " + folder
                + " (../shared/seeds beside the repository) is missing, and CI=true requires it: check out the seeds");
        for (String name : USED) {
            assertTrue(Files.isRegularFile(folder.resolve(name)), "seed " + name + " missing from the seeds folder " + folder);
        }
    }
}
