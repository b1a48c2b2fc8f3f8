package org.duban.local;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Assertions;

/**
 * Two regions' worth of real rows for the authorization matrices ({@link ReadScopeMatrixTest},
 * {@link WriteScopeMatrixTest}), created through the services' own APIs: in each region a draft plan's task, a
 * published plan's task with a lead unit, a co-unit and a related unit, the lead unit's work plan and submitted
 * report, the co-unit's draft report and an urging, each carrying a unique marker text; and the callers' tokens.
 */
final class TwoRegions {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String REGION_A = RunningSuite.REGION;
    static final String REGION_B = "110101";
    static final int YEAR = 2031;

    /** The data each region gets; the marker kinds. */
    enum Marker { DRAFT_TASK, WORK_PLAN, REPORT, DRAFT_REPORT, URGING }

    /** Who calls: roles and units of region A, then callers who must see nothing of region A's own rows. */
    enum Who {
        SUPERVISOR, LEADER, STATISTICIAN, LEAD_REPORTER, LEAD_HEAD, CO_UNIT_REPORTER, RELATED_UNIT_REPORTER,
        OTHER_UNIT_REPORTER, OTHER_REGION_SUPERVISOR, NO_REGION_SUPERVISOR, NO_REGION_REPORTER, NO_GROUPS, ANONYMOUS,
        ADMIN, SYSTEM
    }

    /** One region's rows and their markers. */
    record Data(String region, Map<Marker, String> markers, Map<String, List<String>> ids, String leadUnit, String coUnit,
            String relatedUnit) {}

    final Data a;
    final Data b;
    /** Each caller's token (none for ANONYMOUS). */
    final Map<Who, String> tokens = new LinkedHashMap<>();

    private TwoRegions(Data a, Data b) {
        this.a = a;
        this.b = b;
    }

    private static final java.util.regex.Pattern PATH_PARAMETER = java.util.regex.Pattern.compile("\\{(\\w+)}");

    /**
     * The template with region {@code data}'s ids for its path parameters, in every combination: {@code {id}} takes
     * the ids of the collection before it ({@code /reports/{id}} → the region's reports), a named parameter the ids
     * of that name ({@code {taskId}}), anything else 999999.
     */
    static List<String> paths(String template, Data data) {
        List<String> paths = new java.util.ArrayList<>(List.of(template));
        java.util.regex.Matcher m = PATH_PARAMETER.matcher(template);
        while (m.find()) {
            String parameter = m.group(1);
            String collection = template.substring(0, m.start()).replaceAll("/$", "");
            collection = collection.substring(collection.lastIndexOf('/') + 1);
            List<String> values = data.ids().getOrDefault(parameter.equals("id") ? collection : parameter, List.of("999999"));
            List<String> next = new java.util.ArrayList<>();
            for (String p : paths) {
                values.forEach(v -> next.add(p.replace("{" + parameter + "}", v)));
            }
            paths = next;
        }
        return paths;
    }

    /** Creates both regions' rows (fresh markers each call) and the callers' tokens. */
    static TwoRegions create() {
        RunningSuite.get();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        TwoRegions regions = new TwoRegions(region(REGION_A, suffix), region(REGION_B, suffix));
        Data a = regions.a;
        Map<Who, String> tokens = regions.tokens;
        tokens.put(Who.SUPERVISOR, RunningSuite.token(List.of("SUPERVISOR"), REGION_A, null));
        tokens.put(Who.LEADER, RunningSuite.token(List.of("LEADER"), REGION_A, null));
        tokens.put(Who.STATISTICIAN, RunningSuite.token(List.of("STATISTICIAN"), REGION_A, null));
        tokens.put(Who.LEAD_REPORTER, RunningSuite.token(List.of("UNIT_REPORTER"), REGION_A, a.leadUnit()));
        tokens.put(Who.LEAD_HEAD, RunningSuite.token(List.of("UNIT_HEAD"), REGION_A, a.leadUnit()));
        tokens.put(Who.CO_UNIT_REPORTER, RunningSuite.token(List.of("UNIT_REPORTER"), REGION_A, a.coUnit()));
        tokens.put(Who.RELATED_UNIT_REPORTER, RunningSuite.token(List.of("UNIT_REPORTER"), REGION_A, a.relatedUnit()));
        tokens.put(Who.OTHER_UNIT_REPORTER, RunningSuite.token(List.of("UNIT_REPORTER"), REGION_A, "999999"));
        tokens.put(Who.OTHER_REGION_SUPERVISOR, RunningSuite.token(List.of("SUPERVISOR"), REGION_B, null));
        tokens.put(Who.NO_REGION_SUPERVISOR, RunningSuite.token(List.of("SUPERVISOR"), null, null));
        tokens.put(Who.NO_REGION_REPORTER, RunningSuite.token(List.of("UNIT_REPORTER"), null, a.leadUnit()));
        tokens.put(Who.NO_GROUPS, noGroups(REGION_A, a.leadUnit()));
        tokens.put(Who.ADMIN, RunningSuite.token(List.of("ADMIN"), null, null));
        tokens.put(Who.SYSTEM, RunningSuite.token(List.of("SYSTEM"), null, null));
        return regions;
    }

    /** Creates region {@code code}'s rows, each with its marker text, through the services' own APIs. */
    static Data region(String code, String suffix) {
        Map<Marker, String> markers = new LinkedHashMap<>();
        for (Marker m : Marker.values()) {
            markers.put(m, "【" + m + "-" + code + "-" + suffix + "】");
        }
        String tasks = RunningSuite.get().service("tasks-service").baseUrl();
        String progress = RunningSuite.get().service("progress-service").baseUrl();
        String office = RunningSuite.token(List.of("SUPERVISOR"), code, null);

        String draftPlan = post(tasks + "/api/tasks/plans", office, Map.of("regionCode", code, "year", YEAR, "title", "草稿计划"))
                .path("id").asText();
        String draftTask = post(tasks + "/api/tasks/tasks", office, Map.of("regionCode", code, "year", YEAR, "planId",
                Long.valueOf(draftPlan), "number", "1", "title", "草稿任务" + markers.get(Marker.DRAFT_TASK),
                "leadUnit", "区读权限甲局" + suffix)).path("id").asText();
        String plan = post(tasks + "/api/tasks/plans", office, Map.of("regionCode", code, "year", YEAR, "title", "读权限计划"))
                .path("id").asText();
        JsonNode task = post(tasks + "/api/tasks/tasks", office, Map.of("regionCode", code, "year", YEAR, "planId",
                Long.valueOf(plan), "number", "1", "title", "读权限任务" + suffix, "leadUnit", "区读权限甲局" + suffix,
                "responsibleUnits", List.of("区读权限乙局" + suffix), "relatedUnits", List.of("区读权限丙局" + suffix)));
        String taskId = task.path("id").asText();
        String lead = task.path("leadUnit").path("id").asText();
        String co = task.path("responsibleUnits").path(0).path("id").asText();
        String related = task.path("relatedUnits").path(0).path("id").asText();
        int version = readJson(tasks + "/api/tasks/plans/" + plan, office).path("version").asInt();
        post(tasks + "/api/tasks/plans/" + plan + "/publish", office, Map.of("version", version));

        String leadReporter = RunningSuite.token(List.of("UNIT_REPORTER"), code, lead);
        String coReporter = RunningSuite.token(List.of("UNIT_REPORTER"), code, co);
        String workPlan = post(tasks + "/api/tasks/tasks/" + taskId + "/work-plans", leadReporter, Map.of("unitId", Long.valueOf(lead),
                "items", List.of(Map.of("content", "办理事项" + markers.get(Marker.WORK_PLAN))))).path("id").asText();
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() ->
                readJson(progress + "/api/progress/obligations?unitId=" + co, coReporter).path("pager").path("total").asInt() > 0
                        && readJson(progress + "/api/progress/obligations?unitId=" + lead, leadReporter).path("pager").path("total").asInt() > 0);
        String report = post(progress + "/api/progress/reports", leadReporter, Map.of("taskId", taskId, "period", "Q1",
                "narrative", "已完成" + markers.get(Marker.REPORT))).path("id").asText();
        post(progress + "/api/progress/reports/" + report + "/approve", RunningSuite.token(List.of("UNIT_HEAD"), code, lead), null);
        String draftReport = post(progress + "/api/progress/reports", coReporter, Map.of("taskId", taskId, "period", "Q1",
                "narrative", "草稿" + markers.get(Marker.DRAFT_REPORT))).path("id").asText();
        post(progress + "/api/progress/supervision/urgings", office, Map.of("taskId", taskId, "unitId", co, "period", "H1",
                "note", "请抓紧" + markers.get(Marker.URGING)));

        Map<String, List<String>> ids = new LinkedHashMap<>();
        ids.put("plans", List.of(draftPlan, plan));
        ids.put("planId", List.of(plan, draftPlan));
        ids.put("tasks", List.of(draftTask, taskId));
        ids.put("taskId", List.of(taskId, draftTask));
        ids.put("work-plans", List.of(workPlan));
        ids.put("reports", List.of(report, draftReport));
        ids.put("units", List.of(lead, co));
        ids.put("unitId", List.of(lead, co));
        ids.put("regions", List.of(code));
        ids.put("code", List.of(code));
        return new Data(code, markers, ids, lead, co, related);
    }

    static JsonNode post(String url, String token, Map<String, ?> body) {
        RequestSpecification request = given().auth().oauth2(token).contentType(ContentType.JSON);
        if (body != null) {
            request.body(body);
        }
        Response response = request.when().post(url);
        Assertions.assertTrue(response.statusCode() < 300, "POST " + url + " → " + response.statusCode() + " " + response.asString());
        return parse(response.asString());
    }

    static JsonNode readJson(String url) {
        return parse(given().when().get(url).then().statusCode(200).extract().asString());
    }

    static JsonNode readJson(String url, String token) {
        return parse(given().auth().oauth2(token).when().get(url).then().statusCode(200).extract().asString());
    }

    static JsonNode parse(String text) {
        try {
            return text == null || text.isBlank() ? JSON.nullNode() : JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(text, e);
        }
    }

    /** A valid token of region {@code region} and unit {@code unit} with no {@code groups} claim. */
    static String noGroups(String region, String unit) {
        Map<String, Object> claims = new LinkedHashMap<>();
        Instant now = Instant.now();
        claims.put("iss", "duban");
        claims.put("sub", "e2e-no-groups");
        claims.put("upn", "e2e-no-groups");
        claims.put("region", region);
        claims.put("unit", unit);
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plusSeconds(3600).getEpochSecond());
        return Jwt.claims(claims).sign(RunningSuite.signingKey());
    }
}
