package org.duban.indicators;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The real seed documents (skipped when absent) and this module's own fixtures. */
public final class Seeds {

    private Seeds() {
    }

    public static Path folder() {
        return Path.of(System.getProperty("duban.repo.root", "..")).resolve("../shared/seeds").normalize();
    }

    /** The seed's lines; the test is skipped when the seeds are not checked out next to the repository. */
    public static List<String> lines(String name) {
        Path file = folder().resolve(name);
        assumeTrue(Files.isRegularFile(file), "../shared/seeds not present: real-seed tests skipped");
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first line of a seed that contains {@code marker}. */
    public static String lineContaining(String name, String marker) {
        return lines(name).stream().filter(l -> l.contains(marker)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " has no line with " + marker));
    }

    /** The lines after the one containing {@code from}, up to the one containing {@code to}. */
    public static String between(String name, String from, String to) {
        List<String> lines = lines(name);
        int start = -1;
        int end = lines.size();
        for (int i = 0; i < lines.size(); i++) {
            if (start < 0 && lines.get(i).contains(from)) {
                start = i;
            } else if (start >= 0 && lines.get(i).contains(to)) {
                end = i;
                break;
            }
        }
        if (start < 0) {
            throw new AssertionError(name + " has no line with " + from);
        }
        return String.join("\n", lines.subList(start, end));
    }

    public static String fixture(String name) {
        try (InputStream in = Seeds.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new AssertionError("missing fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
