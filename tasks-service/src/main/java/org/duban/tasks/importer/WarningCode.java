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
    NO_TASKS
}
