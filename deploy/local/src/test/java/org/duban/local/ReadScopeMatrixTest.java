package org.duban.local;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.duban.infra.JwtSigner;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The read side of authorization, proven on data: two regions each get a draft plan's task, a lead unit's
 * work plan and submitted report, a co-unit's draft report and an urging, every one carrying a unique marker
 * text. Then every GET operation of every service's own OpenAPI document (so a new endpoint is covered the
 * day it appears) is called by every principal — each role, the lead unit, a co-unit, a related unit, an
 * unrelated unit, another region, a token without region, one without groups, anonymous — with the objects'
 * ids in the path and with and without the usual filters. Whatever the status, a response that carries a
 * marker its caller may not see is an escape; who may see which marker is the one table {@link #MAY_SEE}.
 * Prints {@code read scope: N calls, 0 escapes} and fails on any escape, or when a principal that may see a
 * marker never does (the test would otherwise pass on empty answers).
 */
class ReadScopeMatrixTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REGION_A = RunningSuite.REGION;
    private static final String REGION_B = "110101";
    private static final int YEAR = 2031;

    /** The data each region gets; the marker kinds. */
    enum Marker { DRAFT_TASK, WORK_PLAN, REPORT, DRAFT_REPORT, URGING }

    /** Who calls: roles and units of region A, then callers who must see nothing of region A's own rows. */
    enum Who {
        SUPERVISOR, LEADER, STATISTICIAN, LEAD_REPORTER, LEAD_HEAD, CO_UNIT_REPORTER, RELATED_UNIT_REPORTER,
        OTHER_UNIT_REPORTER, OTHER_REGION_SUPERVISOR, NO_REGION_SUPERVISOR, NO_REGION_REPORTER, NO_GROUPS, ANONYMOUS,
        ADMIN, SYSTEM
    }

    private static final Set<Who> OFFICE = Set.of(Who.SUPERVISOR, Who.LEADER, Who.ADMIN, Who.SYSTEM);

    /**
     * Who may see region A's markers (the lead unit owns the work plan and the submitted report, the co-unit its
     * draft report and the urging). Region B's markers: ADMIN, SYSTEM and B's supervisor only.
     */
    private static final Map<Marker, Set<Who>> MAY_SEE = Map.of(
            Marker.DRAFT_TASK, OFFICE,
            Marker.WORK_PLAN, union(OFFICE, Who.LEAD_REPORTER, Who.LEAD_HEAD),
            Marker.REPORT, union(OFFICE, Who.LEAD_REPORTER, Who.LEAD_HEAD),
            Marker.DRAFT_REPORT, union(OFFICE, Who.CO_UNIT_REPORTER),
            Marker.URGING, union(OFFICE, Who.CO_UNIT_REPORTER));
    private static final Set<Who> MAY_SEE_REGION_B = Set.of(Who.ADMIN, Who.SYSTEM, Who.OTHER_REGION_SUPERVISOR);

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{(\\w+)}");
    private static final List<String> SERVICES = List.of("tasks-service", "progress-service", "indicators-service");

    private static Data a;
    private static Data b;
    private static final Map<Who, String> TOKENS = new LinkedHashMap<>();

    /** One region's rows and their markers. */
    record Data(String region, Map<Marker, String> markers, Map<String, List<String>> ids, String leadUnit, String coUnit,
            String relatedUnit) {}

    @BeforeAll
    static void setUpTwoRegions() {
        RunningSuite.get();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        a = region(REGION_A, suffix);
        b = region(REGION_B, suffix);
        TOKENS.put(Who.SUPERVISOR, RunningSuite.token(List.of("SUPERVISOR"), REGION_A, null));
        TOKENS.put(Who.LEADER, RunningSuite.token(List.of("LEADER"), REGION_A, null));
        TOKENS.put(Who.STATISTICIAN, RunningSuite.token(List.of("STATISTICIAN"), REGION_A, null));
        TOKENS.put(Who.LEAD_REPORTER, RunningSuite.token(List.of("UNIT_REPORTER"), REGION_A, a.leadUnit()));
        TOKENS.put(Who.LEAD_HEAD, RunningSuite.token(List.of("UNIT_HEAD"), REGION_A, a.leadUnit()));
        TOKENS.put(Who.CO_UNIT_REPORTER, RunningSuite.token(List.of("UNIT_REPORTER"), REGION_A, a.coUnit()));
        TOKENS.put(Who.RELATED_UNIT_REPORTER, RunningSuite.token(List.of("UNIT_REPORTER"), REGION_A, a.relatedUnit()));
        TOKENS.put(Who.OTHER_UNIT_REPORTER, RunningSuite.token(List.of("UNIT_REPORTER"), REGION_A, "999999"));
        TOKENS.put(Who.OTHER_REGION_SUPERVISOR, RunningSuite.token(List.of("SUPERVISOR"), REGION_B, null));
        TOKENS.put(Who.NO_REGION_SUPERVISOR, RunningSuite.token(List.of("SUPERVISOR"), null, null));
        TOKENS.put(Who.NO_REGION_REPORTER, RunningSuite.token(List.of("UNIT_REPORTER"), null, a.leadUnit()));
        TOKENS.put(Who.NO_GROUPS, noGroups(REGION_A, a.leadUnit()));
        TOKENS.put(Who.ADMIN, RunningSuite.token(List.of("ADMIN"), null, null));
        TOKENS.put(Who.SYSTEM, RunningSuite.token(List.of("SYSTEM"), null, null));
    }

    @Test
    void shouldNeverAnswerAReadWithRowsOutsideTheCallersScope() {
        List<String> escapes = new ArrayList<>();
        Map<String, Set<Who>> sawMarker = new TreeMap<>();
        int calls = 0;
        for (String service : SERVICES) {
            String base = RunningSuite.get().service(service).baseUrl();
            JsonNode paths = readJson(base + "/q/openapi?format=json").get("paths");
            for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> path = it.next();
                JsonNode get = path.getValue().get("get");
                if (get == null) {
                    continue;
                }
                for (String url : urls(path.getKey(), get)) {
                    for (Who who : Who.values()) {
                        String body = call(base + url, TOKENS.get(who));
                        calls++;
                        for (Data region : List.of(a, b)) {
                            region.markers().forEach((marker, text) -> {
                                if (!body.contains(text)) {
                                    return;
                                }
                                sawMarker.computeIfAbsent(region.region() + " " + marker, k -> new TreeSet<>()).add(who);
                                Set<Who> allowed = region == a ? MAY_SEE.get(marker) : MAY_SEE_REGION_B;
                                if (!allowed.contains(who)) {
                                    escapes.add(who + " saw " + region.region() + "'s " + marker + " via GET " + url);
                                }
                            });
                        }
                    }
                }
            }
        }
        System.out.printf("read scope: %d calls, %d escapes%n", calls, escapes.size());
        escapes.forEach(e -> System.out.println("  ESCAPE " + e));
        Assertions.assertEquals(List.of(), escapes, "rows read outside the caller's scope");
        // not vacuous: everyone who may see a marker sees it through at least one endpoint
        MAY_SEE.forEach((marker, allowed) -> Assertions.assertEquals(new TreeSet<>(allowed),
                sawMarker.getOrDefault(REGION_A + " " + marker, Set.of()), "who saw region A's " + marker));
        for (Marker marker : Marker.values()) {
            Assertions.assertEquals(new TreeSet<>(MAY_SEE_REGION_B), sawMarker.getOrDefault(REGION_B + " " + marker, Set.of()),
                    "who saw region B's " + marker);
        }
    }

    /**
     * The concrete addresses to read for one operation: every combination of region A's ids for its path
     * parameters, without query parameters, with each filter it takes, and with all of them.
     */
    private static List<String> urls(String template, JsonNode operation) {
        List<String> paths = new ArrayList<>(List.of(template));
        Matcher m = PATH_PARAMETER.matcher(template);
        while (m.find()) {
            String parameter = m.group(1);
            String collection = template.substring(0, m.start()).replaceAll("/$", "");
            collection = collection.substring(collection.lastIndexOf('/') + 1);
            List<String> values = a.ids().getOrDefault(parameter.equals("id") ? collection : parameter, List.of("999999"));
            List<String> next = new ArrayList<>();
            for (String p : paths) {
                values.forEach(v -> next.add(p.replace("{" + parameter + "}", v)));
            }
            paths = next;
        }
        Map<String, String> filters = new LinkedHashMap<>();
        for (JsonNode parameter : operation.path("parameters")) {
            String name = parameter.path("name").asText();
            if ("query".equals(parameter.path("in").asText()) && filterValue(name) != null) {
                filters.put(name, filterValue(name));
            }
        }
        Set<String> queries = new LinkedHashSet<>();
        queries.add("");
        filters.forEach((name, value) -> queries.add(name + "=" + value));
        if (filters.containsKey("period")) {
            filters.forEach((name, value) -> queries.add(name + "=" + value + "&period=Q1"));
        }
        queries.add(String.join("&", filters.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
        List<String> urls = new ArrayList<>();
        boolean formats = operation.path("parameters").findValuesAsText("name").contains("format");
        for (String p : paths) {
            for (String q : queries) {
                urls.add(q.isEmpty() ? p : p + "?" + q);
                if (formats) {
                    urls.add(p + "?" + (q.isEmpty() ? "" : q + "&") + "format=csv");
                }
            }
        }
        return urls;
    }

    private static String filterValue(String name) {
        return switch (name) {
            case "regionCode" -> REGION_A;
            case "planId" -> a.ids().get("planId").get(0);
            case "taskId" -> a.ids().get("taskId").get(0);
            case "unitId" -> a.coUnit();
            case "year" -> String.valueOf(YEAR);
            case "period" -> "Q1";
            default -> null;
        };
    }

    private static String call(String url, String token) {
        RequestSpecification request = given().urlEncodingEnabled(false);
        if (token != null) {
            request.auth().oauth2(token);
        }
        Response response = request.when().get(url);
        return response.asString();
    }

    /** Creates region {@code code}'s rows, each with its marker text, through the services' own APIs. */
    private static Data region(String code, String suffix) {
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

    private static JsonNode post(String url, String token, Map<String, ?> body) {
        RequestSpecification request = given().auth().oauth2(token).contentType(ContentType.JSON);
        if (body != null) {
            request.body(body);
        }
        Response response = request.when().post(url);
        Assertions.assertTrue(response.statusCode() < 300, "POST " + url + " → " + response.statusCode() + " " + response.asString());
        return parse(response.asString());
    }

    private static JsonNode readJson(String url) {
        return parse(given().when().get(url).then().statusCode(200).extract().asString());
    }

    private static JsonNode readJson(String url, String token) {
        return parse(given().auth().oauth2(token).when().get(url).then().statusCode(200).extract().asString());
    }

    private static JsonNode parse(String text) {
        try {
            return text == null || text.isBlank() ? JSON.nullNode() : JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(text, e);
        }
    }

    /** A valid token of region {@code region} and unit {@code unit} with no {@code groups} claim. */
    private static String noGroups(String region, String unit) {
        Map<String, Object> claims = new LinkedHashMap<>();
        Instant now = Instant.now();
        claims.put("iss", "duban");
        claims.put("sub", "e2e-no-groups");
        claims.put("upn", "e2e-no-groups");
        claims.put("region", region);
        claims.put("unit", unit);
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plusSeconds(3600).getEpochSecond());
        return JwtSigner.sign(RunningSuite.signingKey(), claims);
    }

    private static Set<Who> union(Set<Who> base, Who... more) {
        Set<Who> all = new LinkedHashSet<>(base);
        all.addAll(List.of(more));
        return Set.copyOf(all);
    }
}
