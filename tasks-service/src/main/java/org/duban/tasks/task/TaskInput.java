package org.duban.tasks.task;

import java.time.LocalDate;
import java.util.List;
import org.duban.tasks.unit.UnitRef;

/**
 * What a new task says, whoever writes it — the task API ({@code CreateTask}) or the importer (a parsed document's
 * task): both become a task through {@link TaskService#add}, so the rules (widths, the matrix, who leads) exist once.
 *
 * @param label     the number as written ("2.", "(一)", "①"), or null
 * @param leadUnits lead units in the document's order (co-leads kept); the first is the task's lead unit
 */
public record TaskInput(String number, String label, String title, List<String> markers, String targetText,
        List<String> leaders, String coordinator, String leadPerson, LocalDate dueDate, List<TaskDtos.QuantTarget> quantTargets,
        String indicatorCode, List<UnitRef> leadUnits, List<UnitRef> responsibleUnits, List<UnitRef> relatedUnits) {}
