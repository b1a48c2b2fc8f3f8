package org.duban.tasks.importer;

import java.util.List;
import org.duban.tasks.unit.UnitRef;

/**
 * One numbered task as read from a document, with its responsibility matrix and where it came from.
 *
 * @param number           the task's number as arabic digits ("2"; ① → "1", 第三项 → "3", (一) → "1")
 * @param label            the number as written ("2.", "(一)", "①", "2" in a table)
 * @param line             1-based line (text, HTML source), row (spreadsheet, CSV) or block position (DOCX) it starts on
 * @param layout           how its fields were written: inline-brackets, label-lines, inline-units, prose, table, plain
 * @param text             task text without markers, spam and the responsibility clause
 * @param markers          ▲ ● ■ ★ found in the text
 * @param targetText       for TARGETS tasks the expected target as written, else null
 * @param quantTargets     figures read from the target text
 * @param leaders          responsible leaders (责任领导), from a label, a column or the leader heading above
 * @param coordinator      government-office coordinator (协管责任人), or null
 * @param leadUnits        牵头单位, all of them (co-leads are kept), decided by {@link LeadRule}
 * @param leadPerson       责任人 of the lead unit, or null
 * @param responsibleUnits 责任单位 (units or groups), without the lead units
 * @param relatedUnits     相关/配合/协办单位 (units or groups)
 * @param progressText     完成情况 of a completion table, or null
 * @param deadline         完成时限 as written ("6月底前", "2024年10月31日"), or null; {@link TaskDeadline} reads its date
 * @param indicatorLink    the indicator of the catalog the task states a target of ({@link IndicatorLinker}), suggested
 *                         or chosen by the office, or null; parsers leave it null
 */
public record ParsedTask(String number, String label, int line, String layout, String text, List<String> markers,
        String targetText, List<QuantTarget> quantTargets, List<String> leaders, String coordinator,
        List<UnitRef> leadUnits, String leadPerson, List<UnitRef> responsibleUnits, List<UnitRef> relatedUnits,
        String progressText, String deadline, IndicatorLink indicatorLink) {

    public ParsedTask {
        markers = List.copyOf(markers);
        quantTargets = List.copyOf(quantTargets);
        leaders = List.copyOf(leaders);
        leadUnits = List.copyOf(leadUnits);
        responsibleUnits = List.copyOf(responsibleUnits);
        relatedUnits = List.copyOf(relatedUnits);
    }

    /** A task as a parser reads it: no indicator link yet. */
    public ParsedTask(String number, String label, int line, String layout, String text, List<String> markers,
            String targetText, List<QuantTarget> quantTargets, List<String> leaders, String coordinator,
            List<UnitRef> leadUnits, String leadPerson, List<UnitRef> responsibleUnits, List<UnitRef> relatedUnits,
            String progressText, String deadline) {
        this(number, label, line, layout, text, markers, targetText, quantTargets, leaders, coordinator, leadUnits, leadPerson,
                responsibleUnits, relatedUnits, progressText, deadline, null);
    }

    /** The first lead unit, or null when nobody leads. */
    public UnitRef leadUnit() {
        return leadUnits.isEmpty() ? null : leadUnits.get(0);
    }

    public ParsedTask withUnits(List<UnitRef> leads, List<UnitRef> responsible, List<UnitRef> related) {
        return new ParsedTask(number, label, line, layout, text, markers, targetText, quantTargets, leaders, coordinator,
                leads, leadPerson, responsible, related, progressText, deadline, indicatorLink);
    }

    /** The same task linked to an indicator (or to none), its figures as the linking read them. */
    public ParsedTask withIndicator(IndicatorLink link, List<QuantTarget> figures) {
        return new ParsedTask(number, label, line, layout, text, markers, targetText, figures, leaders, coordinator,
                leadUnits, leadPerson, responsibleUnits, relatedUnits, progressText, deadline, link);
    }
}
