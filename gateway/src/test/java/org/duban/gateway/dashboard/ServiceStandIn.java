package org.duban.gateway.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.duban.platform.problem.Problem;
import org.duban.platform.problem.ProblemResponses;

/**
 * Answers the dashboards' GETs the way tasks-, progress- and indicators-service do, from the recorded data in
 * src/test/resources/dashboard (region 420102, plan 7 of 2019, as the services stood on 2019-07-01):
 * the same records and enum values, the services' own filters (leader, unitId, year, planId, ...), their
 * required parameters (400 problem+json when missing) and their paging ({@code {pager, items}}, pageSize at
 * most 1000). A request the recordings do not cover answers {@code null}: the caller fails the test with it
 * rather than guess what the service would say.
 *
 * <p>The shapes follow the services' records: tasks-service {@code PlanDtos.PlanView} and
 * {@code TaskDtos.TaskView}; progress-service {@code PaceResource.TaskPace} (status {@code PaceStatus}: BEHIND,
 * ON_PACE, AHEAD, COMPLETED, UNKNOWN; light {@code StatusLight}: RED, AMBER, GREEN),
 * {@code CompletenessService.Row}, {@code CountingDtos.CountsView} (the three together: {@code PlanOverviewResource.PeriodOverview}), {@code Obligation} and {@code ReportDtos.ReportView} (status
 * {@code ReportStatus}: DRAFT, SUBMITTED, ACCEPTED, RETURNED, IMPORTED); indicators-service {@code BoardRow}
 * (verdict {@code Verdict}: NOT_MET, BEHIND_PACE, ON_PACE, MET, NO_TARGET, or null without a figure).
 */
final class ServiceStandIn {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PERIOD = Pattern.compile("Q1|H1|Q3|ANNUAL|M(0[1-9]|1[0-2])");
    /** The recordings are of plan 7 of region 420102 in 2019, for period Q1 where a period is asked. */
    private static final String PLAN = "7";
    private static final String RECORDED_PERIOD = "Q1";

    /** An HTTP status and a JSON body. */
    record Answer(int status, JsonNode body) {
        ServiceAnswer as(String service) {
            return new ServiceAnswer(service, status, body);
        }
    }

    private ServiceStandIn() {}

    /**
     * @param path  the request path, e.g. {@code /api/progress/obligations}
     * @param query the request's query parameters (decoded)
     * @param authorization the Authorization header, or null
     * @return what the service answers, or null when the recordings do not cover the request
     */
    static Answer answer(String path, Map<String, String> query, String authorization) {
        // every endpoint the dashboards call needs a token except the plan, its tasks and the board (@PermitAll)
        boolean open = path.startsWith("/api/tasks/plans/") || path.equals("/api/indicators/board");
        if (!open && authorization == null) {
            return problem(401, "unauthorized", "a valid bearer token is required / 需要有效的登录凭证", path);
        }
        if (query.containsKey("pageSize") && !query.get("pageSize").matches("\\d{1,4}")
                || Integer.parseInt(query.getOrDefault("pageSize", "50")) > 1000
                || Integer.parseInt(query.getOrDefault("pageSize", "50")) < 1) {
            return problem(400, "validation", "pageSize: must be at most 1000 / 每页最多1000条", path);
        }
        return switch (path) {
            case "/api/tasks/plans/" + PLAN -> new Answer(200, Fixtures.json("plan"));
            case "/api/tasks/plans/" + PLAN + "/tasks" -> page("plan-tasks", query,
                    matches(query, "leader", task -> textsOf(task.path("leaders"))));
            case "/api/tasks/tasks" -> page("plan-tasks", query,
                    matches(query, "leader", task -> textsOf(task.path("leaders")))
                            .and(matches(query, "planId", task -> Set.of(task.path("planId").asText())))
                            .and(matches(query, "year", task -> Set.of(task.path("year").asText()))));
            case "/api/progress/plans/" + PLAN + "/pace" -> {
                Answer invalid = requirePeriod(path, query);
                yield invalid != null ? invalid : RECORDED_PERIOD.equals(query.get("period"))
                        ? page("pace", query, matches(query, "light", row -> Set.of(row.path("light").asText()))) : null;
            }
            case "/api/progress/plans/" + PLAN + "/completeness" -> {
                Answer invalid = requirePeriod(path, query);
                yield invalid != null ? invalid : RECORDED_PERIOD.equals(query.get("period"))
                        && "UNIT".equalsIgnoreCase(query.getOrDefault("groupBy", "UNIT")) ? page("completeness", query, row -> true) : null;
            }
            case "/api/progress/plans/" + PLAN + "/status-counts" -> {
                // 101 is a main expected target (left out of the base), 102 ON_PACE, 103 without a figure (UNKNOWN)
                Answer invalid = requirePeriod(path, query);
                yield invalid != null ? invalid : RECORDED_PERIOD.equals(query.get("period"))
                        ? new Answer(200, Fixtures.json("status-counts")) : null;
            }
            case "/api/progress/plans/" + PLAN + "/overview" -> {
                // the three recordings above in one answer, as progress-service's PlanOverviewResource gives them
                Answer invalid = requirePeriod(path, query);
                if (invalid != null || !RECORDED_PERIOD.equals(query.get("period"))) {
                    yield invalid;
                }
                ObjectNode body = JSON.createObjectNode().put("planId", PLAN).put("period", RECORDED_PERIOD);
                body.set("pace", Fixtures.json("pace").path("items"));
                body.set("completeness", Fixtures.json("completeness").path("items"));
                body.set("statusCounts", Fixtures.json("status-counts"));
                yield new Answer(200, body);
            }
            case "/api/progress/obligations" -> page("obligations", query,
                    matches(query, "unitId", row -> Set.of(row.path("unitId").asText()))
                            .and(matches(query, "year", row -> Set.of(row.path("year").asText()))));
            case "/api/progress/reports" -> "false".equals(query.get("current")) ? null : page("reports", query,
                    matches(query, "unitId", row -> Set.of(row.path("unitId").asText()))
                            .and(matches(query, "planId", row -> Set.of(row.path("planId").asText())))
                            .and(matches(query, "taskId", row -> Set.of(row.path("taskId").asText())))
                            .and(matches(query, "period", row -> Set.of(row.path("period").asText())))
                            .and(matches(query, "status", row -> Set.of(row.path("status").asText()))));
            case "/api/indicators/board" -> {
                if (query.get("regionCode") == null || query.get("year") == null || query.get("period") == null) {
                    yield problem(400, "validation", "regionCode, year and period are required / 缺少必填参数", path);
                }
                yield "420102".equals(query.get("regionCode")) && "2019".equals(query.get("year"))
                        && RECORDED_PERIOD.equals(query.get("period")) ? page("board", query, row -> true) : null;
            }
            default -> path.matches("/api/tasks/plans/\\d+(/tasks)?") || path.matches("/api/progress/plans/[^/]+/(pace|completeness|status-counts|overview)")
                    ? problem(404, "not-found", "plan " + path.split("/")[4] + " does not exist", path) : null;
        };
    }

    private static Answer requirePeriod(String path, Map<String, String> query) {
        String period = query.get("period");
        if (period == null || !PERIOD.matcher(period).matches()) {
            return problem(400, "validation", "period: 报告期应为 Q1、H1、Q3、ANNUAL 或 M01..M12", path);
        }
        if (period.startsWith("M")) {
            // plan 7's calendar is quarterly: a month is a well-formed period it lacks (CalendarService.requirePeriod)
            return problem(422, "unprocessable", "period " + period + " is not in the reporting calendar of plan " + PLAN
                    + " / 报告期不在填报日历中", path);
        }
        return null;
    }

    /** Rows whose values of a field include the query parameter's value; every row when the parameter is absent. */
    private static Predicate<JsonNode> matches(Map<String, String> query, String parameter,
            java.util.function.Function<JsonNode, java.util.Collection<String>> values) {
        String wanted = query.get(parameter);
        return row -> wanted == null || values.apply(row).contains(wanted);
    }

    private static Set<String> textsOf(JsonNode array) {
        java.util.HashSet<String> texts = new java.util.HashSet<>();
        array.forEach(value -> texts.add(value.asText()));
        return texts;
    }

    /** The recorded list filtered as the service filters it, paged as {@code org.duban.platform.paging.Page} pages it. */
    private static Answer page(String recording, Map<String, String> query, Predicate<JsonNode> filter) {
        List<JsonNode> all = new ArrayList<>();
        Fixtures.json(recording).path("items").forEach(row -> {
            if (filter.test(row)) {
                all.add(row);
            }
        });
        int page = Integer.parseInt(query.getOrDefault("page", "1"));
        int pageSize = Integer.parseInt(query.getOrDefault("pageSize", "50"));
        int from = Math.min((page - 1) * pageSize, all.size());
        int to = Math.min(from + pageSize, all.size());
        ObjectNode body = JSON.createObjectNode();
        body.putObject("pager").put("page", page).put("pageSize", pageSize).put("total", (long) all.size())
                .put("pageCount", (all.size() + pageSize - 1) / pageSize);
        ArrayNode items = body.putArray("items");
        all.subList(from, to).forEach(items::add);
        return new Answer(200, body);
    }

    private static Answer problem(int status, String slug, String detail, String path) {
        Problem problem = ProblemResponses.problem(status, slug, detail, path, null, List.of());
        return new Answer(status, JSON.valueToTree(problem));
    }
}
