package org.duban.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Loads the demo data that ships with the services (their {@code src/main/resources/demo} folders, written for the
 * demo, not the seeds) through the gateway's public API, as a client would, so that every demo login lands on a
 * populated screen: the demo plan and the indicator targets and figures all in the current year (the files' years
 * are moved to it), reports of 区发改委 (the reporter and head logins' unit) in every state — accepted, returned with
 * a reason, submitted and waiting for review, a saved draft —, a late unit urged, and a frozen Q3 notice and
 * completion table. Loading twice changes nothing: the plan import
 * is idempotent, and the figures, reports and publications are skipped when the region already has some.
 */
final class DemoData {
    /** The demo logins' region (gateway demo users). */
    static final String REGION = "420102";
    /** The demo reporter and head logins' unit (gateway demo users: unit 1). */
    static final String DEMO_UNIT = "区发改委";
    /** A responsible unit of 区发改委's task that has not reported: the demo's late unit. */
    static final String LATE_UNIT = "区建设局";

    /** Signs a token for the demo loader acting in a role: roles, unit id (or null). */
    interface Tokens {
        String token(List<String> roles, String unitId);
    }

    private final Path repoRoot;
    private final String gateway;
    private final Tokens tokens;
    private final String token;
    private final Consumer<String> log;
    private final int year;
    private final String region;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param tokens signs the loader's tokens, in {@code region}
     * @param year   the year the demo is about (the current one for the run command)
     * @param region the region it loads into ({@link #REGION} for the run command)
     */
    DemoData(Path repoRoot, String gateway, Tokens tokens, int year, String region, Consumer<String> log) {
        this.repoRoot = repoRoot;
        this.region = region;
        this.gateway = gateway;
        this.tokens = tokens;
        this.token = tokens.token(List.of("ADMIN", "SYSTEM"), null);
        this.year = year;
        this.log = log;
    }

    /** The year of Asia/Shanghai today: the demo is about the year its user is in. */
    static int currentYear() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
    }

    /** Loads everything; throws when a step is refused, naming the call and the answer. */
    void load() throws IOException, InterruptedException {
        String planId = loadPlan();
        loadIndicators();
        loadReports(planId);
        urgeAndPublish(planId);
    }

    /** The demo plan's id. */
    String loadPlan() throws IOException, InterruptedException {
        HttpResponse<String> imported = send("POST", "/api/tasks/imports?regionCode=" + region + "&format=PLAN_TEXT&publish=true",
                "text/plain; charset=UTF-8", demo("tasks-service", "plan-2024-demo.txt").replace("2024", String.valueOf(year)), token);
        expect(imported, 200, 201);
        log.accept(imported.statusCode() == 201 ? "demo plan imported and published" : "demo plan already there");
        return json.readTree(imported.body()).path("planId").asText();
    }

    private void loadIndicators() throws IOException, InterruptedException {
        HttpResponse<String> existing = send("GET", "/api/indicators/observations?regionCode=" + region + "&year=" + year + "&pageSize=1",
                null, null, token);
        expect(existing, 200);
        if (json.readTree(existing.body()).path("pager").path("total").asInt() > 0) {
            log.accept("demo indicators already there");
            return;
        }
        expect(send("POST", "/api/indicators/targets", "application/json", inYear(demo("indicators-service", "targets-2019.json")), token), 201);
        expect(send("POST", "/api/indicators/observations/import/csv", "text/csv; charset=UTF-8",
                inYear(demo("indicators-service", "observations-2019.csv")), token), 200, 201);
        expect(send("POST", "/api/indicators/observations/import/notice", "application/json",
                inYear(demo("indicators-service", "notice-2019-q3.json")), token), 200, 201);
        log.accept("demo indicator targets and figures loaded for " + year);
    }

    /** The indicator files are written for 2019 and 420102: the same figures, in the demo's year and region. */
    private String inYear(String text) {
        return text.replace("2019", String.valueOf(year)).replace(REGION, region);
    }

    /**
     * 区发改委's reports on the task it leads (加快重点项目建设): Q1 accepted, H1 returned with a reason, Q3 submitted and
     * waiting for the office; its share of the GDP target (地区生产总值) saved as an ANNUAL draft.
     */
    private void loadReports(String planId) throws IOException, InterruptedException {
        HttpResponse<String> existing = send("GET", "/api/progress/reports?planId=" + planId + "&pageSize=1", null, null, token);
        expect(existing, 200);
        if (json.readTree(existing.body()).path("pager").path("total").asInt() > 0) {
            log.accept("demo reports already there");
            return;
        }
        JsonNode unit = json.readTree(expect(send("GET", "/api/tasks/units/resolve?regionCode=" + region + "&name="
                + java.net.URLEncoder.encode(DEMO_UNIT, StandardCharsets.UTF_8), null, null, token), 200).body());
        String unitId = unit.path("id").asText();
        contacts(unitId, "fgw");
        JsonNode tasks = json.readTree(expect(send("GET", "/api/tasks/tasks?planId=" + planId + "&pageSize=100", null, null, token), 200)
                .body()).path("items");
        String projects = taskId(tasks, "开工项目");
        String gdp = taskId(tasks, "地区生产总值");
        String reporter = tokens.token(List.of("UNIT_REPORTER"), unitId);
        String head = tokens.token(List.of("UNIT_HEAD"), unitId);
        String supervisor = tokens.token(List.of("SUPERVISOR"), null);
        awaitObligations(unitId, List.of(projects, gdp), supervisor);

        String q1 = submitted(projects, "Q1", "一季度新开工项目6个,完成年度任务的30%;总投资42亿元。", 30, reporter, head);
        expect(send("POST", "/api/progress/reports/" + q1 + "/accept", null, null, supervisor), 200);
        String h1 = submitted(projects, "H1", "上半年新开工项目9个。", 45, reporter, head);
        expect(send("POST", "/api/progress/reports/" + h1 + "/return", "application/json",
                "{\"reason\":\"请补充已开工项目的名称、投资额和形象进度。\"}", supervisor), 200);
        submitted(projects, "Q3", "前三季度新开工项目15个,完成年度任务的75%;总投资118亿元,其中工业项目9个。", 75, reporter, head);
        expect(send("POST", "/api/progress/reports", "application/json", "{\"taskId\":\"" + gdp
                + "\",\"period\":\"ANNUAL\",\"narrative\":\"全年地区生产总值预计增长6%左右(草稿,待统计局年报数据)。\"}", reporter), 201);
        log.accept("demo reports of " + DEMO_UNIT + ": accepted, returned, waiting for review, a draft");
    }

    /** A report drafted by the reporter and approved (审定) by the head: submitted to the office. Its id. */
    private String submitted(String taskId, String period, String narrative, int percent, String reporter, String head)
            throws IOException, InterruptedException {
        String body = json.writeValueAsString(java.util.Map.of("taskId", taskId, "period", period, "narrative", narrative,
                "percentOfAnnual", percent));
        String id = json.readTree(expect(send("POST", "/api/progress/reports", "application/json", body, reporter), 201).body())
                .path("id").asText();
        expect(send("POST", "/api/progress/reports/" + id + "/approve", null, null, head), 200);
        return id;
    }

    /** Until progress-service has learned from tasks-service's events that the unit owes reports on each of the tasks. */
    private void awaitObligations(String unitId, List<String> taskIds, String supervisor) throws IOException, InterruptedException {
        for (int i = 0; i < 120; i++) {
            HttpResponse<String> owed = send("GET", "/api/progress/obligations?unitId=" + unitId + "&pageSize=100", null, null, supervisor);
            if (owed.statusCode() == 200) {
                java.util.Set<String> known = new java.util.HashSet<>();
                json.readTree(owed.body()).path("items").forEach(o -> known.add(o.path("taskId").asText()));
                if (known.containsAll(taskIds)) {
                    return;
                }
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("progress-service has not learned the demo plan's tasks within a minute");
    }

    private static String taskId(JsonNode tasks, String titleContains) {
        for (JsonNode t : tasks) {
            if (t.path("title").asText().contains(titleContains)) {
                return t.path("id").asText();
            }
        }
        throw new IllegalStateException("the demo plan has no task about " + titleContains);
    }

    /**
     * The office urges a unit that has not reported the third quarter on 区发改委's task (区建设局, responsible), so the
     * 督办台账 has a line and the unit a red flag to see, then freezes the Q3 completion table and notice, as it does after
     * each period. (The scheduled sweep flags every overdue report of the region on its own; the demo does not run it
     * over the region's other plans.)
     */
    private void urgeAndPublish(String planId) throws IOException, InterruptedException {
        String supervisor = tokens.token(List.of("SUPERVISOR"), null);
        HttpResponse<String> published = send("GET", "/api/progress/publications?planId=" + planId + "&pageSize=1", null, null, supervisor);
        expect(published, 200);
        if (json.readTree(published.body()).path("pager").path("total").asInt() > 0) {
            log.accept("demo publications already there");
            return;
        }
        JsonNode tasks = json.readTree(expect(send("GET", "/api/tasks/tasks?planId=" + planId + "&pageSize=100", null, null, token), 200)
                .body()).path("items");
        String late = json.readTree(expect(send("GET", "/api/tasks/units/resolve?regionCode=" + region + "&name="
                + java.net.URLEncoder.encode(LATE_UNIT, StandardCharsets.UTF_8), null, null, token), 200).body()).path("id").asText();
        contacts(late, "jsj");
        awaitObligations(late, List.of(taskId(tasks, "开工项目")), supervisor);
        expect(send("POST", "/api/progress/supervision/urgings", "application/json", json.writeValueAsString(java.util.Map.of(
                "taskId", taskId(tasks, "开工项目"), "unitId", late, "period", "Q3",
                "note", "前三季度进展情况逾期未报,请于3个工作日内补报。")), supervisor), 201, 200);
        expect(send("POST", "/api/progress/publications", "application/json", "{\"planId\":\"" + planId
                + "\",\"period\":\"Q3\",\"kind\":\"COMPLETION_TABLE\"}", supervisor), 201);
        expect(send("POST", "/api/progress/publications", "application/json", "{\"planId\":\"" + planId
                + "\",\"period\":\"Q3\",\"kind\":\"NOTICE\",\"documentNumber\":\"示范督通〔" + year
                + "〕3号\",\"addressee\":\"各街道办事处,区人民政府各部门\",\"issuer\":\"示范区人民政府督查室\"}", supervisor), 201);
        log.accept("demo: " + LATE_UNIT + " urged for Q3; Q3 completion table and notice frozen");
    }

    /**
     * Gives a demo unit its contacts (a reporter and the head, at the reserved example.gov.cn domain) when it has none:
     * whom the gateway would e-mail the unit's reminders and urgings once mail is configured.
     */
    private void contacts(String unitId, String mailbox) throws IOException, InterruptedException {
        JsonNode current = json.readTree(expect(send("GET", "/api/tasks/units/" + unitId + "/contacts", null, null, token), 200).body());
        if (current.path("contacts").size() > 0) {
            return;
        }
        expect(send("PUT", "/api/tasks/units/" + unitId + "/contacts", "application/json", json.writeValueAsString(java.util.Map.of(
                "version", current.path("version").asInt(), "contacts", List.of(
                        java.util.Map.of("name", "填报员", "role", "REPORTER", "email", mailbox + "-tb@example.gov.cn"),
                        java.util.Map.of("name", "单位负责人", "role", "HEAD", "email", mailbox + "-fzr@example.gov.cn")))), token), 200);
    }

    private String demo(String module, String file) {
        try {
            return Files.readString(repoRoot.resolve(module).resolve("src/main/resources/demo").resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpResponse<String> expect(HttpResponse<String> response, int... statuses) {
        for (int status : statuses) {
            if (response.statusCode() == status) {
                return response;
            }
        }
        throw new IllegalStateException(response.request().method() + " " + response.request().uri().getPath() + " answered "
                + response.statusCode() + ": " + response.body());
    }

    /**
     * One call through the gateway; a 503 (a service still warming up, a change that came too late for the gateway's
     * wait and was not stored, a reading queue full) is tried again up to three times after its Retry-After (2 s when
     * none) — a 503 never leaves anything half-done, so sending again is safe.
     */
    private HttpResponse<String> send(String method, String path, String contentType, String body, String bearer)
            throws IOException, InterruptedException {
        HttpResponse<String> answer = sendOnce(method, path, contentType, body, bearer);
        for (int retry = 0; retry < 3 && answer.statusCode() == 503; retry++) {
            long seconds = answer.headers().firstValue("Retry-After").map(DemoData::seconds).orElse(2L);
            log.accept(method + " " + path.split("\\?", 2)[0] + " answered 503; again in " + seconds + " s");
            Thread.sleep(seconds * 1000);
            answer = sendOnce(method, path, contentType, body, bearer);
        }
        return answer;
    }

    private static long seconds(String retryAfter) {
        try {
            return Math.min(30, Math.max(1, Long.parseLong(retryAfter.trim())));
        } catch (NumberFormatException e) {
            return 2;
        }
    }

    private HttpResponse<String> sendOnce(String method, String path, String contentType, String body, String bearer)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                .timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + bearer)
                .header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
