package org.duban.gateway.dashboard;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shapes of the dashboards' answers, for the OpenAPI document and its clients. The assemblers build the same JSON
 * as trees (so that a service's extra or missing field never breaks a dashboard); {@code DashboardAssemblersTest} reads
 * each assembled answer into these records with unknown fields refused, so a field added to an assembler and not here
 * fails the build. Fields of a part that are absent when its service did not answer are not required.
 */
public final class DashboardShapes {
    private DashboardShapes() {}

    static final String STATUS = "ok, unavailable, forbidden, not-found 或 error：该部分所依赖服务的应答 / ok, unavailable,"
            + " forbidden, not-found or error: how the part's service answered";
    static final String HTTP_STATUS = "服务的HTTP状态（非ok时） / The service's HTTP status, when not ok";
    static final String DETAIL = "原因（非ok时） / Why, when not ok";

    /** A part that carries nothing but how its service answered. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "DashboardServicePart", requiredProperties = {"status", "service"},
            description = "仪表盘的一部分：所依赖服务的应答状态 / A part of a dashboard: how its service answered")
    public record ServicePart(@Schema(description = STATUS) String status, String service,
            @Schema(description = HTTP_STATUS) Integer httpStatus, @Schema(description = DETAIL) String detail) {}

    /** {@code GET /api/gateway/dashboards/plans/{planId}}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PlanOverview", requiredProperties = {"planId", "period", "plan", "lights", "completeness", "statusCounts",
            "indicators"}, description = "计划总览 / A plan's overview for a period")
    public record PlanOverview(String planId, String period, PlanPart plan, LightsPart lights, CompletenessPart completeness,
            StatusCountsPart statusCounts, IndicatorsPart indicators) {}

    /** The plan as tasks-service answered it (a few fields). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PlanOverviewPlan", requiredProperties = {"status", "service"})
    public record PlanPart(@Schema(description = STATUS) String status, String service, @Schema(description = HTTP_STATUS) Integer httpStatus,
            @Schema(description = DETAIL) String detail, Long id, String regionCode, Integer year, String title, Integer taskCount,
            OffsetDateTime publishedAt, @Schema(description = "计划状态：DRAFT、PUBLISHED、ARCHIVED / The plan's status") String planStatus) {}

    /** GREEN/AMBER/RED/NONE counts and their sum. */
    @Schema(name = "LightCounts", requiredProperties = {"GREEN", "AMBER", "RED", "NONE", "tasks"})
    public record LightCounts(@JsonProperty("GREEN") int green, @JsonProperty("AMBER") int amber, @JsonProperty("RED") int red,
            @JsonProperty("NONE") int none, int tasks) {}

    /** One top-level section's counts. */
    @Schema(name = "SectionLights", requiredProperties = {"section", "GREEN", "AMBER", "RED", "NONE", "tasks"})
    public record SectionLights(String section, @JsonProperty("GREEN") int green, @JsonProperty("AMBER") int amber,
            @JsonProperty("RED") int red, @JsonProperty("NONE") int none, int tasks) {}

    /** A task whose light is red, with the reasons. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "RedTask", requiredProperties = {"taskId"})
    public record RedTask(String taskId, String number, String title, String leadUnit, List<String> reasons) {}

    /** The lights of the plan's tasks, overall and per top-level section. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PlanOverviewLights", requiredProperties = {"status", "service"})
    public record LightsPart(@Schema(description = STATUS) String status, String service, @Schema(description = HTTP_STATUS) Integer httpStatus,
            @Schema(description = DETAIL) String detail, LightCounts total, List<SectionLights> bySection, List<RedTask> red,
            @Schema(description = "是否已按章节归类（任务服务可用） / Whether tasks-service's sections were joined") Boolean sectionsJoined) {}

    /** progress-service's completeness row of one unit. */
    @Schema(name = "CompletenessUnit", requiredProperties = {"key", "name", "expected", "received", "onTime", "excusedLate", "late",
            "missing", "overdue"})
    public record CompletenessUnit(String key, String name, int expected, int received, int onTime, int excusedLate, int late,
            int missing, int overdue) {}

    /** The period's reports: sums over the units and the units' rows. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PlanOverviewCompleteness", requiredProperties = {"status", "service"})
    public record CompletenessPart(@Schema(description = STATUS) String status, String service,
            @Schema(description = HTTP_STATUS) Integer httpStatus, @Schema(description = DETAIL) String detail, Integer expected,
            Integer received, Integer onTime, Integer excusedLate, Integer late, Integer missing, Integer overdue,
            @Schema(description = "已报送的百分比，一位小数 / Percent received, one decimal") Double percentReceived,
            List<CompletenessUnit> units) {}

    /** One category of the counting rule with its count and share of the base. */
    @Schema(name = "StatusCategoryCount", requiredProperties = {"code", "label", "count", "expectedToComplete"})
    public record CategoryCount(String code, String label, int count, BigDecimal share, boolean expectedToComplete) {}

    /** progress-service's status counts over the office's base. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PlanOverviewStatusCounts", requiredProperties = {"status", "service"})
    public record StatusCountsPart(@Schema(description = STATUS) String status, String service,
            @Schema(description = HTTP_STATUS) Integer httpStatus, @Schema(description = DETAIL) String detail, Integer base,
            Integer excluded, List<CategoryCount> categories, Integer unclassified, Integer expectedToComplete,
            BigDecimal expectedToCompleteShare) {}

    /** One indicator's verdict with its target and actual figure. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "IndicatorVerdict", requiredProperties = {"verdict"})
    public record IndicatorItem(String indicatorCode, String nameZh,
            @Schema(description = "评价；尚无数据为 NO_FIGURE / The verdict; NO_FIGURE without a figure") String verdict,
            String targetText, BigDecimal actualValue, BigDecimal growthRate, String unit) {}

    /** The indicator board's verdicts. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PlanOverviewIndicators", requiredProperties = {"status", "service"})
    public record IndicatorsPart(@Schema(description = STATUS) String status, String service,
            @Schema(description = HTTP_STATUS) Integer httpStatus, @Schema(description = DETAIL) String detail,
            List<IndicatorItem> items, @Schema(description = "各评价的指标数 / Indicators per verdict") Map<String, Integer> verdicts) {}

    /** {@code GET /api/gateway/dashboards/units/{unitId}/todo} and {@code …/my/todo}. */
    @Schema(name = "UnitTodo", requiredProperties = {"unitId", "today", "todo", "reports"},
            description = "单位待办 / A unit's to-do list")
    public record UnitTodo(String unitId, LocalDate today, TodoPart todo, ServicePart reports) {}

    /** One thing to do. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "TodoItem", requiredProperties = {"action", "taskId", "period", "deadline", "overdue"})
    public record TodoItem(
            @Schema(description = "WRITE_REPORT 撰写报告、FINISH_OR_APPROVE_DRAFT 完成或审定草稿、REVISE_RETURNED 修改退回的报告、"
                    + "CHECK_REPORT 报告暂不可知 / What to do") String action,
            String taskId, String taskNumber, String taskTitle, String role, String period, LocalDate deadline, boolean overdue,
            String reportId, String returnReason) {}

    /** The to-do items, from progress-service's obligations and the unit's reports. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "UnitTodoPart", requiredProperties = {"status", "service"})
    public record TodoPart(@Schema(description = STATUS) String status, String service, @Schema(description = HTTP_STATUS) Integer httpStatus,
            @Schema(description = DETAIL) String detail, List<TodoItem> items, Integer total, Integer overdue,
            @Schema(description = "各类待办数 / Items per action") Map<String, Integer> byAction) {}

    /** {@code GET /api/gateway/dashboards/leaders/{name}/tasks} and {@code …/my/tasks}. */
    @Schema(name = "LeaderTasks", requiredProperties = {"leader", "period", "tasks", "lights"},
            description = "领导分管任务 / A leader's tasks with their lights")
    public record LeaderTasks(String leader, String period, LeaderTasksPart tasks, ServicePart lights) {}

    /** One of the leader's tasks with its light. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "LeaderTask", requiredProperties = {"taskId", "light"})
    public record LeaderTask(String taskId, Long planId, String number, String title, String status, LocalDate dueDate,
            String leadUnit, @Schema(description = "RED、AMBER、GREEN、NONE，进展服务不可用时 UNKNOWN / The light") String light,
            BigDecimal expectedPercent, BigDecimal actualPercent, List<String> reasons, List<String> overdueUnits) {}

    /** Counts per light. */
    @Schema(name = "LeaderLightCounts", requiredProperties = {"RED", "AMBER", "GREEN", "NONE", "UNKNOWN"})
    public record LeaderLightCounts(@JsonProperty("RED") int red, @JsonProperty("AMBER") int amber, @JsonProperty("GREEN") int green,
            @JsonProperty("NONE") int none, @JsonProperty("UNKNOWN") int unknown) {}

    /** The leader's tasks as tasks-service answered them, with lights. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "LeaderTasksPart", requiredProperties = {"status", "service"})
    public record LeaderTasksPart(@Schema(description = STATUS) String status, String service,
            @Schema(description = HTTP_STATUS) Integer httpStatus, @Schema(description = DETAIL) String detail,
            List<LeaderTask> items, LeaderLightCounts byLight, Integer total) {}
}
