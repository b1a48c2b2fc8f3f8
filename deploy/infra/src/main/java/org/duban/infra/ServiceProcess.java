package org.duban.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One Quarkus service started from its {@code quarkus-app/quarkus-run.jar} as a child JVM. */
public final class ServiceProcess implements AutoCloseable {
    private final String name;
    private final Path jar;
    private final int port;
    private final Map<String, String> config;
    private final Path log;
    private Process process;
    /** Told to the service ({@code duban.run.id}) and checked in its readiness, so that "ready" is this process. */
    private final String runId = java.util.UUID.randomUUID().toString();

    public ServiceProcess(String name, Path jar, int port, Map<String, String> config, Path log) {
        this.name = name;
        this.jar = jar;
        this.port = port;
        this.config = Map.copyOf(config);
        this.log = log;
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public synchronized ServiceProcess start() {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(name + " is not built: " + jar + " is missing (run mvn package)");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx384m");
        // a young generation of 48 MB instead of a third of the initial heap (1/64 of the machine's memory, 125 MB on
        // 24 GB): every young collection touches all of eden, so its size is resident; measured on the run command's
        // suite (deploy/bench/README.md, 2026-12-02): RSS after load 358/365/331/378 MB → 290/293/267/294 MB, task
        // reads and report submits within the noise (1,140 → 1,109/s, 74 → 75/s); under the harness's heavier load
        // 413/390/320/388 → 372/329/260/320 MB (what remains is old generation and metaspace)
        command.add("-Xmn48m");
        command.add("-XX:+UseSerialGC");
        command.add("-XX:TieredStopAtLevel=1");
        // a JVM out of memory is broken (threads died mid-work, readiness answers late or never): end it, so it is
        // restarted (Suite#superviseRestarts here, the kubelet in a cluster) instead of left answering nothing
        command.add("-XX:+ExitOnOutOfMemoryError");
        command.add("-Dquarkus.http.port=" + port);
        command.add("-Dquarkus.http.host=127.0.0.1");
        command.add("-Dduban.run.id=" + runId);
        config.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(jar.toString());
        try {
            Files.createDirectories(log.getParent());
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            Watchdog.track(process.pid(), Watchdog.Stage.SERVICE, "TERM");
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
        return this;
    }

    /**
     * Waits until {@code /q/health/ready} answers 200 with this process's run id: another process on
     * the port (a leftover of an earlier run) is never taken for this one.
     *
     * @throws IllegalStateException if this process exits or is not ready in time
     */
    public void awaitReady(Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (process == null || !process.isAlive()) {
                throw new IllegalStateException(name + " exited during start-up; see " + log);
            }
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains(runId)) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + name, e);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + name, e);
            }
        }
        throw new IllegalStateException(name + " not ready after " + timeout + "; see " + log);
    }

    /**
     * A second instance of this service (same database, broker and settings) on a free port, logging
     * beside this one as {@code name-N.log}; not started.
     */
    public ServiceProcess replica(int n) {
        return new ServiceProcess(name + "-" + n, jar, Ports.free(), config, log.resolveSibling(name + "-" + n + ".log"));
    }

    /** Kills the JVM at once (SIGKILL), as a crash would: no shutdown hook, nothing flushed or committed. */
    public synchronized void kill() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Watchdog.untrack(process.pid());
            process = null;
        }
    }

    public synchronized void stop() {
        if (process != null) {
            ProcessControl.terminate(process, Duration.ofSeconds(15));
            Watchdog.untrack(process.pid());
            process = null;
        }
    }

    /** The running JVM's process id, or -1 when it is not running. */
    public synchronized long pid() {
        return process == null ? -1 : process.pid();
    }

    /**
     * The exit code of a JVM that ended without {@link #stop()} or {@link #kill()} (it crashed or ran out of memory),
     * or -1 while it runs or after it was stopped on purpose.
     */
    public synchronized int exitedOnItsOwn() {
        return process != null && !process.isAlive() ? process.exitValue() : -1;
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    @Override
    public void close() {
        stop();
    }
}
