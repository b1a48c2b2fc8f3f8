package org.duban.tasks.importer;

/** Why an import flags a line. Every code is shown to the user; none is silently dropped. */
public enum WarningCode {
    UNKNOWN_UNIT,
    NUMBERING_GAP,
    NUMBERING_REPEAT,
    COUNT_MISMATCH,
    UNBALANCED_BRACKET,
    MISSING_SEPARATOR,
    UNPLACED_LINE,
    INJECTED_TEXT,
    DAMAGED_DATE,
    UNKNOWN_COLUMN,
    MISSING_COLUMN,
    MISSING_FIELD,
    SEVERAL_LEAD_UNITS,
    UNKNOWN_MARKER,
    NO_TASKS,
    /** several responsible units, no lead unit and no stated rule: nobody was made lead */
    NO_LEAD_UNIT,
    /** navigation, footer and other page furniture of a saved web page was left out */
    PAGE_CHROME,
    /** a row of a table flattened to one cell per line has more or fewer cells than its header */
    CELL_COUNT,
    /** the last record ends mid-sentence without its units */
    CUT_OFF,
    /** an abbreviated unit name ("国土房管局") was read as the full name the region uses ("市国土房管局") */
    ABBREVIATED_UNIT,
    /** a 完成时限 that names no date this importer can read ("待定", "视情况"): the task is stored without a due date */
    UNREAD_DEADLINE,
    /** a report's work arrangement skips a chapter number (三、 after 一、): the chapter's heading was probably lost */
    CHAPTER_NUMBER_MISSING,
    /** a numbered list (民生实事 ①…⑩) misses markers or is shorter than the count it announces (十件) */
    ITEMS_MISSING,
    /** a draft task's units are a suggestion (named in its text, or its precedent's in the previous plan) until confirmed */
    SUGGESTED_UNIT,
    /** the region already has a plan of the document's year: committing makes another one */
    PLAN_OF_THE_YEAR_EXISTS,
    /** the request's year is not the one the document states */
    YEAR_OVERRIDDEN,
    /** a target's text has a figure the task's target reading could not take (no unit it knows) */
    UNREAD_TARGET,
    /** a task states a target of an indicator of indicators-service's catalog: linked to it until the office changes it */
    SUGGESTED_INDICATOR,
    /** a target's subject is no indicator of the catalog (全面小康实现程度): the task is linked to none */
    INDICATOR_NOT_IN_CATALOG,
    /** indicators-service could not be asked (down, slow, refused): no links suggested, the importer's own figures kept */
    INDICATOR_LINK_UNAVAILABLE
}
