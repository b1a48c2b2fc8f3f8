package org.duban.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The real seed documents in {@code ../shared/seeds} (beside the repository), for every module's tests.
 *
 * <p>When the folder is missing a test that needs it is skipped, and says so on the console with the
 * reason ({@code SKIPPED <test>: ../shared/seeds not present}); under {@code CI=true} (CI always has the
 * seeds) it fails instead, naming the folder, so a green build can never hide skipped seed tests.
 */
public final class Seeds {

    private Seeds() {
    }

    /** {@code <repo>/../shared/seeds}; the repository root comes from {@code -Dduban.repo.root}, else the module's parent. */
    public static Path folder() {
        return Path.of(System.getProperty("duban.repo.root", "..")).toAbsolutePath().resolve("../shared/seeds").normalize();
    }

    /** True under CI, where a missing seed folder is a broken checkout rather than a reason to skip. */
    public static boolean required() {
        return "true".equalsIgnoreCase(System.getenv("CI")) || Boolean.getBoolean("duban.seeds.required");
    }

    /**
     * The seed file {@code name}; skips the calling test visibly when the folder is absent (fails under CI).
     *
     * @throws AssertionError when the seeds are required and missing, or the folder exists without the file
     */
    public static Path file(String name) {
        Path folder = folder();
        if (!Files.isDirectory(folder)) {
            String reason = folder + " not present: real-seed tests need ../shared/seeds beside the repository";
            if (required()) {
                throw new AssertionError(reason + " (CI=true: the seeds are required)");
            }
            System.err.println("SKIPPED " + caller() + ": " + reason);
            Assumptions.abort(reason);
        }
        Path file = folder.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new AssertionError("seed " + name + " missing from " + folder);
        }
        return file;
    }

    /** The seed file's text (UTF-8), with {@link #file(String)}'s skip/fail rule. */
    public static String text(String name) {
        try {
            return Files.readString(file(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String caller() {
        return StackWalker.getInstance().walk(frames -> frames
                .filter(f -> !f.getClassName().equals(Seeds.class.getName()))
                .filter(f -> f.getClassName().endsWith("Test"))
                .findFirst().map(f -> f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "." + f.getMethodName())
                .orElse("a seed test"));
    }
}
