package org.duban.tasks.importer;

import java.util.List;
import org.duban.tasks.unit.UnitRef;

/**
 * One numbered task as read from a document, with its responsibility matrix.
 *
 * @param number           the task's number within its level-one section ("2"; targets are numbered 1..n from (一)..)
 * @param label            the number as written ("2.", "(一)", "2" in a table)
 * @param line             1-based line (or row) the task starts on
 * @param text             task text without markers and without the responsibility clause
 * @param markers          ▲ ● ■ ★ found in the text
 * @param targetText       for TARGETS tasks the expected target as written, else null
 * @param quantTargets     figures read from the target text
 * @param leaders          responsible leaders (责任领导)
 * @param coordinator      government-office coordinator (协管责任人), or null
 * @param leadUnit         牵头单位, or null
 * @param leadPerson       责任人 of the lead unit, or null
 * @param responsibleUnits 责任单位 (units or groups)
 * @param relatedUnits     相关单位 (units or groups)
 * @param progressText     完成情况 of a completion table, or null
 */
public record ParsedTask(String number, String label, int line, String text, List<String> markers, String targetText,
        List<QuantTarget> quantTargets, List<String> leaders, String coordinator, UnitRef leadUnit, String leadPerson,
        List<UnitRef> responsibleUnits, List<UnitRef> relatedUnits, String progressText) {

    public ParsedTask {
        markers = List.copyOf(markers);
        quantTargets = List.copyOf(quantTargets);
        leaders = List.copyOf(leaders);
        responsibleUnits = List.copyOf(responsibleUnits);
        relatedUnits = List.copyOf(relatedUnits);
    }

    public ParsedTask withUnits(UnitRef lead, List<UnitRef> responsible, List<UnitRef> related) {
        return new ParsedTask(number, label, line, text, markers, targetText, quantTargets, leaders, coordinator, lead,
                leadPerson, responsible, related, progressText);
    }
}
