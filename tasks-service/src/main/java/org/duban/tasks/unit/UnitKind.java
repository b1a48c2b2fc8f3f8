package org.duban.tasks.unit;

/** What sort of body a unit is; street offices and townships are the ones groups like "各乡、街道办事处" stand for. */
public enum UnitKind {
    DEPARTMENT,
    STREET_OFFICE,
    TOWNSHIP,
    OTHER
}
