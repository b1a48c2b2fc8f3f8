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
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.duban.local.TwoRegions.Data;
import org.duban.local.TwoRegions.Marker;
import org.duban.local.TwoRegions.Who;
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
    private static final String REGION_A = TwoRegions.REGION_A;
    private static final String REGION_B = TwoRegions.REGION_B;
    private static final int YEAR = TwoRegions.YEAR;

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

    private static final List<String> SERVICES = List.of("tasks-service", "progress-service", "indicators-service");

    private static Data a;
    private static Data b;
    private static Map<Who, String> tokens;

    @BeforeAll
    static void setUpTwoRegions() {
        TwoRegions regions = TwoRegions.create();
        a = regions.a;
        b = regions.b;
        tokens = regions.tokens;
    }

    @Test
    void shouldNeverAnswerAReadWithRowsOutsideTheCallersScope() {
        List<String> escapes = new ArrayList<>();
        Map<String, Set<Who>> sawMarker = new TreeMap<>();
        int calls = 0;
        for (String service : SERVICES) {
            String base = RunningSuite.get().service(service).baseUrl();
            JsonNode paths = TwoRegions.readJson(base + "/q/openapi?format=json").get("paths");
            for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> path = it.next();
                JsonNode get = path.getValue().get("get");
                if (get == null) {
                    continue;
                }
                for (String url : urls(path.getKey(), get)) {
                    for (Who who : Who.values()) {
                        String body = call(base + url, tokens.get(who));
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
        List<String> paths = TwoRegions.paths(template, a);
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

    private static Set<Who> union(Set<Who> base, Who... more) {
        Set<Who> all = new LinkedHashSet<>(base);
        all.addAll(List.of(more));
        return Set.copyOf(all);
    }
}
