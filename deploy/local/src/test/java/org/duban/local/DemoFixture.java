package org.duban.local;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.duban.infra.JwtKeys;
import org.duban.testing.TestTokens;

/**
 * The demo data on a running suite, for tests that use it as people would (the console's browser journeys): the
 * shared end-to-end suite with {@link DemoData} loaded (idempotent), or — for working on the console — a suite already
 * running from the run command, named by {@code -Dduban.console.url=http://127.0.0.1:8080} and
 * {@code -Dduban.console.jwt.dir=<data dir>/jwt}.
 */
public final class DemoFixture {
    private static DemoFixture instance;
    private final String gateway;
    private final PrivateKey key;
    private final String demoPlanId;
    private final String unitId;

    private DemoFixture(String gateway, PrivateKey key) throws Exception {
        this.gateway = gateway;
        this.key = key;
        Path repoRoot = Path.of(System.getProperty("duban.repo.root", "../..")).toAbsolutePath().normalize();
        DemoData data = new DemoData(repoRoot, gateway, (roles, unit) -> token(roles, unit), DemoData.currentYear(), DemoData.REGION,
                line -> {});
        data.load();
        this.demoPlanId = data.loadPlan();
        this.unitId = given().baseUri(gateway).auth().oauth2(token(List.of("SUPERVISOR"), null)).queryParam("regionCode", DemoData.REGION)
                .queryParam("name", DemoData.DEMO_UNIT).when().get("/api/tasks/units/resolve")
                .then().statusCode(200).extract().path("id").toString();
    }

    public static synchronized DemoFixture get() throws Exception {
        if (instance == null) {
            String url = System.getProperty("duban.console.url");
            instance = url != null
                    ? new DemoFixture(url, JwtKeys.loadOrCreate(Path.of(System.getProperty("duban.console.jwt.dir"))).keyPair().getPrivate())
                    : new DemoFixture(RunningSuite.gateway(), RunningSuite.signingKey());
        }
        return instance;
    }

    /** The year the demo is about (Asia/Shanghai's). */
    public static int currentYear() {
        return DemoData.currentYear();
    }

    public String gateway() {
        return gateway;
    }

    /** 区发改委, the demo unit. */
    public String unitId() {
        return unitId;
    }

    public String demoPlanId() {
        return demoPlanId;
    }

    public String token(List<String> roles, String unit) {
        return TestTokens.builder(new LinkedHashSet<>(roles), DemoData.REGION, unit, "e2e-console")
                .expiresAt(Instant.now().plus(Duration.ofHours(2))).sign(key);
    }

    /** A person of the embedded login in the demo region. */
    public void addUser(String login, String password, String role, String unit, String name) {
        Map<String, Object> body = new HashMap<>(Map.of("login", login, "password", password, "roles", List.of(role),
                "regionCode", DemoData.REGION, "name", name));
        if (unit != null) {
            body.put("unitId", unit);
        }
        given().baseUri(gateway).auth().oauth2(token(List.of("ADMIN"), null)).contentType(ContentType.JSON).body(body)
                .when().post("/api/gateway/users").then().statusCode(201);
    }

    /** A two-task decomposition notice of its own (the suffix makes it a new document), 区发改委 responsible for both. */
    public String journeyPlan(String suffix) {
        int year = DemoData.currentYear();
        return "(示范政办〔" + year + "〕9号)区人民政府办公室关于印发控制台演练" + suffix + "事项责任分解方案的通知\n\n"
                + "各街道办事处,区人民政府各部门:\n\n"
                + year + "年控制台演练" + suffix + "事项责任分解方案\n\n"
                + "一、" + year + "年城市更新工作(共2项)\n\n"
                + "(一)推进老旧小区改造12个(演练" + suffix + ")。(责任领导:张副区长;牵头单位:区发改委;责任单位:区建设局)\n\n"
                + "(二)新建口袋公园5个(演练" + suffix + ")。(责任领导:张副区长;责任单位:区发改委)\n";
    }

    public String taskIdOf(String planId, String titleContains) {
        JsonPath tasks = given().baseUri(gateway).auth().oauth2(token(List.of("SUPERVISOR"), null)).queryParam("pageSize", 100)
                .when().get("/api/tasks/plans/" + planId + "/tasks").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = tasks.getList("items");
        return items.stream().filter(t -> String.valueOf(t.get("title")).contains(titleContains)).map(t -> String.valueOf(t.get("id")))
                .findFirst().orElseThrow(() -> new AssertionError("no task about " + titleContains + " in plan " + planId + ": " + items));
    }

    /** The names of a task's responsible units. */
    public List<String> responsibleUnits(String taskId) {
        return given().baseUri(gateway).auth().oauth2(token(List.of("SUPERVISOR"), null)).when().get("/api/tasks/tasks/" + taskId)
                .then().statusCode(200).extract().jsonPath().getList("responsibleUnits.name", String.class);
    }

    /** Until progress-service knows from tasks-service's events that the demo unit owes reports on the task. */
    public void awaitObligation(String taskId) {
        String supervisor = token(List.of("SUPERVISOR"), null);
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> given().baseUri(gateway)
                .auth().oauth2(supervisor).queryParam("unitId", unitId).queryParam("pageSize", 1000)
                .when().get("/api/progress/obligations").then().statusCode(200).extract().jsonPath()
                .getList("items.taskId", String.class).contains(taskId));
    }

    /** The status of the demo unit's current report on a task and period. */
    public String reportStatus(String taskId, String period) {
        return given().baseUri(gateway).auth().oauth2(token(List.of("SUPERVISOR"), null)).queryParam("taskId", taskId)
                .queryParam("period", period).queryParam("unitId", unitId).queryParam("current", true)
                .when().get("/api/progress/reports").then().statusCode(200).extract().path("items[0].status");
    }

    /** A plan's newest frozen notice, as HTML. */
    public String frozenNoticeHtml(String planId) {
        return given().baseUri(gateway).queryParam("format", "html").when().get("/api/progress/publications/" + newestNotice(planId) + "/content")
                .then().statusCode(200).extract().asString();
    }

    private String newestNotice(String planId) {
        List<Map<String, Object>> notices = given().baseUri(gateway).queryParam("planId", planId).queryParam("kind", "NOTICE")
                .queryParam("pageSize", 1000).when().get("/api/progress/publications").then().statusCode(200).extract().jsonPath()
                .getList("items");
        return notices.stream().max(java.util.Comparator.comparingInt(n -> ((Number) n.get("version")).intValue()))
                .map(n -> String.valueOf(n.get("id"))).orElseThrow();
    }

    /** Whether a plan's newest frozen notice carries the text. */
    public boolean frozenNoticeContains(String planId, String text) {
        String content = given().baseUri(gateway).queryParam("format", "markdown")
                .when().get("/api/progress/publications/" + newestNotice(planId) + "/content")
                .then().statusCode(200).extract().asString();
        return content.contains(text);
    }

    /** The demo unit's reporter drafts a report and its head approves it (审定): submitted to the office, through the API. */
    public void submitReport(String taskId, String period, String narrative) {
        String id = given().baseUri(gateway).auth().oauth2(token(List.of("UNIT_REPORTER"), unitId)).contentType(ContentType.JSON)
                .body(Map.of("taskId", taskId, "period", period, "narrative", narrative, "percentOfAnnual", 40))
                .when().post("/api/progress/reports").then().statusCode(201).extract().path("id");
        given().baseUri(gateway).auth().oauth2(token(List.of("UNIT_HEAD"), unitId)).when().post("/api/progress/reports/" + id + "/approve")
                .then().statusCode(200);
    }
}
