package org.duban.tasks.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duban.tasks.plan.ReportingPeriod;
import org.duban.tasks.unit.UnitRef;

/**
 * What an import read: the plan's sections and tasks, what the document says about itself, and every warning.
 *
 * @param format                 PLAN_TEXT, TABLE_TEXT, TABLE_CSV or TABLE_XLSX
 * @param markerLegend           marker → meaning, from the table's 备注 (empty for plans without markers)
 * @param workPlanSubmissionDue  date the work plans (办理方案) are due, or null
 * @param reportingDeadlines     per-period deadlines the notice sets (empty when it sets none)
 * @param period                 for a completion table, the period its 完成情况 column reports on, else null
 */
public record ParsedPlan(String format, DocumentInfo document, List<ParsedSection> sections,
        Map<String, String> markerLegend, LocalDate workPlanSubmissionDue, List<ReportingDeadline> reportingDeadlines,
        WorkPlanTemplate workPlanTemplate, ReportingPeriod period, List<ImportWarning> warnings) {

    public ParsedPlan {
        sections = List.copyOf(sections);
        markerLegend = new LinkedHashMap<>(markerLegend);
        reportingDeadlines = List.copyOf(reportingDeadlines);
        warnings = List.copyOf(warnings);
    }

    public List<ParsedTask> allTasks() {
        List<ParsedTask> all = new ArrayList<>();
        for (ParsedSection s : sections) {
            all.addAll(s.allTasks());
        }
        return all;
    }

    public int taskCount() {
        return allTasks().size();
    }

    /** Every distinct unit (not group) the plan names, by name, in order of first mention. */
    public List<UnitRef> units() {
        Map<String, UnitRef> seen = new LinkedHashMap<>();
        for (ParsedTask t : allTasks()) {
            List<UnitRef> refs = new ArrayList<>();
            refs.addAll(t.leadUnits());
            refs.addAll(t.responsibleUnits());
            refs.addAll(t.relatedUnits());
            for (UnitRef r : refs) {
                if (!r.group()) {
                    seen.putIfAbsent(r.name(), r);
                }
            }
        }
        return List.copyOf(seen.values());
    }
}
