package org.duban.indicators;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

/** The real seed documents (see {@link org.duban.testing.Seeds}) and this module's own fixtures. */
public final class Seeds {

    private Seeds() {
    }

    /**
     * The seed's lines, through {@link org.duban.testing.Seeds}: the test is skipped, visibly, when the seeds are not
     * checked out next to the repository, and fails instead under CI=true.
     */
    public static List<String> lines(String name) {
        try {
            return Files.readAllLines(org.duban.testing.Seeds.file(name), StandardCharsets.UTF_8);
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
