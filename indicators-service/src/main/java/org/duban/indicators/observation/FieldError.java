package org.duban.indicators.observation;

/** One rejected field: {@code line} is the CSV line (0 when the input did not come from a file). */
public record FieldError(int line, String field, String message) {
}
