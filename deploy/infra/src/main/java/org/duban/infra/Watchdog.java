package org.duban.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A parent-death watch for every process the suite starts. {@link #guard} starts a small shell
 * process that polls this JVM's pid twice a second; when this JVM is gone without having cleaned up
 * (SIGKILL, a crash, an OOM kill), the watch stops the processes listed in the pid file in stages, as an
 * orderly stop would: the services (SIGTERM), then Kafka (SIGTERM), then PostgreSQL's postmaster
 * (SIGINT, its fast shutdown), the services given up to 2 s and the others 1.5 s each; then it kills what is
 * left (Kafka and PostgreSQL recover from a kill as from a crash). An orderly stop empties the file first, so the watch then exits doing nothing.
 * The watch ignores SIGINT, SIGTERM and SIGHUP, so a Ctrl-C to the terminal's process group leaves it
 * to clean up after the others.
 *
 * <p>The pid file ({@code <dataDir>/run/children.pids}, lines {@code STAGE SIGNAL PID}) also lets the next
 * start find and stop what a killed run left behind ({@link #stopLeftovers}).
 */
public final class Watchdog {
    private static final String SCRIPT = """
            trap '' INT TERM HUP
            parent=$1; pids=$2
            while kill -0 "$parent" 2>/dev/null; do sleep 0.5; done
            [ -s "$pids" ] || exit 0
            for stage in 1 2 3; do
              case $stage in 1) steps=4;; *) steps=3;; esac
              while read st sig pid; do [ "$st" = "$stage" ] && kill -"$sig" "$pid" 2>/dev/null; done < "$pids"
              i=0
              while [ $i -lt $steps ]; do
                alive=0
                while read st sig pid; do [ "$st" = "$stage" ] && kill -0 "$pid" 2>/dev/null && alive=1; done < "$pids"
                [ $alive = 0 ] && break
                sleep 0.5; i=$((i+1))
              done
            done
            while read st sig pid; do kill -KILL "$pid" 2>/dev/null; done < "$pids"
            rm -f "$pids"
            """;

    /** The order children are stopped in: services first, then Kafka, then PostgreSQL. */
    public enum Stage { SERVICE, BROKER, DATABASE }

    private static Watchdog current;

    private final Path pidFile;
    private final Map<Long, String> children = new LinkedHashMap<>();  // pid -> "STAGE SIGNAL"

    private Watchdog(Path pidFile) {
        this.pidFile = pidFile;
    }

    /** Starts the watch over this JVM with its pid file at {@code pidFile}; later calls answer the same watch. */
    public static synchronized Watchdog guard(Path pidFile) {
        if (current != null) {
            return current;
        }
        try {
            Files.createDirectories(pidFile.getParent());
            Files.deleteIfExists(pidFile);
            Files.writeString(ownerFile(pidFile), String.valueOf(ProcessHandle.current().pid()), StandardCharsets.US_ASCII);
            new ProcessBuilder("/bin/sh", "-c", SCRIPT, "duban-watchdog", String.valueOf(ProcessHandle.current().pid()),
                    pidFile.toString())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the watchdog for " + pidFile, e);
        }
        current = new Watchdog(pidFile);
        return current;
    }

    /**
     * Registers a started child, to be sent {@code signal} (TERM, INT) in its {@code stage} if this JVM dies
     * without cleaning up; the services get up to 2 s, Kafka and PostgreSQL 1.5 s each, and SIGKILL ends what is left.
     */
    public static synchronized void track(long pid, Stage stage, String signal) {
        if (current != null) {
            current.children.put(pid, (stage.ordinal() + 1) + " " + signal);
            current.write();
        }
    }

    /** Forgets a child that was stopped in order. */
    public static synchronized void untrack(long pid) {
        if (current != null && current.children.remove(pid) != null) {
            current.write();
        }
    }

    private void write() {
        String lines = children.entrySet().stream().map(e -> e.getValue() + " " + e.getKey() + "\n").collect(Collectors.joining());
        try {
            Path tmp = pidFile.resolveSibling(pidFile.getFileName() + ".tmp");
            Files.writeString(tmp, lines, StandardCharsets.US_ASCII);
            Files.move(tmp, pidFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + pidFile, e);
        }
    }

    private static Path ownerFile(Path pidFile) {
        return pidFile.resolveSibling("owner.pid");
    }

    /**
     * The pid of a process that guards {@code pidFile} and is still alive (another run using the same
     * data directory), if any: its children are not leftovers.
     */
    public static java.util.OptionalLong liveOwner(Path pidFile) {
        try {
            Path owner = ownerFile(pidFile);
            if (!Files.isRegularFile(owner)) {
                return java.util.OptionalLong.empty();
            }
            long pid = Long.parseLong(Files.readString(owner, StandardCharsets.US_ASCII).trim());
            return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)
                    ? java.util.OptionalLong.of(pid) : java.util.OptionalLong.empty();
        } catch (IOException | NumberFormatException e) {
            return java.util.OptionalLong.empty();
        }
    }

    /**
     * Stops the processes a previous run listed in {@code pidFile} and left running (its watch was
     * killed too, or the file is from before watches): only processes that are still alive and whose
     * command line names Duban's jars, Kafka or PostgreSQL are signalled.
     *
     * @return how many processes were stopped
     */
    public static int stopLeftovers(Path pidFile) {
        if (!Files.isRegularFile(pidFile)) {
            return 0;
        }
        int stopped = 0;
        try {
            for (String line : Files.readAllLines(pidFile, StandardCharsets.US_ASCII)) {
                String[] parts = line.trim().split("\\s+");
                if (parts.length != 3) {
                    continue;
                }
                var handle = ProcessHandle.of(Long.parseLong(parts[2])).filter(ProcessHandle::isAlive).filter(Watchdog::ours);
                if (handle.isPresent()) {
                    handle.get().destroy();
                    try {
                        handle.get().onExit().get(15, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (Exception timeout) {
                        handle.get().destroyForcibly();
                    }
                    stopped++;
                }
            }
            Files.deleteIfExists(pidFile);
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("could not read " + pidFile + ": " + e.getMessage(), e);
        }
        return stopped;
    }

    private static boolean ours(ProcessHandle process) {
        String command = process.info().commandLine().orElse("");
        return command.contains("quarkus-run.jar") || command.contains("kafka.Kafka") || command.contains("postgres");
    }
}
