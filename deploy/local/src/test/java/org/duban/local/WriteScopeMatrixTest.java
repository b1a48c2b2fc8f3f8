package org.duban.local;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.duban.local.TwoRegions.Data;
import org.duban.local.TwoRegions.Who;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The write side of authorization, proven on data (issue 12 item 2). Every non-GET operation of every service's own
 * OpenAPI document (a new endpoint is covered the day it appears) is called with region A's ids in its path and a
 * body built from its schema with region A's values (region, year, task, plan, unit, period), by every caller
 * whom the one table {@link #MAY_WRITE} (operation kind × caller) does not allow: another unit of the region, a
 * related unit, another region's supervisor, tokens without region or groups, anonymous, the leader, the
 * statistician outside indicators. An escape is an answer 2xx after which region A's rows in the three databases
 * differ (a fingerprint of every table with a region or task column). Then the allowed caller makes the same call,
 * to show the bodies were good enough to matter. Prints {@code authz: N calls, 0 escapes}.
 */
class WriteScopeMatrixTest {
    private static final List<String> SERVICES = List.of("tasks-service", "progress-service", "indicators-service");
    private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** What an operation changes, by its path: decides who may call it. */
    enum Kind { OFFICE, UNIT_CONTACTS, WORK_PLAN, REPORT, APPROVAL, STATISTICS, OPERATIONS }

    private static final Set<Who> OPERATORS = EnumSet.of(Who.ADMIN, Who.SYSTEM);

    /** The one table: who may change region A's rows through an operation of each kind. Everyone else must not. */
    private static final Map<Kind, Set<Who>> MAY_WRITE = Map.of(
            Kind.OFFICE, with(OPERATORS, Who.SUPERVISOR),
            // a unit's contacts: the office, or the unit's own head (the call addresses the lead unit)
            Kind.UNIT_CONTACTS, with(OPERATORS, Who.SUPERVISOR, Who.LEAD_HEAD),
            // every unit that answers for the task files its own work plan (DESIGN.md), as it reports
            Kind.WORK_PLAN, with(OPERATORS, Who.SUPERVISOR, Who.LEAD_REPORTER, Who.LEAD_HEAD, Who.CO_UNIT_REPORTER),
            Kind.REPORT, with(OPERATORS, Who.LEAD_REPORTER, Who.CO_UNIT_REPORTER),
            Kind.APPROVAL, with(OPERATORS, Who.LEAD_HEAD),
            Kind.STATISTICS, with(OPERATORS, Who.SUPERVISOR, Who.STATISTICIAN),
            Kind.OPERATIONS, OPERATORS);

    /** The caller who does the call in the second pass, to show that its body passes validation. */
    private static final Map<Kind, Who> RIGHTFUL = Map.of(Kind.OFFICE, Who.SUPERVISOR, Kind.UNIT_CONTACTS, Who.SUPERVISOR,
            Kind.WORK_PLAN, Who.LEAD_REPORTER,
            Kind.REPORT, Who.LEAD_REPORTER, Kind.APPROVAL, Who.LEAD_HEAD, Kind.STATISTICS, Who.STATISTICIAN,
            Kind.OPERATIONS, Who.ADMIN);

    private static TwoRegions regions;
    private static Data a;
    private static final Map<String, Connection> DATABASES = new LinkedHashMap<>();
    private static final Map<String, List<String>> FINGERPRINT_QUERIES = new LinkedHashMap<>();

    static Kind kind(String template) {
        if (template.matches("/api/\\w+/events/.*") || template.startsWith("/api/tasks/regions")
                || template.startsWith("/api/progress/working-days")) {
            return Kind.OPERATIONS;
        }
        if (template.startsWith("/api/indicators/")) {
            return Kind.STATISTICS;
        }
        if (template.matches("/api/tasks/units/\\{\\w+}/contacts")) {
            return Kind.UNIT_CONTACTS;
        }
        if (template.matches("/api/tasks/work-plans/\\{\\w+}/(approve|return)")) {
            return Kind.OFFICE;
        }
        if (template.contains("/work-plans")) {
            return Kind.WORK_PLAN;
        }
        if (template.matches("/api/progress/reports/\\{\\w+}/approve")) {
            return Kind.APPROVAL;
        }
        if (template.matches("/api/progress/reports(/\\{\\w+})?(/revise)?")) {
            return Kind.REPORT;
        }
        return Kind.OFFICE;
    }

    record Call(String service, String method, String template, String url, String body, String contentType, Kind kind) {}

    @BeforeAll
    static void setUp() throws SQLException {
        regions = TwoRegions.create();
        a = regions.a;
        for (String database : List.of("tasks", "progress", "indicators")) {
            Connection connection = DriverManager.getConnection(RunningSuite.get().postgres().jdbcUrl(database),
                    RunningSuite.get().postgres().username(), "");
            DATABASES.put(database, connection);
            FINGERPRINT_QUERIES.put(database, fingerprintQueries(connection));
        }
        // the setup's events have been taken in everywhere before the first look
        AtomicReference<String> last = new AtomicReference<>("");
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> last.getAndSet(fingerprint()).equals(last.get()));
    }

    @AfterAll
    static void closeDatabases() throws SQLException {
        for (Connection connection : DATABASES.values()) {
            connection.close();
        }
    }

    @Test
    void shouldNeverLetACallerOutsideTheTableChangeRegionAsRows() throws Exception {
        List<Call> calls = new ArrayList<>();
        for (String service : SERVICES) {
            String base = RunningSuite.get().service(service).baseUrl();
            JsonNode document = TwoRegions.readJson(base + "/q/openapi?format=json");
            for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext();) {
                Map.Entry<String, JsonNode> path = paths.next();
                for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                    Map.Entry<String, JsonNode> op = ops.next();
                    if (WRITES.contains(op.getKey())) {
                        calls.addAll(calls(service, base, op.getKey().toUpperCase(), path.getKey(), op.getValue(), document));
                    }
                }
            }
        }
        // deletions last: the rightful pass must not take away what the other calls address
        calls.sort(Comparator.comparing(call -> call.method().equals("DELETE")));
        Assertions.assertTrue(calls.stream().map(Call::template).distinct().count() > 30, "the documents list the writes");

        String before = fingerprint();
        List<String> escapes = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        int made = 0;
        for (Call call : calls) {
            for (Who who : Who.values()) {
                if (MAY_WRITE.get(call.kind()).contains(who)) {
                    continue;
                }
                int status = send(call, regions.tokens.get(who));
                made++;
                statuses.merge(status, 1, Integer::sum);
                if (status >= 200 && status < 300) {
                    String after = fingerprint();
                    if (!after.equals(before)) {
                        escapes.add(who + " changed region " + a.region() + "'s rows: " + call.method() + " " + call.url() + " → " + status
                                + " " + call.body());
                        before = after;
                    }
                }
            }
        }
        Set<String> rightfulOk = new HashSet<>();
        Map<String, String> rightfulRefused = new TreeMap<>();
        Set<String> operations = new HashSet<>();
        for (Call call : calls) {
            String operation = call.method() + " " + call.template();
            operations.add(operation);
            int status = send(call, regions.tokens.get(RIGHTFUL.get(call.kind())));
            if (status >= 200 && status < 300) {
                rightfulOk.add(operation);
            } else {
                rightfulRefused.put(operation, status + " for " + RIGHTFUL.get(call.kind()) + " " + call.body());
            }
        }
        rightfulOk.forEach(rightfulRefused::remove);
        System.out.printf("authz: %d calls, %d escapes (%d write operations, %d addresses; answers %s; the rightful caller "
                + "succeeded on %d of the operations with the same bodies)%n", made, escapes.size(), operations.size(), calls.size(),
                statuses, rightfulOk.size());
        escapes.forEach(e -> System.out.println("  ESCAPE " + e));
        rightfulRefused.forEach((operation, why) -> System.out.println("  rightful caller refused: " + operation + " → " + why));
        Assertions.assertEquals(List.of(), escapes, "region A's rows changed by a caller the table does not allow");
        // not vacuous: the bodies were good enough for the rightful caller on a good share of the operations
        Assertions.assertTrue(rightfulOk.size() * 3 >= operations.size(),
                "the rightful caller succeeded on only " + rightfulOk.size() + " of " + operations.size() + " operations");
    }

    private static int send(Call call, String token) {
        // If-Match: * names whatever version is current: a call stops at scope, not at the version check
        RequestSpecification request = given().urlEncodingEnabled(false).redirects().follow(false).header("If-Match", "*");
        if (token != null) {
            request.auth().oauth2(token);
        }
        if (call.body() != null) {
            request.contentType(call.contentType()).body(call.body());
        }
        Response response = request.request(call.method(), call.url());
        return response.statusCode();
    }

    /** Every address of one operation (each combination of region A's ids in the path), with its body. */
    private static List<Call> calls(String service, String base, String method, String template, JsonNode operation,
            JsonNode document) {
        List<String> paths = TwoRegions.paths(template, a);
        List<String> query = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            String value = value(parameter.path("name").asText());
            if ("query".equals(parameter.path("in").asText()) && value != null) {
                query.add(parameter.path("name").asText() + "=" + value);
            }
        }
        String body = null;
        String contentType = null;
        JsonNode content = operation.path("requestBody").path("content");
        if (content.has("application/json")) {
            contentType = "application/json";
            body = example(content.get("application/json").path("schema"), document, null, 0).toString();
        } else if (content.fieldNames().hasNext()) {
            contentType = content.fieldNames().next();
            if (contentType.startsWith("multipart/") || contentType.contains("*")) {
                contentType = "text/csv";
            }
            body = "序号,目标任务,牵头单位\n1,越权导入的任务,区越权局\n";
        }
        List<Call> calls = new ArrayList<>();
        for (String p : paths) {
            String url = base + p + (query.isEmpty() ? "" : "?" + String.join("&", query));
            calls.add(new Call(service, method, template, url, body, contentType, kind(template)));
        }
        return calls;
    }

    /** Region A's value for a field or parameter of this name, or null when the name says nothing. */
    private static String value(String name) {
        return switch (name) {
            case "regionCode" -> a.region();
            case "year" -> String.valueOf(TwoRegions.YEAR);
            case "planId" -> a.ids().get("planId").get(0);
            case "taskId" -> a.ids().get("taskId").get(0);
            case "unitId", "leadUnitId" -> a.leadUnit();
            case "sourceId" -> a.coUnit();
            case "period" -> "Q1";
            default -> null;
        };
    }

    /** A body for a schema: required fields and the fields named after region A's data, other fields left out. */
    private static JsonNode example(JsonNode schema, JsonNode document, String name, int depth) {
        if (schema.has("$ref")) {
            return example(document.at(schema.get("$ref").asText().substring(1)), document, name, depth);
        }
        if (schema.has("allOf")) {
            return example(schema.get("allOf").get(0), document, name, depth);
        }
        if (schema.has("oneOf") || schema.has("anyOf")) {
            return example((schema.has("oneOf") ? schema.get("oneOf") : schema.get("anyOf")).get(0), document, name, depth);
        }
        String known = name == null ? null : value(name);
        String type = schema.path("type").asText("object");
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        switch (type) {
            case "integer", "number" -> {
                if (known != null && known.matches("\\d+")) {
                    return NODES.numberNode(Long.parseLong(known));
                }
                long minimum = schema.path("minimum").asLong(0);
                return NODES.numberNode(Math.max(1, minimum));
            }
            case "boolean" -> {
                return NODES.booleanNode(false);
            }
            case "string" -> {
                if (known != null) {
                    return NODES.textNode(known);
                }
                String format = schema.path("format").asText();
                return NODES.textNode(switch (format) {
                    case "date" -> TwoRegions.YEAR + "-03-31";
                    case "date-time" -> TwoRegions.YEAR + "-03-31T10:00:00+08:00";
                    case "uuid" -> "00000000-0000-4000-8000-000000000001";
                    default -> schema.has("pattern") ? patternValue(name) : "越权写入";
                });
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                if (depth < 4) {
                    array.add(example(schema.path("items"), document, singular(name), depth + 1));
                }
                return array;
            }
            default -> {
                ObjectNode object = NODES.objectNode();
                if (depth >= 4) {
                    return object;
                }
                Set<String> required = new HashSet<>();
                schema.path("required").forEach(r -> required.add(r.asText()));
                for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> property = it.next();
                    if (required.contains(property.getKey()) || value(property.getKey()) != null) {
                        object.set(property.getKey(), example(property.getValue(), document, property.getKey(), depth + 1));
                    }
                }
                return object;
            }
        }
    }

    private static String singular(String name) {
        if (name == null) {
            return null;
        }
        return switch (name) {
            case "memberIds", "unitIds" -> "unitId";
            case "taskIds" -> "taskId";
            default -> null;
        };
    }

    /** A value for the few patterned strings the documents have (codes and periods); anything else gets text. */
    private static String patternValue(String name) {
        if (name != null && name.toLowerCase().contains("period")) {
            return "Q1";
        }
        if (name != null && name.toLowerCase().contains("region")) {
            return a.region();
        }
        return "A1";
    }

    /**
     * One text for region A's rows in the three databases: every table with a {@code region_code} column, filtered
     * by it, and every other table with a {@code task_id} column, filtered by region A's tasks.
     */
    private static String fingerprint() throws SQLException {
        StringBuilder all = new StringBuilder();
        for (Map.Entry<String, List<String>> database : FINGERPRINT_QUERIES.entrySet()) {
            try (Statement statement = DATABASES.get(database.getKey()).createStatement()) {
                for (String query : database.getValue()) {
                    try (ResultSet rows = statement.executeQuery(query)) {
                        rows.next();
                        all.append(rows.getString(1)).append(';');
                    }
                }
            }
        }
        return all.toString();
    }

    private static List<String> fingerprintQueries(Connection connection) throws SQLException {
        Map<String, Set<String>> columns = new TreeMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select table_name, column_name from information_schema.columns "
                        + "where table_schema = 'public' and column_name in ('region_code', 'task_id')")) {
            while (rows.next()) {
                columns.computeIfAbsent(rows.getString(1), k -> new HashSet<>()).add(rows.getString(2));
            }
        }
        String tasks = String.join(",", a.ids().get("taskId").stream().map(id -> "'" + id + "'").toList());
        List<String> queries = new ArrayList<>();
        columns.forEach((table, has) -> {
            String where = has.contains("region_code") ? "region_code = '" + a.region() + "'" : "task_id::text in (" + tasks + ")";
            queries.add("select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from " + table + " t where " + where);
        });
        return queries;
    }

    private static Set<Who> with(Set<Who> base, Who... more) {
        Set<Who> all = EnumSet.copyOf(base);
        all.addAll(List.of(more));
        return all;
    }
}
