package org.duban.tasks.importer;

import java.util.List;
import org.duban.tasks.plan.SectionKind;

/**
 * A part of a plan: level 1 "一、", level 2 "(一)", level 3 "——"; the kind comes from the level-one heading.
 *
 * @param declaredCount the "(共67项)" a level-one heading announces, or null
 */
public record ParsedSection(String label, String title, int level, SectionKind kind, Integer declaredCount, int line,
        List<ParsedSection> children, List<ParsedTask> tasks) {

    /** This section's tasks and those of every section below it, in document order. */
    public List<ParsedTask> allTasks() {
        java.util.ArrayList<ParsedTask> all = new java.util.ArrayList<>(tasks);
        for (ParsedSection child : children) {
            all.addAll(child.allTasks());
        }
        return all;
    }
}
