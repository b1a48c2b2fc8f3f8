package org.duban.progress.report;

import java.util.LinkedHashMap;
import java.util.Map;

/** Types and data of the report events this service emits (documented in the README). */
public final class ReportEvents {

    public static final String DRAFTED = "duban.progress.report-drafted.v1";
    public static final String SUBMITTED = "duban.progress.report-submitted.v1";
    public static final String ACCEPTED = "duban.progress.report-accepted.v1";
    public static final String RETURNED = "duban.progress.report-returned.v1";
    public static final String REVISED = "duban.progress.report-revised.v1";
    public static final String IMPORTED = "duban.progress.report-imported.v1";

    private ReportEvents() {
    }

    static Map<String, Object> data(Report r, ReportStatus from, String actor, String note) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("reportId", r.id);
        data.put("taskId", r.taskId);
        data.put("planId", r.planId);
        data.put("regionCode", r.regionCode);
        data.put("year", r.year);
        data.put("period", r.period);
        data.put("unit", Map.of("id", r.unitId, "name", r.unitName == null ? r.unitId : r.unitName));
        data.put("version", r.version);
        data.put("fromStatus", from == null ? null : from.name());
        data.put("status", r.status.name());
        data.put("timeliness", r.timeliness == null ? null : r.timeliness.name());
        data.put("consolidated", r.consolidated);
        data.put("percentOfAnnual", r.percentOfAnnual);
        data.put("actor", actor);
        data.put("note", note);
        return data;
    }
}
