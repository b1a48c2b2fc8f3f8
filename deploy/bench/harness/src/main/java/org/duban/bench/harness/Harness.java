package org.duban.bench.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.jwt.build.Jwt;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.duban.bench.harness.Load.Result;
import org.duban.infra.JwtKeys;
import org.duban.infra.Ports;
import org.duban.infra.ServiceProcess;
import org.duban.infra.Suite;

/**
 * Issue 14's benchmark, one command ({@code mvn -B -ntp -Pbench install -DskipTests}): starts the packaged suite on
 * free ports with rate limits off and the services' production JVM flags, and beside it the baseline app (the same
 * stack, none of Duban's domain) on the same PostgreSQL; loads a real plan (the 2019 seed, 96 tasks), a generated
 * 1,000-task plan and the seed completion table; warms each figure up, measures it, and prints a table of requests/s
 * and p50/p99/max latencies with each figure's ratio to the baseline of the same run and the target.
 *
 * <p>System properties: {@code duban.bench.seconds} (10, per figure), {@code duban.bench.warmup} (3),
 * {@code duban.bench.threads} (8), {@code duban.bench.event-rate} (200 events/s),
 * {@code duban.bench.sustained-event-rate} (50), {@code duban.bench.plan-tasks} (1000).
 */
public final class Harness {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SEED_REGION = "420102";
    private static final String BIG_REGION = "420111";
    private static final String TABLE_REGION = "430622";
    private static final String[] PERIODS = {"Q1", "H1", "Q3", "ANNUAL"};

    private final int seconds = Integer.getInteger("duban.bench.seconds", 10);
    private final int warmup = Integer.getInteger("duban.bench.warmup", 3);
    private final int threads = Integer.getInteger("duban.bench.threads", 8);
    private final int eventRate = Integer.getInteger("duban.bench.event-rate", 200);
    private final int sustainedRate = Integer.getInteger("duban.bench.sustained-event-rate", 50);
    private final int planTasks = Integer.getInteger("duban.bench.plan-tasks", 1000);
    private final Path repoRoot;
    private final Path dataDir;
    private JwtKeys keys;
    Suite suite;
    private ServiceProcess bench;
    private final List<Line> lines = new ArrayList<>();

    /** A printed line: the figure, what it is compared with (null: an absolute target), the target in words. */
    private record Line(Result result, Result baseline, String target, String absolute) {}

    private Harness(Path repoRoot) {
        this.repoRoot = repoRoot;
        this.dataDir = repoRoot.resolve("deploy/bench/harness/target/bench-data");
    }

    public static void main(String[] args) throws Exception {
        // the embedded Kafka and PostgreSQL log through slf4j-simple: their INFO lines would bury the figures
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        Path root = Path.of(System.getProperty("duban.repo.root", "../../..")).toAbsolutePath().normalize();
        Harness harness = new Harness(root);
        try {
            harness.run();
        } finally {
            harness.stop();
        }
        System.exit(0);
    }

    private void stop() {
        if (bench != null) {
            bench.stop();
        }
        if (suite != null) {
            suite.close();
        }
    }

    private void run() throws Exception {
        System.out.printf("Duban benchmark, %s, %d cores, Java %s, %d s per figure after %d s of warm-up, %d threads%n",
                LocalDate.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), seconds,
                warmup, threads);
        keys = JwtKeys.loadOrCreate(dataDir.resolve("jwt"));
        long t0 = System.nanoTime();
        Map<String, String> config = new HashMap<>(Map.of(
                "mp.jwt.verify.publickey.location", keys.publicKeyFile().toString(),
                "smallrye.jwt.sign.key.location", keys.privateKeyFile().toString(),
                "duban.gateway.rate-limit.enabled", "false"));
        if (Boolean.getBoolean("duban.bench.scale")) {
            // the scale data's regions are 500000 … 502799: the gateway serves them beside its own
            config.put("duban.gateway.regions", "420102," + ScaleData.TEMPLATE_REGION.substring(0, 2));
        }
        suite = Suite.start(repoRoot, dataDir, false, true, 0, config, System.out::println);
        double startup = (System.nanoTime() - t0) / 1e9;
        if (Boolean.getBoolean("duban.bench.scale")) {
            // issue 14 item 2: the national-scale data and the reads measured on it, instead of the figures below
            new ScaleData(this, startup).run();
            return;
        }
        suite.postgres().ensureDatabase("bench");
        bench = new ServiceProcess("bench-app", repoRoot.resolve("deploy/bench/app/target/quarkus-app/quarkus-run.jar"),
                Ports.free(), Map.of("quarkus.datasource.jdbc.url", suite.postgres().jdbcUrl("bench"),
                        "quarkus.datasource.username", suite.postgres().username()),
                dataDir.resolve("logs").resolve("bench-app.log")).start();
        bench.awaitReady(Duration.ofSeconds(60));

        String tasks = suite.service("tasks-service").baseUrl();
        String progress = suite.service("progress-service").baseUrl();
        String gateway = suite.service("gateway").baseUrl();
        String office = token(Set.of("SUPERVISOR"), SEED_REGION, null, "bench-office");
        String admin = token(Set.of("ADMIN", "SYSTEM"), null, null, "bench-admin");
        List<String> offices = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            offices.add(token(Set.of("SUPERVISOR"), SEED_REGION, null, "bench-office-" + i));
        }

        // the data: the seed plan, a generated plan of planTasks tasks (timed), the seed completion table
        long seedPlan = importPlan(tasks, admin, SEED_REGION, Files.readString(seed("district-2019-task-decomposition-plan.txt"))
                .replace("2019", "2026"), "PLAN_TEXT", null);
        JsonNode seedTasks = json(tasks + "/api/tasks/tasks?pageSize=100&planId=" + seedPlan, admin);
        String planTask = seedTasks.path("items").get(50).path("id").asText();
        long importStarted = System.nanoTime();
        long bigPlan = importPlan(tasks, admin, BIG_REGION, PlanText.of(2026, planTasks, 100), "PLAN_TEXT", null);
        double importMs = (System.nanoTime() - importStarted) / 1e6;
        long known = awaitTaskViews(String.valueOf(bigPlan), planTasks, Duration.ofSeconds(120));
        double importKnownMs = (System.nanoTime() - importStarted) / 1e6;
        long tablePlan = importPlan(tasks, token(Set.of("SUPERVISOR"), TABLE_REGION, null, "bench-table"), TABLE_REGION,
                Files.readString(seed("district-2018-q1-completion-table.txt")), "TABLE_TEXT", "Q1");
        List<Obligation> obligations = obligations(tasks, admin, bigPlan);
        String busyUnit = obligations.get(0).lead();

        // the baseline
        String benchUrl = bench.baseUrl() + "/bench/rows";
        for (int i = 0; i < 1000; i++) {
            Load.status(post(benchUrl, null, "{\"regionCode\":\"420102\",\"title\":\"基准行\"}"));
        }
        Result firstBareRead = measure("bare read by primary key (before the reads)",
                i -> ok(Load.status(get(benchUrl + "/" + (1 + i % 1000), null))));
        Result bareInsert = measure("bare insert", i -> ok(Load.status(post(benchUrl, null,
                "{\"regionCode\":\"420102\",\"title\":\"基准行\"}"))));

        // reads
        String taskPath = "/api/tasks/tasks/" + planTask;
        Result taskRead = measure("task read, direct", i -> ok(Load.status(get(tasks + taskPath, offices.get(i % offices.size())))));
        Result gatewayRead = measure("task read, through the gateway",
                i -> ok(Load.status(get(gateway + taskPath, offices.get(i % offices.size())))));
        // the baseline read again after the reads: a machine busy with the import's events during the first (a run of
        // 2026-12-02 measured 1,866/s against 5,741/s an hour before) would make every ratio look better than it is; the
        // better of the two is the baseline, so a ratio errs low, not high
        Result secondBareRead = measure("bare read by primary key (after the reads)",
                i -> ok(Load.status(get(benchUrl + "/" + (1 + i % 1000), null))));
        Result bareRead = firstBareRead.perSecond() >= secondBareRead.perSecond() ? firstBareRead : secondBareRead;
        line(firstBareRead, null, firstBareRead == bareRead ? "baseline" : "", null);
        line(secondBareRead, null, secondBareRead == bareRead ? "baseline" : "", null);
        line(bareInsert, null, "baseline", null);
        line(taskRead, bareRead, "≥ 70 % of bare read", null);
        line(gatewayRead, bareRead, "≥ 50 % of bare read", null);
        String bigOffice = token(Set.of("SUPERVISOR"), BIG_REGION, null, "bench-big-office");
        line(measure("a unit's task list (page of 50)", i -> ok(Load.status(get(tasks + "/api/tasks/units/" + busyUnit
                + "/tasks?pageSize=50&page=" + (1 + i % 3), bigOffice)))), bareRead, "p99 ≤ 30 ms at 1 M tasks", null);
        String tableOffice = token(Set.of("SUPERVISOR"), TABLE_REGION, null, "bench-table");
        String table = progress + "/api/progress/plans/" + tablePlan + "/completion-table?period=Q1&format=";
        line(measure("completion table, 96 tasks, CSV", 2, i -> ok(Load.status(get(table + "csv", tableOffice)))), bareRead,
                "≤ 50 ms at 1 M tasks", null);
        line(measure("completion table, 96 tasks, XLSX", 2, i -> ok(Load.status(get(table + "xlsx", tableOffice)))), bareRead,
                "≤ 50 ms at 1 M tasks", null);
        line(measure("plan dashboard, through the gateway", 2, i -> ok(Load.status(get(gateway + "/api/gateway/dashboards/plans/"
                + seedPlan, offices.get(i % offices.size()))))), bareRead, "", null);

        // writes: a unit drafts its report and its head approves it (two requests, each with its outbox event)
        Map<String, String> reporters = new HashMap<>();
        Map<String, String> heads = new HashMap<>();
        Instant submitsFrom = Instant.now();
        Result submit = measure("report submit (draft + approve)", i -> {
            Obligation o = obligations.get(i % obligations.size());
            String period = PERIODS[(i / obligations.size()) % PERIODS.length];
            String reporter = reporters.computeIfAbsent(o.unit(), u -> token(Set.of("UNIT_REPORTER"), BIG_REGION, u, "bench-r-" + u));
            String head = heads.computeIfAbsent(o.unit(), u -> token(Set.of("UNIT_HEAD"), BIG_REGION, u, "bench-h-" + u));
            HttpResponse<String> drafted = Load.send(post(progress + "/api/progress/reports", reporter, JSON.writeValueAsString(
                    Map.of("taskId", o.task(), "unitId", o.unit(), "period", period, "narrative", "按计划推进,完成阶段目标。"))));
            if (drafted.statusCode() != 201) {
                return false;
            }
            String id = JSON.readTree(drafted.body()).path("id").asText();
            return ok(Load.status(post(progress + "/api/progress/reports/" + id + "/approve", head, null)));
        });
        line(submit, bareInsert, "≥ 40 % of bare insert", null);

        // event propagation at a fixed rate: task changed (tasks-service) → progress-service's read model; at the issue's
        // 200 events/s and at a rate this machine sustains besides everything else (the pipeline's own latency)
        for (int rate : new int[] {eventRate, sustainedRate}) {
            Instant from = Instant.now();
            line(taskChanges(tasks, admin, bigOffice, bigPlan, rate), null, "", "sent at a fixed rate, latency from when each was due");
            Instant to = Instant.now();
            Thread.sleep(5000);
            line(propagation("task changed → progress-service read model, " + rate + "/s", "tasks", "progress",
                    "duban.tasks.task-updated.v1", from, to, seconds), null, "p99 ≤ 300 ms at 200 events/s", null);
        }
        line(propagation("report submitted → gateway (notifications, stream)", "progress", "gateway",
                "duban.progress.report-submitted.v1", submitsFrom, Instant.now(), seconds), null, "p99 ≤ 300 ms",
                "at the submit rate above");

        // single figures
        System.out.println();
        System.out.println("| figure | requests/s | p50 ms | p99 ms | max ms | ratio to baseline | target |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | --- |");
        for (Line l : lines) {
            Result r = l.result();
            String ratio = l.baseline() == null ? "" : String.format("%.1f %%", 100 * r.perSecond() / l.baseline().perSecond());
            System.out.printf("| %s%s | %s | %.2f | %.2f | %.2f | %s | %s |%n", r.name(),
                    r.failed() > 0 ? " (" + r.failed() + " failed)" : "", r.perSecond() > 0 ? String.format("%.0f", r.perSecond()) : "",
                    r.p50(), r.p99(), r.max(), ratio,
                    l.target() + (l.absolute() == null ? "" : (l.target().isEmpty() ? "" : "; ") + l.absolute()));
        }
        System.out.println();
        System.out.printf("| import and publish a %d-task plan | %.0f ms (answered), %.0f ms until progress-service knew all %d | target ≤ 2,000 ms |%n",
                planTasks, importMs, importKnownMs, known);
        System.out.printf("| stack start-up (PostgreSQL, Kafka, 4 services, in parallel) | %.1f s | target ≤ 30 s |%n", startup);
        for (ServiceProcess s : suite.services()) {
            System.out.printf("| RSS of %s after the load | %d MB | target ≤ 300 MB |%n", s.name(), rssMegabytes(s.pid()));
        }
        System.out.printf("| RSS of the baseline app | %d MB | |%n", rssMegabytes(bench.pid()));
    }

    private Result measure(String name, Load.Step step) throws Exception {
        return measure(name, threads, step);
    }

    /**
     * {@code rate} task changes a second for {@code seconds} s (open model) on the tasks of {@code planId}, each a PUT of
     * the task as it is with a new title and its current version; answers the PUTs' own figures.
     */
    private Result taskChanges(String tasks, String admin, String office, long planId, int rate) throws Exception {
        List<JsonNode> planTasks = new ArrayList<>();
        json(tasks + "/api/tasks/tasks?pageSize=1000&planId=" + planId, admin).path("items").forEach(planTasks::add);
        return Load.open("task changes sent at " + rate + "/s", rate, Duration.ofSeconds(seconds), i -> {
            JsonNode t = planTasks.get(i % planTasks.size());
            int round = i / planTasks.size();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("number", t.path("number").asText());
            body.put("title", t.path("title").asText() + "(" + rate + "/s 第" + (round + 1) + "次调整)");
            body.put("leadUnit", t.path("leadUnit").path("name").asText());
            List<String> responsible = new ArrayList<>();
            t.path("responsibleUnits").forEach(u -> responsible.add(u.path("name").asText()));
            body.put("responsibleUnits", responsible);
            body.put("version", t.path("version").asInt() + round);
            try {
                return HttpRequest.newBuilder(URI.create(tasks + "/api/tasks/tasks/" + t.path("id").asText()))
                        .header("Authorization", "Bearer " + office).header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** A warm-up of {@code warmup} s, then {@code seconds} s measured, with {@code threads} closed loops. */
    Result measure(String name, int loops, Load.Step step) throws Exception {
        int[] offset = {0};
        Load.closed(name, loops, Duration.ofSeconds(warmup), i -> step.run(offset[0] = i));
        int from = offset[0] + 1;
        Result r = Load.closed(name, loops, Duration.ofSeconds(seconds), i -> step.run(from + i));
        System.out.printf("%-50s %8.0f req/s  p50 %7.2f ms  p99 %7.2f ms  max %8.2f ms  (%d ok, %d failed)%n", r.name(),
                r.perSecond(), r.p50(), r.p99(), r.max(), r.ok(), r.failed());
        return r;
    }

    private void line(Result r, Result baseline, String target, String note) {
        lines.add(new Line(r, baseline, target, note));
    }

    private static boolean ok(int status) {
        return status >= 200 && status < 300;
    }

    Path seed(String name) {
        Path seeds = Path.of(System.getProperty("duban.seeds.dir", repoRoot.resolveSibling("shared").resolve("seeds").toString()));
        return seeds.resolve(name);
    }

    String token(Set<String> roles, String region, String unit, String login) {
        Instant now = Instant.now();
        var claims = Jwt.issuer("duban").subject(login).upn(login).groups(roles);
        if (region != null) {
            claims.claim("region", region);
        }
        if (unit != null) {
            claims.claim("unit", unit);
        }
        return claims.issuedAt(now).expiresAt(now.plus(Duration.ofHours(8))).sign(keys.keyPair().getPrivate());
    }

    static HttpRequest get(String url, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b.build();
    }

    static HttpRequest post(String url, String token, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b.build();
    }

    static JsonNode json(String url, String token) throws Exception {
        HttpResponse<String> r = Load.send(get(url, token));
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + " answered " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body());
    }

    /** Imports and publishes a document through tasks-service; answers the plan's id. */
    static long importPlan(String tasks, String token, String region, String text, String format, String period)
            throws Exception {
        String url = tasks + "/api/tasks/imports?regionCode=" + region + "&format=" + format + "&publish=true"
                + (period == null ? "" : "&period=" + period + "&year=2018");
        HttpResponse<String> r = Load.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)).build());
        if (r.statusCode() != 201) {
            throw new IllegalStateException("import " + format + " answered " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body()).path("planId").asLong();
    }

    /** A task of the generated plan with its lead unit and its responsible unit (who owes the report). */
    private record Obligation(String task, String lead, String unit) {}

    private static List<Obligation> obligations(String tasks, String admin, long planId) throws Exception {
        List<Obligation> out = new ArrayList<>();
        for (JsonNode t : json(tasks + "/api/tasks/tasks?pageSize=1000&planId=" + planId, admin).path("items")) {
            JsonNode responsible = t.path("responsibleUnits");
            if (responsible.size() > 0) {
                out.add(new Obligation(t.path("id").asText(), t.path("leadUnit").path("id").asText(),
                        responsible.get(0).path("id").asText()));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("the generated plan has no task with a responsible unit");
        }
        return out;
    }

    /** Waits until progress-service's read model holds {@code count} tasks of the plan; answers how many it holds. */
    long awaitTaskViews(String planId, int count, Duration timeout) throws Exception {
        Instant end = Instant.now().plus(timeout);
        long held = 0;
        try (Connection c = connect("progress"); PreparedStatement q = c.prepareStatement(
                "select count(*) from task_view where plan_id = ?")) {
            q.setString(1, planId);
            while (Instant.now().isBefore(end)) {
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    held = rs.getLong(1);
                }
                if (held >= count) {
                    return held;
                }
                Thread.sleep(20);
            }
        }
        return held;
    }

    Connection connect(String database) throws Exception {
        return DriverManager.getConnection(suite.postgres().jdbcUrl(database), suite.postgres().username(), "");
    }

    /**
     * From each event's outbox row at the producer ({@code created_at}, in the transaction that made the change) to its
     * inbox row at the consumer ({@code received_at}, in the transaction that applied it), for events of {@code type}
     * written from {@code from} until {@code to}.
     */
    private Result propagation(String name, String producer, String consumer, String type, Instant from, Instant to,
            int seconds) throws Exception {
        Map<String, Instant> written = new HashMap<>();
        try (Connection c = connect(producer); PreparedStatement q = c.prepareStatement(
                "select event_id, created_at from duban_outbox where type = ? and created_at >= ? and created_at < ?")) {
            q.setString(1, type);
            q.setObject(2, java.sql.Timestamp.from(from));
            q.setObject(3, java.sql.Timestamp.from(to));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    written.put(rs.getString(1), rs.getTimestamp(2).toInstant());
                }
            }
        }
        List<Long> micros = new ArrayList<>();
        try (Connection c = connect(consumer); PreparedStatement q = c.prepareStatement(
                "select event_id, received_at from duban_inbox where type = ? and received_at >= ?")) {
            q.setString(1, type);
            q.setObject(2, java.sql.Timestamp.from(from));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    Instant sent = written.get(rs.getString(1));
                    if (sent != null) {
                        micros.add(Duration.between(sent, rs.getTimestamp(2).toInstant()).toNanos() / 1000);
                    }
                }
            }
        }
        Result r = Load.of(name + " (" + micros.size() + " of " + written.size() + " events)", micros, seconds);
        System.out.printf("%-50s p50 %7.2f ms  p99 %7.2f ms  max %8.2f ms%n", r.name(), r.p50(), r.p99(), r.max());
        return new Result(r.name(), 0, r.p50(), r.p99(), r.max(), micros.size(), written.size() - micros.size());
    }

    static long rssMegabytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (Exception e) {
            return -1;
        }
        return -1;
    }
}
