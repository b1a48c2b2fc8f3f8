package org.duban.tasks.importer;

/**
 * One thing the importer noticed and did not silently fix.
 *
 * @param code       what kind of problem
 * @param line       1-based line (text) or row (CSV/XLSX) it was found on, 0 when it concerns the whole document
 * @param message    Chinese, for the people who read the documents
 * @param messageEn  English
 * @param suggestion what to do about it (Chinese / English), e.g. the closest known unit name
 */
public record ImportWarning(WarningCode code, int line, String message, String messageEn, String suggestion) {}
