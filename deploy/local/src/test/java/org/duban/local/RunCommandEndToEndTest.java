package org.duban.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.duban.infra.Ports;
import org.duban.local.console.ConsoleBrowser;
import org.junit.jupiter.api.Test;

/**
 * The run command ({@link DubanLocal}) as a person uses it, as its own process with its ports moved
 * by a random offset: killed outright it leaves no process behind, stopped with SIGTERM it stops
 * everything, and a taken port stops it before anything starts, with the port named.
 */
class RunCommandEndToEndTest {
    private static final Path REPO = Path.of(System.getProperty("duban.repo.root", "../..")).toAbsolutePath().normalize();

    /** An offset that moves all six fixed ports (8080–8083, 5433, 9092) to free ports below the ephemeral range. */
    private static int freeOffset() {
        return Ports.freeOffset(8080, 8081, 8082, 8083, 5433, 9092);
    }

    private record Run(Process process, Path log, Path dataDir) {
        String output() throws IOException {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        }

        /** The run command's processes: its children and PostgreSQL's postmaster (which pg_ctl detaches). */
        List<ProcessHandle> children() throws IOException {
            // direct children only: the watchdog's short-lived forks (its `sleep` between two looks) are not the suite's
            List<ProcessHandle> all = new ArrayList<>(process.children().toList());
            Path pid = dataDir.resolve("postgres/postmaster.pid");
            if (Files.exists(pid)) {
                ProcessHandle.of(Long.parseLong(Files.readAllLines(pid).get(0).trim())).ifPresent(all::add);
            }
            return all;
        }
    }

    private static Run start(String name, int offset) throws IOException {
        return start(name, offset, "run.log");
    }

    private static Run start(String name, int offset, String logName) throws IOException {
        Path dataDir = Path.of("target", "run-command", name).toAbsolutePath();
        Files.createDirectories(dataDir);
        Path log = dataDir.resolve(logName);
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dduban.repo.root=" + REPO, "-Dduban.data.dir=" + dataDir, "-Dduban.port.offset=" + offset,
                DubanLocal.class.getName())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new Run(process, log, dataDir);
    }

    private static void awaitRunning(Run run) throws Exception {
        try {
            Awaitility.await().atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofMillis(500))
                    .until(() -> run.output().contains("Duban is running") || !run.process().isAlive());
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("the run command did not come up:\n" + run.output());
        }
        if (!run.output().contains("Duban is running")) {
            throw new AssertionError("the run command exited with " + run.process().exitValue() + ":\n" + run.output());
        }
    }

    /** The children still alive once all are gone or {@code within} has passed. */
    private static List<ProcessHandle> survivors(List<ProcessHandle> children, Duration within) {
        try {
            Awaitility.await().atMost(within).pollInterval(Duration.ofMillis(200))
                    .until(() -> children.stream().noneMatch(ProcessHandle::isAlive));
        } catch (ConditionTimeoutException e) {
            // reported by the caller's assertion, naming the survivors
        }
        return children.stream().filter(ProcessHandle::isAlive).toList();
    }

    private static String describe(List<ProcessHandle> processes) {
        return processes.stream().map(p -> p.pid() + " " + p.info().commandLine().orElse("?")).toList().toString();
    }

    @Test
    void shouldLeaveNoProcessBehindWhenTheRunCommandIsKilled() throws Exception {
        Run run = start("sigkill", freeOffset());
        try {
            awaitRunning(run);
            List<ProcessHandle> children = run.children();
            assertTrue(children.size() >= 7, "4 services, Kafka, PostgreSQL and the watchdog: " + describe(children));
            Instant killed = Instant.now();
            run.process().destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            List<ProcessHandle> left = survivors(children, Duration.ofSeconds(10));
            System.out.printf("[run] SIGKILL: %d children, %d left after %d ms%n", children.size(), left.size(),
                    Duration.between(killed, Instant.now()).toMillis());
            assertEquals(List.of(), left, "orphans: " + describe(left));
        } finally {
            run.process().destroyForcibly();
        }
    }

    @Test
    void shouldStopEveryChildOnSigtermAndNeverTouchARunThatIsAlive() throws Exception {
        int offset = freeOffset();
        Run run = start("sigterm", offset);
        try {
            awaitRunning(run);
            // the run command is the demo: its gateway has the demo users (a gateway started otherwise has none)
            int demoLogin = io.restassured.RestAssured.given().baseUri("http://127.0.0.1:" + (8080 + offset))
                    .contentType("application/json").body("{\"login\":\"supervisor\",\"password\":\"duban-demo\"}")
                    .when().post("/api/auth/login").statusCode();
            assertEquals(200, demoLogin, "the demo supervisor signs in on the run command's gateway");
            String gateway = "http://127.0.0.1:" + (8080 + offset);
            assertTrue(run.output().contains("Console      " + gateway + "/"), "the banner names the console:\n" + run.output());
            demoLoginsLandOnPopulatedScreens(gateway);
            List<ProcessHandle> children = run.children();
            // a second start on the same data directory refuses at once and leaves the first alone
            Run second = start("sigterm", offset, "second.log");
            assertTrue(second.process().waitFor(60, TimeUnit.SECONDS), second.output());
            assertEquals(2, second.process().exitValue(), second.output());
            assertTrue(second.output().contains("is using") && second.output().contains("already"), second.output());
            assertTrue(children.stream().allMatch(ProcessHandle::isAlive), "the first run's children survive");
            run.process().destroy();
            assertTrue(run.process().waitFor(90, TimeUnit.SECONDS), "the run command stopped:\n" + run.output());
            List<ProcessHandle> left = survivors(children, Duration.ofSeconds(10));
            assertEquals(List.of(), left, "left running: " + describe(left));
            assertTrue(run.output().contains("stopping the suite"), run.output());
            assertTrue(!run.output().contains("while stopping"), run.output());
        } finally {
            run.process().destroyForcibly();
        }
    }

    /**
     * Each demo login of the banner, in the console the banner names (issue 17): the screen it lands on has rows — the
     * office's plans, the unit's to-do, the leader's tasks, the statistician's board, the administrator's audit.
     * Without Chromium it says so and checks nothing more (DemoDataEndToEndTest checks the same screens' API answers).
     */
    private static void demoLoginsLandOnPopulatedScreens(String gateway) {
        Map<String, String> landing = Map.of("supervisor", "计划与任务", "reporter", "我的待办", "head", "我的待办",
                "leader", "我分管的任务", "statistician", "指标看板", "admin", "操作审计");
        if (ConsoleBrowser.missing() != null) {
            System.out.println("[run] " + ConsoleBrowser.missing());
            return;
        }
        ConsoleBrowser.checkLandings(gateway, landing, "duban-demo");
    }

    @Test
    void shouldRefuseToStartWhenAPortIsTakenNamingThePort() throws Exception {
        int offset = freeOffset();
        int taken = 8082 + offset;
        try (ServerSocket squatter = new ServerSocket(taken, 1, InetAddress.getLoopbackAddress())) {
            Run run = start("port-taken", offset);
            try {
                assertTrue(run.process().waitFor(120, TimeUnit.SECONDS), "the run command gave up:\n" + run.output());
                assertEquals(2, run.process().exitValue(), run.output());
                assertTrue(run.output().contains("port " + taken + " (progress-service) is in use"), run.output());
                assertTrue(!run.output().contains("Duban is running"), run.output());
                assertEquals(List.of(), survivors(run.children(), Duration.ofSeconds(10)));
            } finally {
                run.process().destroyForcibly();
            }
        }
    }
}
