package org.duban.platform.openapi;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The descriptions of the parameters the whole API shares (paging, regions, years, periods, the ids of the domain's
 * objects), in Chinese and English, so that a parameter means the same in every service and is described once. A
 * resource describes its own parameters with {@code @Parameter}; this is the fallback for the rest.
 */
final class ParameterGlossary {
    /** Path segment before {@code {id}} → what the id names. */
    private static final Map<String, String> ID_OF = new LinkedHashMap<>();
    private static final Map<String, String> BY_NAME = new LinkedHashMap<>();
    /** "path fragment|name" → description, where a name means something else on some paths. */
    private static final Map<String, String> BY_PATH = new LinkedHashMap<>();

    static {
        ID_OF.put("plans", "计划（分解方案）编号 / The plan's id");
        ID_OF.put("tasks", "任务编号 / The task's id");
        ID_OF.put("units", "单位编号 / The unit's id");
        ID_OF.put("unit-groups", "单位组编号 / The unit group's id");
        ID_OF.put("people", "人员编号 / The person's id");
        ID_OF.put("work-plans", "办理方案编号 / The work plan's id");
        ID_OF.put("imports", "导入编号 / The import's id");
        ID_OF.put("jobs", "导入作业编号 / The import job's id");
        ID_OF.put("reports", "进展报告编号 / The progress report's id");
        ID_OF.put("publications", "发布记录编号 / The publication's id");
        ID_OF.put("observations", "指标数据编号 / The observation's id");
        ID_OF.put("targets", "预期目标编号 / The target's id");
        ID_OF.put("api-keys", "API密钥编号 / The API key's id");

        BY_NAME.put("page", "页码，从1开始 / Page number, from 1");
        BY_NAME.put("pageSize", "每页条数，1–1000 / Items per page, 1–1000");
        BY_NAME.put("sort", "排序字段，逗号分隔，前加 - 为降序，如 number,-updatedAt / Fields to sort by, comma-separated, - for descending");
        BY_NAME.put("regionCode", "行政区划代码（6位），如 420102 / 6-digit administrative division code, e.g. 420102");
        BY_NAME.put("year", "年度，如 2025 / The year, e.g. 2025");
        BY_NAME.put("period", "报告期：Q1 一季度、H1 上半年、Q3 前三季度、ANNUAL 全年 / Reporting period: Q1, H1, Q3 or ANNUAL");
        BY_NAME.put("planId", "计划（分解方案）编号 / The plan's id");
        BY_NAME.put("taskId", "任务编号 / The task's id");
        BY_NAME.put("unitId", "单位编号 / The unit's id");
        BY_NAME.put("sectionId", "章节编号（含其下级章节） / The section's id (its subsections included)");
        BY_NAME.put("sectionKind", "章节类型：TARGETS 主要预期目标、KEY_WORK 重点工作、LIVELIHOOD 民生实事 / Section kind: TARGETS, KEY_WORK or LIVELIHOOD");
        BY_NAME.put("marker", "任务标记，如 ▲ ● ■ ★（含义见计划图例） / A task marker such as ▲ ● ■ ★ (the plan's legend says what it means)");
        BY_NAME.put("leader", "责任领导姓名 / A responsible leader's name");
        BY_NAME.put("q", "关键词（包含匹配） / Text the item contains");
        BY_NAME.put("indicatorCode", "经济指标代码，如 GDP / The indicator's code, e.g. GDP");
        BY_NAME.put("indicator", "经济指标代码，如 GDP / The indicator's code, e.g. GDP");
        BY_NAME.put("code", "代码 / The code");
        BY_NAME.put("eventId", "事件编号（CloudEvent id） / The event's CloudEvent id");
        BY_NAME.put("objectType", "对象类型，如 task、plan、report / The object's type, e.g. task, plan, report");
        BY_NAME.put("objectId", "对象编号 / The object's id");
        BY_NAME.put("X-Request-Id", "请求编号，贯穿各服务与审计；缺省时网关生成 / Request id tying the hops and the audit together; a new UUID when absent");
        BY_NAME.put("If-Match", "读取时的版本（ETag）；已过期则412 / The version (ETag) read; a stale one answers 412");
        BY_NAME.put("fileName", "原文件名（≤255字符） / The document's file name (at most 255 characters)");
        BY_NAME.put("title", "计划标题（缺省取自文档） / The plan's title (from the document when absent)");
        BY_NAME.put("publish", "导入后立即发布 / Publish the plan at once");
        BY_NAME.put("name", "名称 / The name");
        BY_NAME.put("login", "登录名 / The login");
        BY_NAME.put("kind", "类别 / The kind");
        BY_NAME.put("status", "状态 / The status");

        BY_PATH.put("/regions/|code", "行政区划代码（6位） / 6-digit administrative division code");
        BY_PATH.put("/catalog/|code", "指标代码，如 GDP / The indicator's code, e.g. GDP");
        BY_PATH.put("/dead-letters|status", "DEAD_LETTER（处理失败）或 UNHANDLED（未知事件类型） / DEAD_LETTER (failed) or UNHANDLED (unknown event type)");
        BY_PATH.put("/reports|status", "报告状态：DRAFT、APPROVED、SUBMITTED、ACCEPTED、RETURNED / The report's status");
        BY_PATH.put("/tasks|status", "任务状态 / The task's status");
        BY_PATH.put("/work-plans|status", "办理方案状态：DRAFT、SUBMITTED、APPROVED、RETURNED / The work plan's status");
        BY_PATH.put("/plans|status", "计划状态：DRAFT、PUBLISHED、ARCHIVED / The plan's status");
        BY_PATH.put("/units|kind", "单位类别 / The unit's kind");
        BY_PATH.put("/publications|kind", "发布类别：COMPLETION_TABLE 完成情况一览表、NOTICE 通报 / What was published");
        BY_PATH.put("/ledger|kind", "督办台账条目类别（提醒、催办等） / The kind of ledger line (reminder, urging …)");
        BY_PATH.put("/catalog|kind", "指标类别 / The indicator's kind");
        BY_PATH.put("/people|name", "姓名（包含匹配） / Text the person's name contains");
        BY_PATH.put("/units/resolve|name", "单位名称或简称，如 商务局 / A unit's name or alias, e.g. 商务局");
        BY_PATH.put("/leaders/|name", "领导姓名 / The leader's name");
        BY_PATH.put("/periods/|period", "报告期 / The reporting period");
    }

    private ParameterGlossary() {}

    /** The shared description of a parameter on a path, or null when the API has none (the resource must give it). */
    static String describe(String path, String name) {
        // match after /api/<service>, so that tasks-service's own prefix is not taken for its tasks
        String local = path.replaceFirst("^/api/[^/]+", "");
        String best = null;
        int length = -1;
        for (Map.Entry<String, String> entry : BY_PATH.entrySet()) {
            int bar = entry.getKey().indexOf('|');
            String fragment = entry.getKey().substring(0, bar);
            if (entry.getKey().substring(bar + 1).equals(name) && local.contains(fragment) && fragment.length() > length) {
                best = entry.getValue();
                length = fragment.length();
            }
        }
        if (best != null) {
            return best;
        }
        if ("id".equals(name)) {
            String[] segments = local.substring(0, local.indexOf("{id}")).split("/");
            String owner = segments.length == 0 ? "" : segments[segments.length - 1];
            return ID_OF.getOrDefault(owner, "编号 / The id");
        }
        return BY_NAME.get(name);
    }
}
